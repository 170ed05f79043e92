import type { Core } from '@strapi/strapi';
import { DEFAULT_PAGE_SIZE, pageSize } from '../graphql/operation-cost';

export const MAX_POPULATE_DEPTH = 5;

/**
 * Objects a REST answer may hold, counted like the GraphQL cost: the page size times each row with
 * what it populates, where a to-many relation (or repeatable component, multiple media) holds up to
 * DEFAULT_PAGE_SIZE rows — REST cannot page a populated relation, so that is an estimate. Allows a
 * whole type populated two levels deep (`populate[offerings][populate]=*`, ~400,000 at 100 rows),
 * refuses three levels of to-many relations at 100 rows (1.5 million and more).
 */
export const MAX_POPULATE_COST = 1_000_000;

type Attribute = { type: string; relation?: string; target?: string; component?: string; repeatable?: boolean; multiple?: boolean };
type Models = (uid: string) => { attributes: Record<string, Attribute> } | undefined;

const POPULATABLE = new Set(['relation', 'component', 'media', 'dynamiczone']);

function fanOut(attribute: Attribute): number {
  const many = (attribute.type === 'relation' && /Many$/.test(attribute.relation ?? '')) || attribute.repeatable || attribute.multiple || attribute.type === 'dynamiczone';
  return many ? DEFAULT_PAGE_SIZE : 1;
}

/** `populate` in any of its forms ('*', 'a,b.c', ['a.b'], { a: { populate } }) as attribute → nested populate. */
function populated(attributes: Record<string, Attribute>, populate: unknown): Array<[string, unknown]> {
  const all = () => Object.keys(attributes).filter((name) => POPULATABLE.has(attributes[name].type));
  if (populate === '*' || populate === true || populate === 'true') return all().map((name) => [name, undefined]);
  if (typeof populate === 'string' || Array.isArray(populate)) {
    const paths = (Array.isArray(populate) ? populate : populate.split(',')).map((path) => String(path).trim().split('.'));
    return paths.flatMap(([head, ...rest]): Array<[string, unknown]> => (head === '*' ? all().map((name) => [name, undefined]) : [[head, rest.length ? rest.join('.') : undefined]]));
  }
  if (!populate || typeof populate !== 'object') return [];
  return Object.entries(populate as Record<string, unknown>).flatMap(([name, value]): Array<[string, unknown]> => {
    if (value === false || value === 'false') return [];
    if (value && typeof value === 'object') {
      const fragment = value as Record<string, unknown>;
      return [[name, fragment.populate ?? fragment.on]];
    }
    return [[name, value === true || value === 'true' ? undefined : value]];
  });
}

/** Objects that one row of `uid` may bring with `populate`; dynamic-zone components are counted once. */
export function populateCost(models: Models, uid: string | undefined, populate: unknown, depth = 0): number {
  const attributes = uid ? models(uid)?.attributes : undefined;
  if (!attributes || depth > MAX_POPULATE_DEPTH) return 0;
  let cost = 0;
  for (const [name, nested] of populated(attributes, populate)) {
    const attribute = attributes[name];
    if (!attribute || !POPULATABLE.has(attribute.type)) continue;
    const target = attribute.type === 'relation' ? attribute.target : attribute.type === 'component' ? attribute.component : undefined;
    cost += fanOut(attribute) * (1 + (nested === undefined ? 0 : populateCost(models, target, nested, depth + 1)));
  }
  return cost;
}

/** The content type behind `/api/<pluralName>[/…]` (or a single type's `/api/<singularName>`). */
function contentTypeOf(strapi: Core.Strapi, path: string): string | undefined {
  const segment = path.split('/')[2];
  if (!segment) return undefined;
  return Object.entries(strapi.contentTypes).find(
    ([uid, type]) => uid.startsWith('api::') && ((type as any).info?.pluralName === segment || ((type as any).kind === 'singleType' && (type as any).info?.singularName === segment)),
  )?.[0];
}

/** Depth of a REST `populate` parameter in its object or dotted-string form. */
export function populateDepth(populate: unknown): number {
  if (typeof populate === 'string') {
    return Math.max(0, ...populate.split(',').map((path) => path.split('.').length));
  }
  if (Array.isArray(populate)) return Math.max(0, ...populate.map(populateDepth));
  if (!populate || typeof populate !== 'object') return populate ? 1 : 0;
  let deepest = 0;
  for (const value of Object.values(populate)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const fragment = value as Record<string, unknown>;
      const nested = Math.max(populateDepth(fragment.populate), fragment.on ? populateDepth(fragment.on) - 1 : 0);
      deepest = Math.max(deepest, 1 + nested);
    } else deepest = Math.max(deepest, 1 + (typeof value === 'string' && value !== '*' && value !== 'true' ? populateDepth(value) : 0));
  }
  return deepest;
}

const refuse = (ctx, message: string) => {
  ctx.status = 400;
  ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message, details: {} } };
};

/**
 * GraphQL has a depth limit and a cost limit; REST gets the same bounds on `populate`, so that one
 * request cannot join the whole database. Page sizes are bounded by config/api.ts (maxLimit 100).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx, next) => {
    if (ctx.path.startsWith('/api/') && ctx.query?.populate !== undefined) {
      const depth = populateDepth(ctx.query.populate);
      if (depth > MAX_POPULATE_DEPTH) {
        refuse(ctx, `populate is nested ${depth} levels deep; at most ${MAX_POPULATE_DEPTH} are allowed`);
        strapi.log.debug(`Refused populate depth ${depth} on ${ctx.path}`);
        return;
      }
      const pagination = (ctx.query.pagination ?? {}) as { limit?: string; pageSize?: string };
      const rows = pageSize({ limit: pagination.limit === undefined ? undefined : Number(pagination.limit), pageSize: pagination.pageSize === undefined ? undefined : Number(pagination.pageSize) });
      const models: Models = (uid) => strapi.getModel(uid as never) as ReturnType<Models>;
      const cost = rows * (1 + populateCost(models, contentTypeOf(strapi, ctx.path), ctx.query.populate));
      if (cost > MAX_POPULATE_COST) {
        refuse(ctx, `populate with ${rows} rows per page may return ${cost} objects; the populate cost limit is ${MAX_POPULATE_COST}. Populate fewer relations or ask for smaller pages.`);
        return;
      }
    }
    await next();
  };
