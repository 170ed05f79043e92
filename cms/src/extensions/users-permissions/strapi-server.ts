import { isRevoked } from '../../sessions/sessions';
import { equalTimeAuthController } from '../../sessions/equal-time-auth';
import { authRateLimit } from '../../rate-limits/auth-middleware';

// A users-permissions user belongs to at most one actor (member organisation).
// The inverse side, actor.memberAccounts, is private and never leaves the CMS publicly.
export default (plugin) => {
  plugin.contentTypes.user.schema.attributes.actor = {
    type: 'relation',
    relation: 'manyToOne',
    target: 'api::actor.actor',
    inversedBy: 'memberAccounts',
  };

  // When the person last signed out: tokens issued before are refused (sessions/sessions.ts).
  plugin.contentTypes.user.schema.attributes.signedOutAt = { type: 'datetime', private: true, configurable: false };
  // Retention (retention/apply.ts): when the account was deactivated, and when it was anonymised.
  plugin.contentTypes.user.schema.attributes.deactivatedAt = { type: 'datetime', private: true, configurable: false };
  plugin.contentTypes.user.schema.attributes.anonymisedAt = { type: 'datetime', private: true, configurable: false };

  // Mails of the exchange board (src/exchange/): each new post, a weekly digest (default) or none;
  // and the ISO week whose digest the account last received, so the weekly job sends each week once.
  plugin.contentTypes.user.schema.attributes.exchangeMails = { type: 'enumeration', enum: ['each', 'digest', 'none'], default: 'digest', private: true, configurable: false };
  plugin.contentTypes.user.schema.attributes.exchangeDigestWeek = { type: 'string', maxLength: 10, private: true, configurable: false };

  const jwtService = plugin.services.jwt;
  plugin.services.jwt = (context) => {
    const service = jwtService(context);
    return {
      ...service,
      issue(payload, jwtOptions) {
        const plain = payload?.toJSON ? payload.toJSON() : payload;
        return service.issue.call(this, { ...plain, issuedAtMs: Date.now() }, jwtOptions);
      },
      async getToken(ctx) {
        const payload = await service.getToken.call(this, ctx);
        // a revoked token authenticates nobody (401), it does not fall back to public access
        if (payload && (await isRevoked(context.strapi, payload))) return { id: undefined };
        return payload;
      },
    };
  };

  // Every authenticated request needs to know the member's actor (access/caller.ts): load it with
  // the role, in the one query users-permissions makes per request anyway.
  const userService = plugin.services.user;
  plugin.services.user = (context) => {
    const service = userService(context);
    return {
      ...service,
      // A new password (reset link, change) ends every session started with the old one; the token
      // issued together with it is newer than this moment and keeps working.
      edit(userId, params: Record<string, unknown> = {}) {
        const data = params?.password ? { ...params, signedOutAt: new Date(Date.now() - 1) } : params;
        return service.edit(userId, data);
      },
      fetchAuthenticatedUser(id) {
        return strapi.db.query('plugin::users-permissions.user').findOne({ where: { id }, populate: ['role', 'actor'] });
      },
    };
  };
  // Sign-in and "forgot password" take the same time for known and unknown addresses.
  const authController = plugin.controllers.auth;
  plugin.controllers.auth = (context) => equalTimeAuthController(context.strapi, authController(context));
  // `users/me` populates through the database layer, past every document guard: it answers only the
  // caller's own account fields and takes no parameters (the site asks /api/session instead).
  plugin.controllers.user.me = async (ctx) => {
    const user = ctx.state.user;
    if (!user) return ctx.unauthorized();
    const parameters = Object.keys(ctx.query ?? {});
    if (parameters.length > 0) return ctx.badRequest(`users/me takes no parameters (got ${parameters.join(', ')})`);
    const { id, documentId, username, email, confirmed, blocked, createdAt, updatedAt } = user;
    ctx.body = { id, documentId, username, email, confirmed, blocked, createdAt, updatedAt };
  };
  // Sign-in and password routes: the CMS's own limiter, shared across processes with REDIS_URL.
  plugin.middlewares.rateLimit = authRateLimit;
  return plugin;
};
