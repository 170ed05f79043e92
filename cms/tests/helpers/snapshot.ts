import type { TestStrapi } from './strapi';

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

/** Every version and locale of a document with its components and relations, for before/after comparisons. */
export async function snapshotDocument(cms: TestStrapi, uid: string, documentId: string) {
  const rows = await cms.strapi.db.query(uid).findMany({ where: { documentId }, populate: true, orderBy: { id: 'asc' } });
  return stableJson(rows);
}

/** The published version's content, for "the public version did not change". */
export async function publishedVersion(cms: TestStrapi, uid: string, documentId: string) {
  const row = await cms.strapi.db.query(uid).findOne({ where: { documentId, publishedAt: { $notNull: true } }, populate: true });
  // `localizations` lists the document's other rows (the draft), which is not part of the public version.
  if (row) delete row.localizations;
  return stableJson(row);
}

export async function countAll(cms: TestStrapi, uid: string) {
  return cms.strapi.db.query(uid).count();
}
