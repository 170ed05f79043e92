import type { Core, UID } from '@strapi/strapi';

import { ACTOR_UID, EVENT_UID, OFFERING_UID } from './rules';

/**
 * Published is not always public: internal events (working-group meetings) are for the group and
 * the office, and withdrawn entries have left the public site. Non-office callers get these
 * conditions added to every query of these types, also when they are reached through a relation
 * (populate in REST, association fields in GraphQL).
 */
export const PUBLIC_CONDITIONS: Record<string, Record<string, unknown>> = {
  [EVENT_UID]: { visibility: 'public', withdrawnAt: { $null: true } },
  [OFFERING_UID]: { withdrawnAt: { $null: true } },
  [ACTOR_UID]: { withdrawnAt: { $null: true } },
};

/** The same conditions in the GraphQL filter syntax. */
export const PUBLIC_CONDITIONS_GRAPHQL: Record<string, Record<string, unknown>> = {
  [EVENT_UID]: { visibility: { eq: 'public' }, withdrawnAt: { null: true } },
  [OFFERING_UID]: { withdrawnAt: { null: true } },
  [ACTOR_UID]: { withdrawnAt: { null: true } },
};

export function withPublicConditions(uid: string, filters: unknown): Record<string, unknown> | unknown {
  const conditions = PUBLIC_CONDITIONS[uid];
  if (!conditions) return filters;
  if (!filters || (typeof filters === 'object' && Object.keys(filters).length === 0)) return { ...conditions };
  return { $and: [filters, conditions] };
}

/** True if a row (with the condition fields loaded) may be shown to non-office callers. */
export function isPubliclyVisible(uid: string, row: { visibility?: string; withdrawnAt?: string | null } | null): boolean {
  if (!row) return false;
  if (!PUBLIC_CONDITIONS[uid]) return true;
  if (row.withdrawnAt) return false;
  return uid !== EVENT_UID || row.visibility === 'public';
}

type Populate = string | string[] | boolean | Record<string, unknown> | undefined;

const populatableTypes = new Set(['relation', 'component', 'media', 'dynamiczone']);

/** Turns Strapi's populate shorthands ('*', 'a,b.c', ['a']) into the object form. */
function normalisePopulate(strapi: Core.Strapi, uid: string, populate: Populate): Record<string, unknown> | undefined {
  if (populate === undefined || populate === false) return undefined;
  const model = strapi.getModel(uid as UID.Schema);
  if (!model) return undefined;
  if (populate === '*' || populate === true) {
    return Object.fromEntries(
      Object.entries(model.attributes)
        .filter(([, attribute]) => populatableTypes.has(attribute.type))
        .map(([name]) => [name, true]),
    );
  }
  const paths = typeof populate === 'string' ? populate.split(',') : Array.isArray(populate) ? populate : null;
  if (paths) {
    const result: Record<string, unknown> = {};
    for (const path of paths) {
      const [head, ...rest] = String(path).trim().split('.');
      if (!head) continue;
      if (head === '*') Object.assign(result, normalisePopulate(strapi, uid, '*'));
      else if (rest.length === 0) result[head] = result[head] ?? true;
      else {
        const existing = typeof result[head] === 'object' ? (result[head] as Record<string, unknown>) : {};
        const nested = (existing.populate as string[]) ?? [];
        result[head] = { ...existing, populate: [...(Array.isArray(nested) ? nested : []), rest.join('.')] };
      }
    }
    return result;
  }
  return populate as Record<string, unknown>;
}

function targetOf(strapi: Core.Strapi, uid: string, attributeName: string): string | undefined {
  const attribute = strapi.getModel(uid as UID.Schema)?.attributes?.[attributeName] as
    | { type: string; target?: string; component?: string }
    | undefined;
  if (!attribute) return undefined;
  if (attribute.type === 'relation') return attribute.target;
  if (attribute.type === 'component') return attribute.component;
  return undefined;
}

/** Adds the public conditions wherever `populate` reaches events, offerings or actors, at any depth. */
export function guardPopulate(strapi: Core.Strapi, uid: string, populate: Populate): Populate {
  const normalised = normalisePopulate(strapi, uid, populate);
  if (!normalised) return populate;
  const guarded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(normalised)) {
    const target = targetOf(strapi, uid, name);
    if (!target || value === false) {
      guarded[name] = value;
      continue;
    }
    const fragment: Record<string, unknown> =
      value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
    if (fragment.populate !== undefined) fragment.populate = guardPopulate(strapi, target, fragment.populate as Populate);
    if (PUBLIC_CONDITIONS[target]) fragment.filters = withPublicConditions(target, fragment.filters);
    guarded[name] = Object.keys(fragment).length === 0 ? true : fragment;
  }
  return guarded;
}
