import { isLocalRequest, sandboxEnabled } from '../graphql/developer-access';

/**
 * The GraphQL sandbox (the HTML page Apollo serves for a browser's GET /graphql) is a development
 * tool: it answers only requests from this machine, never in production (see
 * src/graphql/developer-access.ts). GraphQL requests themselves pass unchanged.
 */
export default (_config: unknown, { strapi }) => {
  const endpoint = strapi.plugin('graphql')?.config('endpoint') ?? '/graphql';
  return async (ctx, next) => {
    const asksForSandbox = ctx.method === 'GET' && ctx.path === endpoint && ctx.accepts('json', 'html') === 'html';
    if (asksForSandbox && !(sandboxEnabled() && isLocalRequest(ctx))) {
      ctx.status = 404;
      ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'The GraphQL sandbox is available on localhost in development only.' } };
      return;
    }
    await next();
  };
};
