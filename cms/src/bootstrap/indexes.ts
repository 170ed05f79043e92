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

export async function ensureIndexes(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  for (const [table, columns] of INDEXES) {
    const name = `idx_${table}_${columns.join('_')}`;
    const quoted = columns.map((column) => `"${column}"`).join(', ');
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" (${quoted})`);
  }
}
