import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Caller } from '../access/caller';
import { authorize } from '../access/permissions';

type Row = Record<string, any>;

const USER_UID = 'plugin::users-permissions.user';

/**
 * Strapi's JWTs are stateless: without this, a token copied before signing out would keep working
 * until it expires. Every token carries the millisecond it was issued (`issuedAtMs`, added in
 * extensions/users-permissions); signing out stores the moment on the user, and tokens issued
 * before it are refused. That signs the person out everywhere: every browser, every device.
 */
export function tokenIssuedAt(payload: { issuedAtMs?: unknown; iat?: unknown }): number {
  if (typeof payload.issuedAtMs === 'number') return payload.issuedAtMs;
  return typeof payload.iat === 'number' ? payload.iat * 1000 : 0;
}

export async function isRevoked(strapi: Core.Strapi, payload: { id?: unknown; issuedAtMs?: unknown; iat?: unknown }): Promise<boolean> {
  if (payload.id === undefined) return false;
  const user = (await strapi.db.query(USER_UID).findOne({ where: { id: payload.id as number }, select: ['signedOutAt'] })) as Row | null;
  if (!user?.signedOutAt) return false;
  return tokenIssuedAt(payload) <= new Date(user.signedOutAt).getTime();
}

/** Who is signed in, for the site's member and office areas. */
export async function currentSession(strapi: Core.Strapi, caller: Caller, userId: number | undefined) {
  if (!userId || (caller.kind !== 'member' && caller.kind !== 'coordination') || !authorize(caller, 'networkSession')) {
    throw new errors.ForbiddenError('This account has no role in the network');
  }
  const user = (await strapi.db.query(USER_UID).findOne({ where: { id: userId }, populate: { role: { select: ['type'] }, actor: { select: ['documentId', 'name'] } } })) as Row | null;
  if (!user) throw new errors.UnauthorizedError('Not signed in');
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    role: caller.kind,
    actor: caller.kind === 'member' && user.actor ? { documentId: user.actor.documentId, name: user.actor.name } : null,
  };
}

export async function signOutEverywhere(strapi: Core.Strapi, userId: number | undefined) {
  if (!userId) throw new errors.UnauthorizedError('Not signed in');
  await strapi.db.query(USER_UID).update({ where: { id: userId }, data: { signedOutAt: new Date() } });
  return { signedOut: true };
}
