import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * Writes published documents straight into Strapi's tables in batches, inside one transaction,
 * using Strapi's own database metadata for table and column names: every document gets the draft
 * row and the published row Strapi keeps for it, its relations (link tables, each version linked to
 * the same version of the target) and its components (component rows and `*_cmps` rows per version).
 * For generated scale data only: no lifecycles, no validation, no document-service middlewares.
 */
export type BulkDocument = {
  documentId: string;
  /** Attribute name → value (German text, enumerations, dates); scalars only. */
  fields: Record<string, unknown>;
  /** Attribute name → documentIds of the targets, in order. */
  relations?: Record<string, string[]>;
  /** Attribute name → component values (repeatable or single). */
  components?: Record<string, Array<Record<string, unknown>>>;
  locale?: string | null;
};

type Versions = { draft: number; published: number };
type Attribute = {
  type: string;
  columnName?: string;
  relation?: string;
  target?: string;
  joinTable?: {
    name: string;
    joinColumn: { name: string };
    inverseJoinColumn: { name: string };
    orderColumnName?: string;
    inverseOrderColumnName?: string;
    on?: { field: string };
  };
};
type Meta = { tableName: string; attributes: Record<string, Attribute> };

/** Strapi's document ids are 24 lowercase letters and digits. */
export const newDocumentId = () =>
  Array.from(randomBytes(24), (byte) => 'abcdefghijklmnopqrstuvwxyz0123456789'[byte % 36]).join('');

/** A Knex transaction (typed as Strapi's connection, which it extends). */
export type Transaction = Core.Strapi['db']['connection'];

export function createBulkWriter(strapi: Core.Strapi, trx: Transaction) {
  const metaOf = (uid: string) => strapi.db.metadata.get(uid) as unknown as Meta;
  /** uid → documentId → its draft and published row ids (existing targets are read on demand). */
  const versions = new Map<string, Map<string, Versions>>();
  const nextIds = new Map<string, number>();
  const inverseOrder = new Map<string, number>();
  const written = new Set<string>();
  const isPostgres = strapi.db.dialect.client === 'postgres';

  async function nextId(table: string, count: number): Promise<number> {
    if (!nextIds.has(table)) {
      const row = (await trx(table).max({ max: 'id' }).first()) as { max: number | string | null } | undefined;
      nextIds.set(table, Number(row?.max ?? 0) + 1);
    }
    const first = nextIds.get(table)!;
    nextIds.set(table, first + count);
    written.add(table);
    return first;
  }

  /**
   * Rows per statement: both databases take well over 30,000 bound values; Knex writes a multi-row
   * insert for SQLite as a compound SELECT, which SQLite caps at 500 terms.
   */
  const maxRows = isPostgres ? 1000 : 400;
  async function insert(table: string, rows: Array<Record<string, unknown>>) {
    if (rows.length === 0) return;
    const size = Math.max(1, Math.min(maxRows, Math.floor(30000 / Object.keys(rows[0]).length)));
    for (let start = 0; start < rows.length; start += size) await trx(table).insert(rows.slice(start, start + size));
  }

  function toColumn(attribute: Attribute, value: unknown): unknown {
    if (value === undefined || value === null) return null;
    if (attribute.type === 'json' || attribute.type === 'blocks') return JSON.stringify(value);
    if (attribute.type === 'datetime' || attribute.type === 'timestamp') return new Date(value as string);
    return value;
  }

  function scalarRow(meta: Meta, fields: Record<string, unknown>) {
    const row: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fields)) {
      const attribute = meta.attributes[name];
      if (!attribute?.columnName) throw new Error(`bulk seed: ${meta.tableName} has no column for "${name}"`);
      row[attribute.columnName] = toColumn(attribute, value);
    }
    return row;
  }

  async function targetVersions(uid: string, documentIds: string[]): Promise<Map<string, Versions>> {
    const known = versions.get(uid) ?? new Map<string, Versions>();
    versions.set(uid, known);
    const missing = [...new Set(documentIds)].filter((id) => !known.has(id));
    for (let start = 0; start < missing.length; start += 500) {
      const rows = await trx(metaOf(uid).tableName)
        .select('id', 'document_id', 'published_at')
        .whereIn('document_id', missing.slice(start, start + 500));
      for (const row of rows as Array<{ id: number; document_id: string; published_at: unknown }>) {
        const entry = known.get(row.document_id) ?? { draft: 0, published: 0 };
        entry[row.published_at ? 'published' : 'draft'] = Number(row.id);
        known.set(row.document_id, entry);
      }
    }
    // Types without drafts (taxonomies) keep one row, which both versions link to.
    for (const entry of known.values()) {
      entry.draft ||= entry.published;
      entry.published ||= entry.draft;
    }
    return known;
  }

  /** Inserts the documents (draft and published version each); returns their row ids. */
  async function insertDocuments(uid: string, documents: BulkDocument[], publishedAt = new Date()) {
    const meta = metaOf(uid);
    const firstId = await nextId(meta.tableName, documents.length * 2);
    const rows: Array<Record<string, unknown>> = [];
    const own = versions.get(uid) ?? new Map<string, Versions>();
    versions.set(uid, own);
    documents.forEach((document, index) => {
      const ids = { draft: firstId + index * 2, published: firstId + index * 2 + 1 };
      own.set(`${document.documentId}\u0000${document.locale ?? ''}`, ids);
      if (!document.locale) own.set(document.documentId, ids);
      for (const version of ['draft', 'published'] as const) {
        rows.push({
          id: ids[version],
          document_id: document.documentId,
          locale: document.locale ?? null,
          created_at: publishedAt,
          updated_at: publishedAt,
          published_at: version === 'published' ? publishedAt : null,
          ...scalarRow(meta, document.fields),
        });
      }
    });
    await insert(meta.tableName, rows);
    await insertRelations(uid, meta, documents, own);
    await insertComponents(meta, documents, own);
    return own;
  }

  async function insertRelations(uid: string, meta: Meta, documents: BulkDocument[], own: Map<string, Versions>) {
    const names = new Set(documents.flatMap((document) => Object.keys(document.relations ?? {})));
    for (const name of names) {
      const attribute = meta.attributes[name];
      const join = attribute?.joinTable;
      if (!join || !attribute.target) throw new Error(`bulk seed: ${uid}.${name} is not a relation with a link table`);
      const targets = await targetVersions(attribute.target, documents.flatMap((document) => document.relations?.[name] ?? []));
      const links: Array<Record<string, unknown>> = [];
      for (const document of documents) {
        const ids = own.get(`${document.documentId}\u0000${document.locale ?? ''}`)!;
        (document.relations?.[name] ?? []).forEach((targetDocumentId, index) => {
          const target = targets.get(targetDocumentId);
          if (!target) throw new Error(`bulk seed: ${uid}.${name} points to unknown ${targetDocumentId}`);
          for (const version of ['draft', 'published'] as const) {
            const link: Record<string, unknown> = { [join.joinColumn.name]: ids[version], [join.inverseJoinColumn.name]: target[version] };
            if (join.orderColumnName) link[join.orderColumnName] = index + 1;
            if (join.inverseOrderColumnName) {
              const key = `${join.name}\u0000${target[version]}`;
              const order = (inverseOrder.get(key) ?? 0) + 1;
              inverseOrder.set(key, order);
              link[join.inverseOrderColumnName] = order;
            }
            links.push(link);
          }
        });
      }
      await insert(join.name, links);
    }
  }

  async function insertComponents(meta: Meta, documents: BulkDocument[], own: Map<string, Versions>) {
    const names = new Set(documents.flatMap((document) => Object.keys(document.components ?? {})));
    for (const name of names) {
      const attribute = meta.attributes[name];
      const join = attribute?.joinTable;
      if (!join?.on || !attribute.target) throw new Error(`bulk seed: ${meta.tableName}.${name} is not a component`);
      const componentMeta = metaOf(attribute.target);
      const count = documents.reduce((sum, document) => sum + (document.components?.[name]?.length ?? 0) * 2, 0);
      let id = await nextId(componentMeta.tableName, count);
      const componentRows: Array<Record<string, unknown>> = [];
      const links: Array<Record<string, unknown>> = [];
      for (const document of documents) {
        const ids = own.get(`${document.documentId}\u0000${document.locale ?? ''}`)!;
        (document.components?.[name] ?? []).forEach((value, index) => {
          for (const version of ['draft', 'published'] as const) {
            componentRows.push({ id, ...scalarRow(componentMeta, value) });
            links.push({ entity_id: ids[version], cmp_id: id, component_type: attribute.target, field: name, order: index + 1 });
            id += 1;
          }
        });
      }
      await insert(componentMeta.tableName, componentRows);
      await insert(join.name, links);
    }
  }

  /** PostgreSQL's sequences do not see explicit ids: move them past what was written. */
  async function finish() {
    if (!isPostgres) return;
    for (const table of written) {
      await trx.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT MAX(id) FROM ??))`, [table, table]);
    }
  }

  return { insertDocuments, finish };
}
