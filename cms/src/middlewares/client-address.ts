import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * The site's server calls the CMS for its visitors, so every request would come from one address
 * and share one rate-limit bucket. The site passes the visitor's address in X-Client-Address,
 * signed with the shared SITE_PROXY_SECRET; only then is it trusted. Anyone else's header is
 * ignored (and X-Forwarded-For is not trusted unless TRUST_PROXY is set for a reverse proxy).
 */
const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export default () => async (ctx, next) => {
  const secret = process.env.SITE_PROXY_SECRET;
  const given = ctx.get('x-site-secret');
  const address = ctx.get('x-client-address').trim();
  if (secret && given && address && sameSecret(given, secret) && isIP(address)) {
    ctx.request.ip = address;
  }
  delete ctx.request.headers['x-site-secret'];
  delete ctx.request.headers['x-client-address'];
  await next();
};
