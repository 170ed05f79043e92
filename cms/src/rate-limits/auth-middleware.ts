import path from 'node:path';
import { errors } from '@strapi/utils';
import { takeToken } from './limiters';

/**
 * Replaces users-permissions' `rateLimit` route middleware (koa2-ratelimit, in memory per process)
 * on the stock auth routes (sign-in, forgot / reset / change password, …): one bucket per route
 * and client address, shared across CMS processes when REDIS_URL is set (limiters.ts). The key
 * never contains anything from the body, so varying it cannot buy fresh attempts.
 */
export const authRateLimit = () => async (ctx, next) => {
  const route = path.posix.normalize(String(ctx.request.path)).toLowerCase().replace(/\/+$/, '');
  const retryAfter = await takeToken('auth', `${route}:${ctx.request.ip}`);
  if (retryAfter > 0) {
    ctx.set('Retry-After', String(retryAfter));
    throw new errors.RateLimitError('Zu viele Anmeldeversuche. Bitte später erneut versuchen.', { retryAfter });
  }
  await next();
};
