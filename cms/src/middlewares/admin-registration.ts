/**
 * The admin panel offers a public "create the first administrator" page while no administrator
 * exists. In production that page and its API route answer 403, always, whether an administrator
 * exists or not: the first one is created on the server with `strapi admin:create-user` (README,
 * "Deployment"), so nobody can race the operator to it once the proxy publishes /admin.
 * Invited administrators (`/admin/register` with an invitation token) are not affected.
 */
const REFUSED = new Set(['/admin/register-admin', '/admin/auth/register-admin']);

export default () => async (ctx, next) => {
  if (process.env.NODE_ENV === 'production' && REFUSED.has(ctx.path.replace(/\/+$/, '').toLowerCase())) {
    ctx.status = 403;
    ctx.body = {
      data: null,
      error: { status: 403, name: 'ForbiddenError', message: 'The first administrator is created on the server: strapi admin:create-user (see the README).' },
    };
    return;
  }
  await next();
};
