import type { Core } from '@strapi/strapi';
import { ROLE_DEFINITIONS } from '../access/permission-table';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/** Creates the roles and makes each role's permissions equal to the permission table. */
export async function syncRolesAndPermissions(strapi: Core.Strapi) {
  for (const [type, definition] of Object.entries(ROLE_DEFINITIONS)) {
    let role = await strapi.db.query(ROLE_UID).findOne({ where: { type } });
    if (!role) {
      role = await strapi.db.query(ROLE_UID).create({ data: { type, name: definition.name, description: definition.description } });
    }
    const existing: { id: number; action: string }[] = await strapi.db.query(PERMISSION_UID).findMany({ where: { role: role.id } });
    const wanted = new Set<string>(definition.actions);
    const stale = existing.filter((permission) => !wanted.has(permission.action));
    if (stale.length > 0) await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: stale.map((p) => p.id) } } });
    const present = new Set(existing.map((permission) => permission.action));
    for (const action of wanted) {
      if (!present.has(action)) await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
  }
}

/** Public registration is off: accounts are created by the coordination office. */
export async function closeRegistration(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const current = ((await store.get()) as Record<string, unknown>) ?? {};
  const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
  const wanted = {
    ...current,
    allow_register: false,
    unique_email: true,
    email_confirmation: false,
    default_role: 'authenticated',
    email_reset_password: `${siteUrl}/mitglieder/passwort-neu`,
  };
  if (JSON.stringify(current) !== JSON.stringify(wanted)) await store.set({ value: wanted });
}
