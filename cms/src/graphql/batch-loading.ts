import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';
import DataLoader from 'dataloader';

/**
 * Per-request batching of what Strapi's GraphQL layer loads row by row: association and component
 * fields (each row calls `entityManager.load(uid, row, attribute, query)`) and the `localized`
 * field's translations. Within one GraphQL request, loads of the same attribute with the same query
 * (after the publication guard narrowed its filters) are collected and answered by one findMany over
 * all parent ids, so a page of 5 or of 100 rows costs the same number of SQL statements.
 *
 * The loaders live on the GraphQL context (one set per request, never shared between callers, so
 * no result can reach another caller); the association resolver reaches them through an
 * AsyncLocalStorage that the resolver wrapper opens around Strapi's own resolver.
 */
export type RequestLoaders = {
  relation(uid: string, attribute: string, query: unknown): DataLoader<number, unknown>;
  /** Rows of a translatable type with their `translations` component, by id. */
  translations(uid: string): DataLoader<number, unknown>;
  /** The answer of `run` for `key`, computed once per request and caller. */
  once<T>(key: string, auth: unknown, run: () => Promise<T>): Promise<T>;
};

const scope = new AsyncLocalStorage<RequestLoaders>();
const CONTEXT_KEY = Symbol('requestLoaders');

/** Collect every load of one resolver round: rows resolve in lockstep across a few awaits. */
const nextMacrotask = (callback: () => void) => setImmediate(callback);

type Row = { id: number; [attribute: string]: unknown };

/** JSON-serialisable data only (Knex raw fragments or functions cannot be compared as a key). */
function isPlainData(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value as object).every(isPlainData);
}

function createLoaders(strapi: Core.Strapi): RequestLoaders {
  const relations = new Map<string, DataLoader<number, unknown>>();
  const translations = new Map<string, DataLoader<number, unknown>>();
  const answers = new Map<string, { auth: unknown; answer: Promise<unknown> }>();
  return {
    once(key, auth, run) {
      const known = answers.get(key);
      if (known && known.auth === auth) return known.answer as ReturnType<typeof run>;
      const answer = run();
      if (!known) answers.set(key, { auth, answer });
      return answer;
    },
    relation(uid, attribute, query) {
      const key = `${uid}\u0000${attribute}\u0000${JSON.stringify(query ?? null)}`;
      let loader = relations.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => loadRelation(strapi, uid, attribute, query, ids), { batchScheduleFn: nextMacrotask });
        relations.set(key, loader);
      }
      return loader;
    },
    translations(uid) {
      let loader = translations.get(uid);
      if (!loader) {
        loader = new DataLoader(
          async (ids) => {
            const rows = (await strapi.db
              .query(uid as UID.Schema)
              .findMany({ where: { id: { $in: [...ids] } }, populate: { translations: true } })) as Row[];
            const byId = new Map(rows.map((row) => [row.id, row]));
            return ids.map((id) => byId.get(id) ?? null);
          },
          { batchScheduleFn: nextMacrotask },
        );
        translations.set(uid, loader);
      }
      return loader;
    },
  };
}

/**
 * One findMany for all parents. Strapi applies a populate's limit/offset to the whole result, not
 * per parent: for more than one parent they are left out of the query and applied per parent here
 * (the rows come back in the query's order).
 */
async function loadRelation(strapi: Core.Strapi, uid: string, attribute: string, query: unknown, ids: readonly number[]) {
  const { limit, offset, ...rest } = (query ?? {}) as { limit?: number; offset?: number; [key: string]: unknown };
  const perParent = ids.length > 1 && (limit !== undefined || offset !== undefined);
  const populate = query ? (perParent ? rest : query) : true;
  const rows = (await strapi.db
    .query(uid as UID.Schema)
    .findMany({ select: ['id'], where: { id: { $in: [...ids] } }, populate: { [attribute]: populate } })) as Row[];
  const byId = new Map(rows.map((row) => [row.id, row[attribute]]));
  return ids.map((id) => {
    if (!byId.has(id)) return null;
    const value = byId.get(id);
    if (!perParent || !Array.isArray(value)) return value;
    const start = offset ?? 0;
    return value.slice(start, limit === undefined ? undefined : start + limit);
  });
}

/** The request's loaders, created on first use and kept on the GraphQL context object. */
export function loadersOf(strapi: Core.Strapi, context: object): RequestLoaders {
  const holder = context as { [CONTEXT_KEY]?: RequestLoaders };
  holder[CONTEXT_KEY] ??= createLoaders(strapi);
  return holder[CONTEXT_KEY];
}

/** Runs a field resolver with the request's loaders in reach of `entityManager.load`. */
export function withLoaders<T>(strapi: Core.Strapi, context: object, run: () => T): T {
  return context && typeof context === 'object' ? scope.run(loadersOf(strapi, context), run) : run();
}

/**
 * Routes `entityManager.load` (what the GraphQL association and component resolvers call per row)
 * through the request's loaders while a GraphQL field resolves; everything else (REST, the document
 * service, lifecycles, other callers of `load`) keeps Strapi's own implementation.
 */
export function batchEntityLoads(strapi: Core.Strapi) {
  const entityManager = strapi.db.entityManager as unknown as {
    load(uid: string, entity: { id?: number } | null, fields: string | string[], populate?: unknown): Promise<unknown>;
  };
  const load = entityManager.load.bind(entityManager);
  entityManager.load = (uid, entity, fields, populate) => {
    const loaders = scope.getStore();
    if (!loaders || typeof fields !== 'string' || typeof entity?.id !== 'number' || !isPlainData(populate)) {
      return load(uid, entity, fields, populate);
    }
    return loaders.relation(uid, fields, populate ?? null).load(entity.id);
  };
}

/**
 * Nexus plugin: every field below the root resolves with the request's loaders in reach (Strapi's
 * resolvers of association and component fields are attached in a way the plugin cannot tell from
 * a scalar's; opening the scope costs about a microsecond).
 */
export function batchLoadingPlugin(strapi: Core.Strapi, nexus) {
  return nexus.plugin({
    name: 'batchLoading',
    onCreateFieldResolver(config) {
      const parent = config.parentTypeConfig.name;
      if (parent === 'Query' || parent === 'Mutation') return undefined;
      return (root, args, context, info, next) => withLoaders(strapi, context, () => next(root, args, context, info));
    },
  });
}

type QueryCheck = (query: unknown, schema: { uid?: string } | undefined, options?: { auth?: unknown }) => Promise<unknown>;

/**
 * Strapi's association and component resolvers validate and sanitize their arguments against the
 * target's schema once per row, with the same arguments for every row of a page (the traversal
 * costs more than the SQL). While a GraphQL field resolves, the answer for the same arguments,
 * schema and caller is computed once per request; sanitised queries are handed out as copies.
 */
export function memoizeQueryChecks(strapi: Core.Strapi) {
  const api = strapi.contentAPI as unknown as { validate: { query: QueryCheck }; sanitize: { query: QueryCheck } };
  for (const [kind, holder] of [['validate', api.validate], ['sanitize', api.sanitize]] as const) {
    const check = holder.query.bind(holder);
    holder.query = (query, schema, options) => {
      const loaders = scope.getStore();
      if (!loaders || !schema?.uid || !isPlainData(query)) return check(query, schema, options);
      const answer = loaders.once(`${kind}\u0000${schema.uid}\u0000${JSON.stringify(query)}`, options?.auth, () => check(query, schema, options));
      return kind === 'sanitize' ? answer.then((sanitized) => structuredClone(sanitized)) : answer;
    };
  }
}
