import { routesOfRole, type RoleType } from './permissions';

/**
 * Which users-permissions actions each role has, derived from the named permissions
 * (access/permissions.ts). Bootstrap makes the database match this table exactly on every start, so
 * permissions are code (reviewed, tested), not clicks in the admin panel. Row-level rules (own actor
 * only, drafts only, published only) apply on top, through `authorize`.
 */
const ROLES: Record<RoleType, { name: string; description: string }> = {
  public: { name: 'Public', description: 'Anonymous visitors of the site' },
  authenticated: { name: 'Authenticated', description: 'Signed-in users without a network role (no extra rights)' },
  member: { name: 'Member organisation', description: 'Staff of one member organisation (actor): edits its own entries as drafts' },
  coordination: { name: 'Coordination office', description: 'Koordinierungsstelle für Migration: moderates and maintains the network' },
};

export const ROLE_DEFINITIONS = Object.fromEntries(
  Object.entries(ROLES).map(([type, role]) => [type, { ...role, actions: routesOfRole(type as RoleType) }]),
) as Record<RoleType, { name: string; description: string; actions: string[] }>;

export type { RoleType };
