import type { Core } from '@strapi/strapi';

export const MAX_POPULATE_DEPTH = 5;

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

/**
 * GraphQL has a depth limit; REST gets the same bound on `populate`, so that one request cannot
 * join the whole database. Page sizes are bounded by config/api.ts (maxLimit 100).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx, next) => {
    if (ctx.path.startsWith('/api/') && ctx.query?.populate !== undefined) {
      const depth = populateDepth(ctx.query.populate);
      if (depth > MAX_POPULATE_DEPTH) {
        ctx.status = 400;
        ctx.body = {
          data: null,
          error: { status: 400, name: 'ValidationError', message: `populate is nested ${depth} levels deep; at most ${MAX_POPULATE_DEPTH} are allowed`, details: {} },
        };
        strapi.log.debug(`Refused populate depth ${depth} on ${ctx.path}`);
        return;
      }
    }
    await next();
  };
