import type { Core } from '@strapi/strapi';

/**
 * Indexes for what the site filters and sorts on. Strapi indexes foreign keys and documentId
 * itself; these cover slugs, dates and enumerations used as facets.
 */
const INDEXES: Array<[table: string, columns: string[]]> = [
  ['actors', ['slug']],
  ['actors', ['name']],
  ['actors', ['kind']],
  ['actors', ['last_confirmed_at']],
  // every public list filters on these: lets a count read an index instead of the table
  ['offerings', ['published_at', 'withdrawn_at', 'valid_until']],
  ['actors', ['published_at', 'withdrawn_at']],
  ['events', ['published_at', 'visibility', 'starts_at']],
  ['offerings', ['slug']],
  ['offerings', ['title']],
  ['offerings', ['valid_until']],
  ['offerings', ['last_confirmed_at']],
  ['offerings', ['free']],
  ['offerings', ['barrier_free']],
  ['offerings', ['delivery_mode']],
  ['events', ['slug']],
  ['events', ['starts_at']],
  ['events', ['visibility']],
  ['municipalities', ['slug']],
  ['municipalities', ['kind']],
  ['working_groups', ['slug']],
  ['news_articles', ['slug', 'locale']],
  ['news_articles', ['date']],
  ['pages', ['slug', 'locale']],
  ['pages', ['key', 'locale']],
  ['topics', ['slug']],
  ['target_groups', ['slug']],
  ['languages', ['code']],
  ['reports', ['handling_state', 'created_at']],
  ['membership_applications', ['handling_state', 'created_at']],
];

/**
 * Component link tables (`offerings_cmps` …): a page of rows loads its components by field and
 * entity ids; Strapi's own index on `field` alone makes SQLite walk every component of that field.
 */
function componentLinkIndexes(strapi: Core.Strapi): Array<[string, string[]]> {
  const tables = new Set<string>();
  for (const uid of Object.keys(strapi.contentTypes)) {
    if (!uid.startsWith('api::')) continue;
    const { attributes } = strapi.db.metadata.get(uid) as unknown as { attributes: Record<string, { joinTable?: { name: string; on?: { field?: string } } }> };
    for (const attribute of Object.values(attributes)) if (attribute.joinTable?.on?.field) tables.add(attribute.joinTable.name);
  }
  return [...tables].map((table) => [table, ['field', 'entity_id']]);
}

export async function ensureIndexes(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  for (const [table, columns] of [...INDEXES, ...componentLinkIndexes(strapi)]) {
    const name = `idx_${table}_${columns.join('_')}`;
    const quoted = columns.map((column) => `"${column}"`).join(', ');
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" (${quoted})`);
  }
}

/**
 * Query planner statistics. Without them SQLite guesses, and picks an index on a column that most
 * rows share (a component's field name, `valid_until IS NULL`) over the selective one: at 10,000
 * offerings a page's count or translations then read the whole table. SQLite gets a full ANALYZE at
 * every start (a sampled one, `PRAGMA optimize` with an analysis limit, misjudged exactly these
 * columns; the full one takes well under a second at 10,000 offerings); PostgreSQL's autovacuum
 * keeps its own, and `full` (after a bulk load such as seed:scale) analyses at once.
 */
export async function refreshStatistics(strapi: Core.Strapi, { full = false } = {}) {
  if (strapi.db.dialect.client === 'postgres' && !full) return;
  await strapi.db.connection.raw('ANALYZE');
}
