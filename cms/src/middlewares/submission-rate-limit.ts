import { errors } from '@strapi/utils';
import { takeToken } from '../rate-limits/limiters';

export default () => async (ctx, next) => {
  const retryAfter = await takeToken('submission', ctx.request.ip);
  if (retryAfter > 0) {
    ctx.set('Retry-After', String(retryAfter));
    throw new errors.RateLimitError('Zu viele Anfragen. Bitte später erneut versuchen.', { retryAfter });
  }
  await next();
};
