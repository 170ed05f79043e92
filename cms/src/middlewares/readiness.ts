/**
 * `GET /_readyz`: 200 when this CMS can answer requests, i.e. its database answers a trivial query
 * (`select 1`) within READINESS_TIMEOUT_MS; 503 otherwise. (`/_health`, Strapi's own, only says the
 * process is up.) Used by docker-compose's health check and by the site's `/readyz`. No cookies,
 * never cached.
 */
const READINESS_TIMEOUT_MS = 3000;

async function databaseAnswers(strapi): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([strapi.db.connection.raw('select 1').then(() => true), timeout]);
  } catch (error) {
    strapi.log.error(`Readiness: the database did not answer: ${(error as Error).message}`);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export default (_config: unknown, { strapi }) => async (ctx, next) => {
  if (ctx.path !== '/_readyz') return next();
  ctx.set('cache-control', 'no-store');
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
    ctx.status = 405;
    ctx.set('allow', 'GET, HEAD');
    return;
  }
  const ready = await databaseAnswers(strapi);
  ctx.status = ready ? 200 : 503;
  ctx.body = { status: ready ? 'ready' : 'unavailable', database: ready ? 'ok' : 'unreachable' };
};
