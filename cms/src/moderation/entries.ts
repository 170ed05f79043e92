import { createHash } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ACTOR_UID, ENTRY_TYPES as REGISTRY, EVENT_UID, OFFERING_UID, entryTypeByUid } from '../content/entry-types';

/** The entries members keep and the office moderates, by the name used in routes and GraphQL. */
export const ENTRY_TYPES = Object.fromEntries(Object.entries(REGISTRY).map(([name, entry]) => [name, entry.uid])) as { [K in keyof typeof REGISTRY]: (typeof REGISTRY)[K]['uid'] };
export type EntryType = keyof typeof ENTRY_TYPES;

export function entryUid(type: string): UID.ContentType {
  const uid = ENTRY_TYPES[type as EntryType];
  if (!uid) throw new errors.ValidationError(`Unknown entry type "${type}"; use ${Object.keys(ENTRY_TYPES).join(', ')}`);
  return uid as UID.ContentType;
}

export const entryTypeOf = (uid: string): EntryType | undefined =>
  (Object.entries(ENTRY_TYPES).find(([, value]) => value === uid)?.[0] as EntryType | undefined) ?? undefined;

/** Field that names the owning actor, per entry type (content/entry-types.ts). */
export const OWNER_FIELD: Record<string, string | null> = Object.fromEntries(Object.values(REGISTRY).map((entry) => [entry.uid, entry.ownerField]));

export const TITLE_FIELD: Record<string, string> = Object.fromEntries(Object.values(REGISTRY).map((entry) => [entry.uid, entry.titleField]));

/** Everything of an entry a comparison or a snapshot needs: components and relations by documentId. */
export const ENTRY_POPULATE: Record<string, unknown> = {
  [ACTOR_UID]: { contact: true, address: true, location: true, translations: true, municipalities: { select: ['documentId', 'name'] }, languages: { select: ['documentId', 'code'] }, logo: true },
  [OFFERING_UID]: {
    contact: true, venueAddress: true, location: true, translations: true, openingHours: { populate: { slots: true } },
    actor: { select: ['documentId', 'name'] }, topic: { select: ['documentId', 'name'] }, targetGroups: { select: ['documentId', 'name'] },
    languages: { select: ['documentId', 'code'] }, municipalities: { select: ['documentId', 'name'] },
  },
  [EVENT_UID]: { venueAddress: true, translations: true, organiser: { select: ['documentId', 'name'] }, workingGroup: { select: ['documentId', 'name'] }, municipality: { select: ['documentId', 'name'] } },
};

export type Row = Record<string, any>;

/** Both versions of an entry, read as the system (the caller's rights are checked before). */
export async function loadVersions(strapi: Core.Strapi, uid: string, documentId: string) {
  const query = strapi.db.query(uid as UID.Schema);
  const populate = ENTRY_POPULATE[uid] as never;
  const [draft, published] = (await Promise.all([
    query.findOne({ where: { documentId, publishedAt: null }, populate }),
    query.findOne({ where: { documentId, publishedAt: { $notNull: true } }, populate }),
  ])) as [Row | null, Row | null];
  if (!draft && !published) throw new errors.NotFoundError('Entry not found');
  return { draft, published };
}

/** documentId of the actor that owns an entry (the actor itself for actors). */
export async function ownerOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  const entry = entryTypeByUid(uid);
  if (!entry) return null;
  if (entry.ownerField === null) return documentId;
  const field = entry.ownerField;
  if (!field) return null;
  const row = (await strapi.db.query(uid as UID.Schema).findOne({ where: { documentId }, populate: { [field]: { select: ['documentId'] } }, orderBy: { id: 'asc' } })) as Row | null;
  return row?.[field]?.documentId ?? null;
}

const VOLATILE = new Set(['id', 'createdAt', 'publishedAt', 'createdBy', 'updatedBy', 'reviewState', 'reviewComment', 'submittedAt', 'reviewedAt', 'localizations', 'textChangedAt']);

/** The content of a version without ids and bookkeeping, for comparisons and snapshots. */
export function contentOf(row: Row | null): Record<string, unknown> | null {
  if (!row) return null;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== 'id' && key !== '__component')
          .map(([key, inner]) => [key, strip(inner)]),
      );
    }
    return value;
  };
  return Object.fromEntries(Object.entries(row).filter(([key]) => !VOLATILE.has(key) && key !== 'updatedAt').map(([key, value]) => [key, strip(value)]));
}

/** JSON with sorted keys: PostgreSQL populates relations in parallel, so key order varies between reads. */
export function stableJson(value: unknown): string {
  const sort = (inner: unknown): unknown => {
    if (Array.isArray(inner)) return inner.map(sort);
    if (inner instanceof Date) return inner.toISOString();
    if (inner && typeof inner === 'object') return Object.fromEntries(Object.keys(inner).sort().map((key) => [key, sort((inner as Record<string, unknown>)[key])]));
    return inner;
  };
  return JSON.stringify(sort(value));
}

/**
 * The version token of a draft: changes whenever the draft changes. The office's approve call names
 * the token it reviewed, so nobody approves a version they did not see.
 */
export function versionOf(draft: Row | null): string | null {
  if (!draft) return null;
  return createHash('sha256').update(stableJson({ content: contentOf(draft), updatedAt: draft.updatedAt })).digest('hex').slice(0, 24);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What identifies an item of a list whose order means nothing: a related entry, a translation, a time slot. */
function setKey(item: unknown): string | null {
  if (!isRecord(item)) return null;
  if (typeof item.documentId === 'string') return `document:${item.documentId}`;
  if (typeof item.locale === 'string') return `locale:${item.locale}`;
  if (typeof item.weekday === 'string') return `slot:${stableJson(item)}`;
  return null;
}

/**
 * A value as compared: lists of related entries (target groups, languages, municipalities, topics),
 * translations and time slots are sets, so a reordered list is not a change.
 */
export function asComparable(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(asComparable);
    const keys = items.map(setKey);
    if (keys.every((key) => key !== null)) return items.map((item, index) => [keys[index] as string, item] as const).sort(([a], [b]) => a.localeCompare(b)).map(([, item]) => item);
    return items;
  }
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, asComparable(inner)]));
  return value;
}

/** Whether two versions of a field differ as content (lists compared as sets). */
export const differs = (a: unknown, b: unknown) => stableJson(asComparable(a ?? null)) !== stableJson(asComparable(b ?? null));

/** Names of the fields whose content differs between draft and published version. */
export function changedFields(draft: Row | null, published: Row | null): string[] {
  const a = contentOf(draft) ?? {};
  const b = contentOf(published) ?? {};
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => differs(a[key], b[key])).sort();
}

/** The locales whose translation differs between draft and published version. */
export function changedTranslations(draft: Row | null, published: Row | null): string[] {
  const byLocale = (row: Row | null) => new Map(((contentOf(row)?.translations as Row[] | undefined) ?? []).map((entry) => [String(entry.locale), entry]));
  const a = byLocale(draft);
  const b = byLocale(published);
  return [...new Set([...a.keys(), ...b.keys()])].filter((locale) => differs(a.get(locale), b.get(locale))).sort();
}
