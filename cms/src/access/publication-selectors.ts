/**
 * Strapi lets any caller with `find` ask for drafts: `status=draft` and the publication filter
 * arguments; nested relations inherit the root query's status. Non-office callers may only ask for
 * published versions. Filters, sort and populate are checked against the allow-list instead
 * (query-guard.ts), which names no publication or withdrawal stamp.
 */

export const PUBLICATION_ARGUMENTS = ['publicationFilter', 'hasPublishedVersion', 'publicationState'];

/** Returns the name of the first argument that asks for unpublished versions, or null. */
export function findPublicationSelector(params: Record<string, unknown> | undefined): string | null {
  if (!params) return null;
  if (params.status !== undefined && params.status !== 'published') return 'status';
  return PUBLICATION_ARGUMENTS.find((argument) => params[argument] !== undefined) ?? null;
}
