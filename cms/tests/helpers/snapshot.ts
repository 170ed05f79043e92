import type { TestStrapi } from './strapi';

/** Every version and locale of a document with its components and relations, for before/after comparisons. */
export async function snapshotDocument(cms: TestStrapi, uid: string, documentId: string) {
  const rows = await cms.strapi.db.query(uid).findMany({ where: { documentId }, populate: true, orderBy: { id: 'asc' } });
  return JSON.stringify(rows);
}

/** The published version's content, for "the public version did not change". */
export async function publishedVersion(cms: TestStrapi, uid: string, documentId: string) {
  const row = await cms.strapi.db.query(uid).findOne({ where: { documentId, publishedAt: { $notNull: true } }, populate: true });
  // `localizations` lists the document's other rows (the draft), which is not part of the public version.
  if (row) delete row.localizations;
  return JSON.stringify(row);
}

export async function countAll(cms: TestStrapi, uid: string) {
  return cms.strapi.db.query(uid).count();
}
