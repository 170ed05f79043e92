import type { Core, UID } from '@strapi/strapi';

/**
 * Internal events (working-group meetings) are published like any other event but are not for
 * the public. Non-office callers get `visibility = public` added to every event query, also when
 * events are reached through a relation (populate in REST, association fields in GraphQL).
 */
export const EVENT_UID = 'api::event.event';
export const PUBLIC_EVENT_FILTER = { visibility: 'public' } as const;

export function withPublicEventFilter(filters: unknown): Record<string, unknown> {
  if (!filters || (typeof filters === 'object' && Object.keys(filters).length === 0)) return { ...PUBLIC_EVENT_FILTER };
  return { $and: [filters, PUBLIC_EVENT_FILTER] };
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

/** Adds the public-event filter wherever `populate` reaches events, at any depth. */
export function guardEventPopulate(strapi: Core.Strapi, uid: string, populate: Populate): Populate {
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
    if (fragment.populate !== undefined) fragment.populate = guardEventPopulate(strapi, target, fragment.populate as Populate);
    if (target === EVENT_UID) fragment.filters = withPublicEventFilter(fragment.filters);
    guarded[name] = Object.keys(fragment).length === 0 ? true : fragment;
  }
  return guarded;
}
