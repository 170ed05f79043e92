import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MEDIA_UID, PUBLIC_QUERY_RULES, type QueryRules } from './query-rules';
import { PUBLIC_CONDITIONS, PUBLIC_CONDITIONS_GRAPHQL } from './public-visibility';

/**
 * Checks the filters, sort and populate of a non-office read against the allow-list
 * (access/query-rules.ts) and returns them with every relation hop narrowed to published, public
 * rows. One implementation for both syntaxes: REST and the document service write operators with a
 * `$` (`$eq`), GraphQL filter inputs without (`eq`).
 */
export type Dialect = 'rest' | 'graphql';

const LOGICAL = new Set(['and', 'or', 'not']);
const COMPARISONS = new Set([
  'eq', 'eqi', 'ne', 'nei', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'null', 'notNull', 'between',
  'startsWith', 'endsWith', 'startsWithi', 'endsWithi', 'contains', 'notContains', 'containsi', 'notContainsi',
]);
/**
 * Every relation a filter follows is a join: the number of joins, not the page size, decides what a
 * filter costs (a chain of municipality → actors → municipalities … grows exponentially). The site
 * follows at most one relation per condition and four per query; the sweep tests three hops.
 */
export const MAX_FILTER_HOPS = 3;
export const MAX_FILTER_JOINS = 8;
/** Keys a populate fragment may carry; anything else (status, publication filters, `on`) is refused. */
const POPULATE_KEYS = new Set(['fields', 'filters', 'sort', 'populate', 'count']);

type Plain = Record<string, unknown>;

const refuse = (message: string): never => {
  throw new errors.ForbiddenError(`${message} (not in the list of public query fields)`);
};

/** The operator name without its dialect's prefix, or null when the key is not an operator. */
function operatorOf(key: string, dialect: Dialect): string | null {
  if (dialect === 'rest') return key.startsWith('$') ? key.slice(1) : null;
  return LOGICAL.has(key) || COMPARISONS.has(key) ? key : null;
}

const isPlainObject = (value: unknown): value is Plain => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

export function createQueryGuard(strapi: Core.Strapi) {
  const rulesOf = (uid: string): QueryRules => PUBLIC_QUERY_RULES[uid] ?? refuse(`${uid} cannot be queried`);
  const attributeOf = (uid: string, name: string) =>
    strapi.getModel(uid as UID.Schema)?.attributes?.[name] as { type: string; target?: string; component?: string } | undefined;

  /** Published, and public where the type has such a rule (no withdrawn entries, no internal events). */
  function visibleRows(uid: string, dialect: Dialect): Plain {
    const conditions: Plain = {};
    if (strapi.getModel(uid as UID.Schema)?.options?.draftAndPublish) {
      conditions.publishedAt = dialect === 'rest' ? { $notNull: true } : { notNull: true };
    }
    Object.assign(conditions, (dialect === 'rest' ? PUBLIC_CONDITIONS : PUBLIC_CONDITIONS_GRAPHQL)[uid] ?? {});
    return conditions;
  }

  function narrow(uid: string, filters: unknown, dialect: Dialect): unknown {
    const conditions = visibleRows(uid, dialect);
    if (Object.keys(conditions).length === 0) return filters;
    const and = dialect === 'rest' ? '$and' : 'and';
    // an array of conditions means all of them (Strapi's implicit `and`)
    const given = Array.isArray(filters) ? (filters.length > 0 ? { [and]: filters } : null) : filters;
    if (!isPlainObject(given) || Object.keys(given).length === 0) return conditions;
    return { [and]: [given, conditions] };
  }

  /** A scalar field's condition: primitives and comparison operators only, never a field name. */
  function checkComparison(value: unknown, dialect: Dialect, path: string): void {
    // undefined: a GraphQL variable the caller left out, which Strapi drops
    if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) return;
    if (Array.isArray(value)) {
      for (const item of value) checkComparison(item, dialect, path);
      return;
    }
    if (!isPlainObject(value)) refuse(`${path}: unsupported value`);
    for (const [key, inner] of Object.entries(value as Plain)) {
      const operator = operatorOf(key, dialect);
      if (!operator) refuse(`${path}.${key}: not an operator`);
      // the database layer fails on a range without two ends: say so instead of answering 500
      if (operator === 'between' && !(Array.isArray(inner) && inner.length === 2)) {
        throw new errors.ValidationError(`${path}.${key}: a range takes exactly two values`);
      }
      checkComparison(inner, dialect, `${path}.${key}`);
    }
  }

  type Joins = { count: number };

  function guardFilters(uid: string, filters: unknown, dialect: Dialect, path: string, hops = 0, joins: Joins = { count: 0 }): unknown {
    if (filters === undefined || filters === null) return filters;
    if (Array.isArray(filters)) return filters.map((item, index) => guardFilters(uid, item, dialect, `${path}[${index}]`, hops, joins));
    if (!isPlainObject(filters)) return refuse(`${path}: filters must be an object`);
    const rules = rulesOf(uid);
    const guarded: Plain = {};
    for (const [key, value] of Object.entries(filters)) {
      const here = `${path}.${key}`;
      const operator = operatorOf(key, dialect);
      if (operator === 'and' || operator === 'or' || operator === 'not') {
        guarded[key] = guardFilters(uid, value, dialect, here, hops, joins);
      } else if (operator) {
        refuse(`${here}: an operator needs a field`);
      } else if (rules.filter.includes(key)) {
        checkComparison(value, dialect, here);
        guarded[key] = value;
      } else if (rules.relations.includes(key)) {
        const target = attributeOf(uid, key)?.target;
        if (!target || !isPlainObject(value)) return refuse(`${here}: a relation is filtered by its fields`);
        joins.count += 1;
        if (hops + 1 > MAX_FILTER_HOPS) refuse(`${here}: a filter follows at most ${MAX_FILTER_HOPS} relations in a row`);
        if (joins.count > MAX_FILTER_JOINS) refuse(`${here}: a query follows at most ${MAX_FILTER_JOINS} relations in its filters`);
        guarded[key] = narrow(target, guardFilters(target, value, dialect, here, hops + 1, joins), dialect);
      } else {
        refuse(`${here}: filtering ${uid.split('.').pop()} by "${key}" is not allowed`);
      }
    }
    return guarded;
  }

  /** Sort keys in every form Strapi accepts: "a:asc", "a,b:desc", ["a"], { a: "asc" }, [{ a: "asc" }]. */
  function sortFields(sort: unknown): string[] {
    if (sort === undefined || sort === null) return [];
    if (typeof sort === 'string') return sort.split(',').map((part) => part.trim().split(':')[0]).filter(Boolean);
    if (Array.isArray(sort)) return sort.flatMap(sortFields);
    if (isPlainObject(sort)) {
      return Object.entries(sort).map(([key, direction]) => (isPlainObject(direction) ? `${key}.${Object.keys(direction).join('.')}` : key));
    }
    return refuse('sort: unsupported value');
  }

  function guardSort(uid: string, sort: unknown, path: string): void {
    for (const field of sortFields(sort)) {
      if (!rulesOf(uid).sort.includes(field)) refuse(`${path}: sorting ${uid.split('.').pop()} by "${field}" is not allowed`);
    }
  }

  /** Populate as an object `{ name: true | fragment }`; `*` and `true` stand for everything allowed. */
  function normalisePopulate(allowed: readonly string[], populate: unknown, path: string): Record<string, unknown> {
    if (populate === '*' || populate === true || populate === 'true') return Object.fromEntries(allowed.map((name) => [name, true]));
    if (typeof populate === 'string') return normalisePopulate(allowed, populate.split(','), path);
    if (Array.isArray(populate)) {
      const result: Record<string, unknown> = {};
      for (const entry of populate) {
        const [head, ...rest] = String(entry).trim().split('.');
        if (!head) continue;
        if (head === '*') Object.assign(result, normalisePopulate(allowed, '*', path));
        else if (rest.length === 0) result[head] = result[head] ?? true;
        else {
          const existing = isPlainObject(result[head]) ? (result[head] as Plain) : {};
          const nested = Array.isArray(existing.populate) ? existing.populate : [];
          result[head] = { ...existing, populate: [...nested, rest.join('.')] };
        }
      }
      return result;
    }
    if (isPlainObject(populate)) return populate;
    return refuse(`${path}: unsupported value`);
  }

  /** Components (addresses, opening hours with their slots) are values: their own components may be populated. */
  function componentPopulate(component: string): readonly string[] {
    const attributes = strapi.components[component as UID.Component]?.attributes ?? {};
    return Object.entries(attributes).filter(([, attribute]) => (attribute as { type: string }).type === 'component').map(([name]) => name);
  }

  function guardPopulate(uid: string, populate: unknown, path: string, allowedHere?: readonly string[]): unknown {
    if (populate === undefined || populate === false || populate === null) return populate;
    const allowed = allowedHere ?? rulesOf(uid).populate;
    const guarded: Plain = {};
    for (const [name, value] of Object.entries(normalisePopulate(allowed, populate, path))) {
      const here = `${path}.${name}`;
      if (value === false || value === 'false') continue;
      const attribute = attributeOf(uid, name);
      if (!attribute) throw new errors.ValidationError(`${here}: ${uid.split('.').pop()} has no field "${name}"`);
      if (!allowed.includes(name)) refuse(`${here}: populating ${uid.split('.').pop()}.${name} is not allowed`);
      const fragment = isPlainObject(value) ? value : {};
      for (const key of Object.keys(fragment)) if (!POPULATE_KEYS.has(key)) refuse(`${here}.${key}: not allowed in populate`);
      const result: Plain = { ...fragment };
      if (attribute!.type === 'component') {
        if (fragment.filters !== undefined || fragment.sort !== undefined) refuse(`${here}: components are not filtered or sorted`);
        if (fragment.populate !== undefined) result.populate = guardPopulate(attribute!.component!, fragment.populate, `${here}.populate`, componentPopulate(attribute!.component!));
      } else if (attribute!.type === 'media') {
        if (fragment.filters !== undefined || fragment.sort !== undefined || fragment.populate !== undefined) refuse(`${here}: files are populated as they are`);
      } else if (attribute!.type === 'relation' && attribute!.target && attribute!.target !== MEDIA_UID) {
        const target = attribute!.target;
        result.filters = narrow(target, guardFilters(target, fragment.filters, 'rest', `${here}.filters`), 'rest');
        if (fragment.sort !== undefined) guardSort(target, fragment.sort, `${here}.sort`);
        if (fragment.populate !== undefined) result.populate = guardPopulate(target, fragment.populate, `${here}.populate`);
      } else {
        refuse(`${here}: cannot be populated`);
      }
      guarded[name] = Object.keys(result).length === 0 ? true : result;
    }
    return guarded;
  }

  /** A relation, component or media field that may be selected or populated on `uid`. */
  function checkPopulateField(uid: string, name: string, path: string): void {
    if (!rulesOf(uid).populate.includes(name)) refuse(`${path}: ${uid.split('.').pop()}.${name} is not readable`);
  }

  return {
    /** Filters of a query on `uid` (a root or a GraphQL association field): checked, and narrowed to its visible rows. */
    filters: (uid: string, filters: unknown, dialect: Dialect) => narrow(uid, guardFilters(uid, filters, dialect, 'filters'), dialect),
    sort: (uid: string, sort: unknown) => guardSort(uid, sort, 'sort'),
    populate: (uid: string, populate: unknown) => guardPopulate(uid, populate, 'populate'),
    /** A GraphQL association field: the same list as REST populate. */
    populateField: (uid: string, name: string, path: string) => checkPopulateField(uid, name, path),
  };
}

export type QueryGuard = ReturnType<typeof createQueryGuard>;
