import type { Core } from '@strapi/strapi';
import type { Caller } from '../access/caller';
import { requirePermission } from '../access/permissions';
import { ENTRY_TYPES, OFFERING_UID } from './entry-types';

/**
 * How many offerings a visitor finds, counted by the database (`count(distinct …) group by`) instead
 * of by paging through every row: per topic for the home page's tiles, per municipality × topic for
 * the office's coverage matrix. Only rows a visitor may see are counted: published versions that meet
 * the type's `publicWhen` (entry-types.ts: not withdrawn) and the public list's date rule (no end
 * date, or ending today or later, Europe/Berlin), so every number equals the public list's result
 * count behind it.
 */
const TOPIC_UID = 'api::topic.topic';
const MUNICIPALITY_UID = 'api::municipality.municipality';

export type TopicCounts = { total: number; topics: Record<string, number> };
export type CoverageCounts = Record<string, TopicCounts>;

/** Today in Europe/Berlin as YYYY-MM-DD (the site's `berlinDate`). */
export const berlinToday = (now = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);

type Meta = { tableName: string; attributes: Record<string, { columnName?: string; joinTable?: JoinTable }> };
type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };

function metaOf(strapi: Core.Strapi, uid: string): Meta {
  return strapi.db.metadata.get(uid) as unknown as Meta;
}

function column(meta: Meta, attribute: string): string {
  const name = meta.attributes[attribute]?.columnName;
  if (!name) throw new Error(`No column for ${meta.tableName}.${attribute}`);
  return name;
}

function joinTable(meta: Meta, attribute: string): JoinTable {
  const table = meta.attributes[attribute]?.joinTable;
  if (!table) throw new Error(`No join table for ${meta.tableName}.${attribute}`);
  return table;
}

/** The ids of the offering rows a visitor sees today, as a sub-query. */
function publicOfferingIds(strapi: Core.Strapi, today: string): ReturnType<Core.Strapi['db']['connection']> {
  const meta = metaOf(strapi, OFFERING_UID);
  const query = strapi.db.connection(meta.tableName).select('id').whereNotNull(column(meta, 'publishedAt'));
  for (const [field, value] of Object.entries(ENTRY_TYPES.offering.publicWhen) as Array<[string, string | null]>) {
    if (value === null) query.whereNull(column(meta, field));
    else query.where(column(meta, field), value);
  }
  const validUntil = column(meta, 'validUntil');
  return query.where((rule) => rule.whereNull(validUntil).orWhere(validUntil, '>=', today));
}

/** id → slug of a type without drafts (topics, municipalities). */
async function slugsById(strapi: Core.Strapi, uid: string): Promise<Map<number, string>> {
  const meta = metaOf(strapi, uid);
  const rows = (await strapi.db.connection(meta.tableName).select('id', column(meta, 'slug'))) as Array<Record<string, unknown>>;
  return new Map(rows.map((row) => [Number(row.id), String(row[column(meta, 'slug')])]));
}

/** Current public offerings per topic slug, and in all (also those without a topic). Public. */
export async function offeringCountsByTopic(strapi: Core.Strapi, today = berlinToday()): Promise<TopicCounts> {
  const knex = strapi.db.connection;
  const topicLink = joinTable(metaOf(strapi, OFFERING_UID), 'topic');
  const [totalRow] = (await knex.count({ count: '*' }).from(publicOfferingIds(strapi, today).as('visible'))) as Array<{ count: unknown }>;
  const rows = (await knex(topicLink.name)
    .select({ topic: topicLink.inverseJoinColumn.name })
    .countDistinct({ count: topicLink.joinColumn.name })
    .whereIn(topicLink.joinColumn.name, publicOfferingIds(strapi, today))
    .groupBy(topicLink.inverseJoinColumn.name)) as Array<{ topic: unknown; count: unknown }>;
  const slugs = await slugsById(strapi, TOPIC_UID);
  const topics: Record<string, number> = {};
  for (const row of rows) {
    const slug = slugs.get(Number(row.topic));
    if (slug) topics[slug] = (topics[slug] ?? 0) + Number(row.count);
  }
  return { total: Number(totalRow?.count ?? 0), topics };
}

/**
 * The coverage matrix's numbers (office only): per municipality slug, the current public offerings
 * linked to it, or for a Verbandsgemeinde to itself or any of its members (each offering once), in
 * all and per topic slug. Municipalities without offerings are left out (0).
 */
export async function coverageCounts(strapi: Core.Strapi, caller: Caller, today = berlinToday()): Promise<CoverageCounts> {
  requirePermission(caller, 'readCoverage', {}, 'The coverage matrix is for the coordination office');
  const knex = strapi.db.connection;
  const offeringMeta = metaOf(strapi, OFFERING_UID);
  const municipalityLink = joinTable(offeringMeta, 'municipalities');
  const topicLink = joinTable(offeringMeta, 'topic');
  const municipalityMeta = metaOf(strapi, MUNICIPALITY_UID);
  const parentLink = joinTable(municipalityMeta, 'parent');

  const offering = municipalityLink.joinColumn.name;
  const municipality = municipalityLink.inverseJoinColumn.name;
  // (offering, area): the municipality an offering names, and the Verbandsgemeinde that municipality belongs to
  const areas = () => {
    const direct = knex(municipalityLink.name).select({ offering_id: offering, area_id: municipality });
    const viaParent = knex({ link: municipalityLink.name })
      .join({ parent: parentLink.name }, `parent.${parentLink.joinColumn.name}`, `link.${municipality}`)
      .join({ area: municipalityMeta.tableName }, 'area.id', `parent.${parentLink.inverseJoinColumn.name}`)
      .where(`area.${column(municipalityMeta, 'kind')}`, 'collective_municipality')
      .select({ offering_id: `link.${offering}`, area_id: `parent.${parentLink.inverseJoinColumn.name}` });
    return knex.from(direct.union(viaParent).as('areas')).whereIn('areas.offering_id', publicOfferingIds(strapi, today));
  };

  const totals = (await areas().select('areas.area_id').countDistinct({ count: 'areas.offering_id' }).groupBy('areas.area_id')) as Array<{
    area_id: unknown;
    count: unknown;
  }>;
  const perTopic = (await areas()
    .join({ topic: topicLink.name }, `topic.${topicLink.joinColumn.name}`, 'areas.offering_id')
    .select({ area_id: 'areas.area_id', topic_id: `topic.${topicLink.inverseJoinColumn.name}` })
    .countDistinct({ count: 'areas.offering_id' })
    .groupBy('areas.area_id', `topic.${topicLink.inverseJoinColumn.name}`)) as Array<{ area_id: unknown; topic_id: unknown; count: unknown }>;

  const municipalitySlugs = await slugsById(strapi, MUNICIPALITY_UID);
  const topicSlugs = await slugsById(strapi, TOPIC_UID);
  const result: CoverageCounts = {};
  for (const row of totals) {
    const slug = municipalitySlugs.get(Number(row.area_id));
    if (slug) result[slug] = { total: Number(row.count), topics: {} };
  }
  for (const row of perTopic) {
    const slug = municipalitySlugs.get(Number(row.area_id));
    const topic = topicSlugs.get(Number(row.topic_id));
    if (slug && topic && result[slug]) result[slug].topics[topic] = Number(row.count);
  }
  return result;
}
