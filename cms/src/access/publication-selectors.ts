/**
 * Strapi lets any caller with `find` ask for drafts: `status=draft`, the publication filters,
 * and `publishedAt` conditions in filters (also nested in relations, where they reveal whether
 * unpublished versions exist). Nested relations inherit the root query's status. These helpers
 * find such selectors in REST/document-service params; the GraphQL side walks its AST with the
 * same rule (graphql/publication-guard.ts).
 */

export const PUBLICATION_ARGUMENTS = ['publicationFilter', 'hasPublishedVersion', 'publicationState'];

/**
 * Filter keys non-office callers may not use: publication timestamps (they reveal drafts) and the
 * event relations seen from other types (they would reveal internal events by their fields) and
 * the withdrawal stamp.
 */
const FORBIDDEN_FILTER_KEYS = new Set(['publishedAt', 'published_at', 'events', 'withdrawnAt']);

/** Returns a description of the first forbidden selector in `filters`, or null. */
export function findForbiddenFilter(filters: unknown, path = 'filters'): string | null {
  if (Array.isArray(filters)) {
    for (let i = 0; i < filters.length; i += 1) {
      const found = findForbiddenFilter(filters[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (!filters || typeof filters !== 'object') return null;
  for (const [key, value] of Object.entries(filters)) {
    if (FORBIDDEN_FILTER_KEYS.has(key)) return `${path}.${key}`;
    const found = findForbiddenFilter(value, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

function findInPopulate(populate: unknown, path: string): string | null {
  if (!populate || typeof populate !== 'object' || Array.isArray(populate)) return null;
  for (const [key, value] of Object.entries(populate)) {
    if (!value || typeof value !== 'object') continue;
    const fragment = value as Record<string, unknown>;
    const here = `${path}.${key}`;
    for (const argument of ['status', ...PUBLICATION_ARGUMENTS]) {
      if (argument in fragment) return `${here}.${argument}`;
    }
    const inFilters = findForbiddenFilter(fragment.filters, `${here}.filters`);
    if (inFilters) return inFilters;
    const nested = findInPopulate(fragment.populate, `${here}.populate`) ?? findInPopulate(fragment.on, `${here}.on`);
    if (nested) return nested;
  }
  return null;
}

/** Returns a description of the first selector that asks for unpublished versions, or null. */
export function findPublicationSelector(params: Record<string, unknown> | undefined): string | null {
  if (!params) return null;
  if (params.status !== undefined && params.status !== 'published') return 'status';
  for (const argument of PUBLICATION_ARGUMENTS) {
    if (params[argument] !== undefined) return argument;
  }
  return findForbiddenFilter(params.filters) ?? findInPopulate(params.populate, 'populate');
}
