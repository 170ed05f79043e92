import type { Core } from '@strapi/strapi';

/**
 * Who is acting on a document. Derived from Strapi's request context so that the same answer
 * is available to REST policies, GraphQL resolvers and document-service middlewares alike.
 *
 * - system: no HTTP request (seed, bootstrap, scheduled jobs) — trusted code.
 * - admin: an admin-panel request (administrators and editors of the Strapi admin).
 * - coordination: users-permissions user with role `coordination` (the coordination office).
 * - member: users-permissions user with role `member`, bound to one actor.
 * - public: anyone else on the content API, including other roles and API tokens that are not full access.
 */
export type Caller =
  | { kind: 'system' }
  | { kind: 'admin' }
  | { kind: 'coordination'; userId: number }
  | { kind: 'member'; userId: number; actorDocumentId: string | null }
  | { kind: 'public'; userId?: number };

export const ROLE_MEMBER = 'member';
export const ROLE_COORDINATION = 'coordination';

type Ctx = {
  state?: {
    route?: { info?: { type?: string } };
    user?: { id: number; role?: { type?: string }; actor?: { documentId?: string } | null };
    auth?: { strategy?: { name?: string }; credentials?: { type?: string } };
  };
};

export function callerFromContext(ctx: Ctx | undefined): Caller {
  if (!ctx || !ctx.state) return { kind: 'system' };
  const { state } = ctx;
  if (state.route?.info?.type === 'admin') return { kind: 'admin' };
  const strategy = state.auth?.strategy?.name;
  if (strategy === 'api-token') {
    // Full-access API tokens are operated by administrators (deployment scripts).
    return state.auth?.credentials?.type === 'full-access' ? { kind: 'admin' } : { kind: 'public' };
  }
  const user = state.user;
  if (!user || strategy !== 'users-permissions') return { kind: 'public' };
  const role = user.role?.type;
  if (role === ROLE_COORDINATION) return { kind: 'coordination', userId: user.id };
  if (role === ROLE_MEMBER) {
    return { kind: 'member', userId: user.id, actorDocumentId: user.actor?.documentId ?? null };
  }
  return { kind: 'public', userId: user.id };
}

export function currentCaller(strapi: Core.Strapi): Caller {
  return callerFromContext(strapi.requestContext.get() as Ctx | undefined);
}

/** Office-level trust: may read drafts, private fields and submissions. */
export function isOffice(caller: Caller): boolean {
  return caller.kind === 'system' || caller.kind === 'admin' || caller.kind === 'coordination';
}
