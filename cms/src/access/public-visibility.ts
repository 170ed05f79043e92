import { ENTRY_TYPES } from '../content/entry-types';

/**
 * Published is not always public (content/entry-types.ts, `publicWhen`): non-office callers get
 * these conditions added to every query of these types, also when they are reached through a
 * relation (query-guard.ts), in both filter syntaxes.
 */
const entries = Object.values(ENTRY_TYPES).map((entry) => [entry.uid, Object.entries(entry.publicWhen)] as const);

/** Document-service / REST syntax: `{ visibility: 'public', withdrawnAt: { $null: true } }`. */
export const PUBLIC_CONDITIONS: Record<string, Record<string, unknown>> = Object.fromEntries(
  entries.map(([uid, rules]) => [uid, Object.fromEntries(rules.map(([field, value]) => [field, value === null ? { $null: true } : value]))]),
);

/** GraphQL filter syntax: `{ visibility: { eq: 'public' }, withdrawnAt: { null: true } }`. */
export const PUBLIC_CONDITIONS_GRAPHQL: Record<string, Record<string, unknown>> = Object.fromEntries(
  entries.map(([uid, rules]) => [uid, Object.fromEntries(rules.map(([field, value]) => [field, value === null ? { null: true } : { eq: value }]))]),
);

/** True if a row (with the condition fields loaded) may be shown to non-office callers. */
export function isPubliclyVisible(uid: string, row: Record<string, unknown> | null): boolean {
  if (!row) return false;
  const rules = entries.find(([entryUid]) => entryUid === uid)?.[1];
  if (!rules) return true;
  return rules.every(([field, value]) => (value === null ? !row[field] : row[field] === value));
}

/** The fields isPubliclyVisible needs loaded. */
export const publicConditionFields = (uid: string): string[] => Object.keys(PUBLIC_CONDITIONS[uid] ?? {});
