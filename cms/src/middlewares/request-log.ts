import { requestIdFrom } from '../logging/request-id';

/**
 * One log line per request (replaces strapi::logger, which logs the full URL with its query
 * string): method, path without query, status, duration and the request id the site sent
 * (`x-request-id`, so a visitor's request can be followed from the site's log into this one).
 * Never bodies, query strings, cookies or authorization headers. Health and readiness probes are
 * logged at debug level only (the proxy and compose ask every few seconds).
 */
const PROBES = new Set(['/_health', '/_readyz']);

export default (_config: unknown, { strapi }) => async (ctx, next) => {
  const requestId = requestIdFrom(ctx.get('x-request-id'));
  ctx.state.requestId = requestId;
  ctx.set('x-request-id', requestId);
  const started = process.hrtime.bigint();
  try {
    await next();
  } finally {
    const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
    // ctx.status of a thrown error is set by strapi::errors, which runs inside this middleware
    const line = { requestId, method: ctx.method, path: ctx.path, status: ctx.status, durationMs };
    const message = `${ctx.method} ${ctx.path} ${ctx.status} (${durationMs} ms) [${requestId}]`;
    if (PROBES.has(ctx.path)) strapi.log.debug(message, line);
    else strapi.log.http(message, line);
  }
};
