import { errors } from '@strapi/utils';
import { takeSubmissionToken } from '../submissions/rate-limit';

export default () => async (ctx, next) => {
  const retryAfter = takeSubmissionToken(ctx.request.ip);
  if (retryAfter > 0) {
    ctx.set('Retry-After', String(retryAfter));
    throw new errors.RateLimitError('Zu viele Anfragen. Bitte später erneut versuchen.', { retryAfter });
  }
  await next();
};
