import type { Core } from '@strapi/strapi';
import { DATABASE_TIMEOUT_MESSAGE, isDatabaseTimeout } from '../database/timeouts';

/** REST and every other route: a statement the database gave up on answers 503, not a 500. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (!isDatabaseTimeout(error)) throw error;
      strapi.log.warn(`Database timeout on ${ctx.method} ${ctx.path}`);
      ctx.status = 503;
      ctx.set('retry-after', '5');
      ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: DATABASE_TIMEOUT_MESSAGE, details: {} } };
    }
  };
