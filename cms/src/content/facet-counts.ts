import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ACTOR_UID, ENTRY_TYPES, OFFERING_UID } from './entry-types';
import { berlinToday } from './offering-counts';

/**
 * The public lists' facets counted by the database: for every facet, how many current public entries
 * each of its values would give together with the other active facets (a facet's own choice does not
 * narrow its own counts: values are OR within a facet, AND across facets). Also the positions of the
 * matching entries (own location, else the centre of their first municipality), for "near …" and the
 * maps. Only rows a visitor may see are read: published versions that meet the type's `publicWhen`
 * (entry-types.ts) and, for offerings, the public list's date rule (offering-counts.ts), so each
 * number equals the result count of the list behind it.
 *
 * Facets are named in the request as in the site's lists; an unknown facet or value is a 400, so a
 * typo never silently counts everything.
 */
const MUNICIPALITY_UID = 'api::municipality.municipality';
const GEO_POINT = 'shared.geo-point';

type Knex = Core.Strapi['db']['connection'];
type Query = ReturnType<Knex>;
type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string }; on?: Record<string, string>; orderColumnName?: string };
type Meta = { tableName: string; attributes: Record<string, { columnName?: string; joinTable?: JoinTable; enum?: string[] }> };

/** A relation to a type without drafts, chosen by `key` (slug or code); municipalities include a Verbandsgemeinde's members. */
type RelationFacet = { kind: 'relation'; attribute: string; target: string; key: 'slug' | 'code'; area?: boolean };
/** A value of an enumeration column. */
type EnumFacet = { kind: 'enum'; attribute: string };
/** A yes/no property: set means the column holds one of `matches`; counted as one number. */
type FlagFacet = { kind: 'flag'; attribute: string; matches: readonly (string | boolean)[] };
type Facet = RelationFacet | EnumFacet | FlagFacet;

export type ListType = 'offering' | 'actor';

export const LIST_FACETS: Record<ListType, Record<string, Facet>> = {
  offering: {
    municipality: { kind: 'relation', attribute: 'municipalities', target: MUNICIPALITY_UID, key: 'slug', area: true },
    topic: { kind: 'relation', attribute: 'topic', target: 'api::topic.topic', key: 'slug' },
    targetGroup: { kind: 'relation', attribute: 'targetGroups', target: 'api::target-group.target-group', key: 'slug' },
    language: { kind: 'relation', attribute: 'languages', target: 'api::language.language', key: 'code' },
    free: { kind: 'flag', attribute: 'free', matches: [true] },
    barrierFree: { kind: 'flag', attribute: 'barrierFree', matches: ['yes'] },
    online: { kind: 'flag', attribute: 'deliveryMode', matches: ['online', 'hybrid'] },
  },
  actor: {
    kind: { kind: 'enum', attribute: 'kind' },
    municipality: { kind: 'relation', attribute: 'municipalities', target: MUNICIPALITY_UID, key: 'slug', area: true },
    language: { kind: 'relation', attribute: 'languages', target: 'api::language.language', key: 'code' },
  },
};

const UIDS: Record<ListType, string> = { offering: OFFERING_UID, actor: ACTOR_UID };
const MAX_VALUES = 50;

export type FacetCounts = {
  total: number;
  /** per facet: value → count (values without entries are absent); flags: the number with the property */
  facets: Record<string, Record<string, number> | number>;
};
export type EntryPosition = { documentId: string; latitude: number; longitude: number; approximate: boolean };
export type Selection = Record<string, string[]>;

const metaOf = (strapi: Core.Strapi, uid: string) => strapi.db.metadata.get(uid) as unknown as Meta;

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

/**
 * The request's query as a selection: `facet=value` repeated, or comma-free single values. Refuses
 * unknown facets, malformed or unknown values (checked against the database) with a 400.
 */
export async function parseSelection(strapi: Core.Strapi, type: ListType, query: Record<string, unknown>): Promise<Selection> {
  const facets = LIST_FACETS[type];
  const selection: Selection = {};
  for (const [name, raw] of Object.entries(query)) {
    const facet = facets[name];
    if (!facet) throw new errors.ValidationError(`Unknown facet "${name}"; known: ${Object.keys(facets).join(', ')}`);
    const values = (Array.isArray(raw) ? raw : [raw]).map((value) => (typeof value === 'string' ? value.trim() : ''));
    if (values.length > MAX_VALUES || values.some((value) => !/^[a-z0-9][a-z0-9_-]{0,119}$/.test(value))) {
      throw new errors.ValidationError(`Malformed value for facet "${name}"`);
    }
    selection[name] = [...new Set(values)];
  }
  for (const [name, values] of Object.entries(selection)) {
    const facet = facets[name]!;
    const known = await knownValues(strapi, type, facet);
    const unknown = values.filter((value) => !known.has(value));
    if (unknown.length > 0) throw new errors.ValidationError(`Unknown value for facet "${name}": ${unknown.join(', ')}`);
  }
  return selection;
}

async function knownValues(strapi: Core.Strapi, type: ListType, facet: Facet): Promise<Set<string>> {
  if (facet.kind === 'flag') return new Set(['1', 'true']);
  if (facet.kind === 'enum') return new Set(metaOf(strapi, UIDS[type]).attributes[facet.attribute]?.enum ?? []);
  return new Set((await keysById(strapi, facet)).values());
}

/** id → slug/code of a relation facet's target (types without drafts: one row per document). */
async function keysById(strapi: Core.Strapi, facet: RelationFacet): Promise<Map<number, string>> {
  const meta = metaOf(strapi, facet.target);
  const key = column(meta, facet.key);
  const rows = (await strapi.db.connection(meta.tableName).select('id', key)) as Array<Record<string, unknown>>;
  return new Map(rows.map((row) => [Number(row.id), String(row[key])]));
}

/** The ids of the rows a visitor sees, as a query (offerings: also still valid today). */
function publicRows(strapi: Core.Strapi, type: ListType, today: string): Query {
  const meta = metaOf(strapi, UIDS[type]);
  const query = strapi.db.connection(meta.tableName).select(`${meta.tableName}.id`).whereNotNull(column(meta, 'publishedAt'));
  for (const [field, value] of Object.entries(ENTRY_TYPES[type].publicWhen) as Array<[string, string | null]>) {
    if (value === null) query.whereNull(column(meta, field));
    else query.where(column(meta, field), value);
  }
  if (type === 'offering') {
    const validUntil = column(meta, 'validUntil');
    query.where((rule) => rule.whereNull(validUntil).orWhere(validUntil, '>=', today));
  }
  return query;
}

/**
 * (entry id, value id) pairs of a relation facet; for municipalities also (entry, Verbandsgemeinde)
 * for an entry in one of its members, so choosing a Verbandsgemeinde finds its members' entries.
 */
function relationPairs(strapi: Core.Strapi, type: ListType, facet: RelationFacet): Query {
  const knex = strapi.db.connection;
  const link = joinTable(metaOf(strapi, UIDS[type]), facet.attribute);
  const direct = knex(link.name).select({ entry_id: link.joinColumn.name, value_id: link.inverseJoinColumn.name });
  if (!facet.area) return knex.from(direct.as('pairs'));
  const targetMeta = metaOf(strapi, facet.target);
  const parent = joinTable(targetMeta, 'parent');
  const viaParent = knex({ link: link.name })
    .join({ parent: parent.name }, `parent.${parent.joinColumn.name}`, `link.${link.inverseJoinColumn.name}`)
    .join({ area: targetMeta.tableName }, 'area.id', `parent.${parent.inverseJoinColumn.name}`)
    .where(`area.${column(targetMeta, 'kind')}`, 'collective_municipality')
    .select({ entry_id: `link.${link.joinColumn.name}`, value_id: `parent.${parent.inverseJoinColumn.name}` });
  return knex.from(direct.union(viaParent).as('pairs'));
}

/** id → slug/code per relation facet of a list type. */
type Keys = Map<string, Map<number, string>>;

async function relationKeys(strapi: Core.Strapi, type: ListType): Promise<Keys> {
  const keys: Keys = new Map();
  for (const [name, facet] of Object.entries(LIST_FACETS[type])) if (facet.kind === 'relation') keys.set(name, await keysById(strapi, facet));
  return keys;
}

/**
 * The public rows matching every chosen facet except `except`. Synchronous on purpose: a query
 * builder is thenable, so returning one from an async function would run it.
 */
function matchingRows(strapi: Core.Strapi, type: ListType, selection: Selection, keys: Keys, today: string, except?: string): Query {
  const meta = metaOf(strapi, UIDS[type]);
  const query = publicRows(strapi, type, today);
  for (const [name, values] of Object.entries(selection)) {
    if (name === except || values.length === 0) continue;
    const facet = LIST_FACETS[type][name]!;
    if (facet.kind === 'flag') query.whereIn(column(meta, facet.attribute), [...facet.matches]);
    else if (facet.kind === 'enum') query.whereIn(column(meta, facet.attribute), values);
    else {
      const ids = [...keys.get(name)!.entries()].filter(([, key]) => values.includes(key)).map(([id]) => id);
      query.whereIn(`${meta.tableName}.id`, relationPairs(strapi, type, facet).select('pairs.entry_id').whereIn('pairs.value_id', ids));
    }
  }
  return query;
}

const countOf = async (knex: Knex, rows: Query) => Number(((await knex.count({ count: '*' }).from(rows.as('rows'))) as Array<{ count: unknown }>)[0]?.count ?? 0);

export async function facetCounts(strapi: Core.Strapi, type: ListType, selection: Selection, today = berlinToday()): Promise<FacetCounts> {
  const knex = strapi.db.connection;
  const meta = metaOf(strapi, UIDS[type]);
  const keys = await relationKeys(strapi, type);
  const result: FacetCounts = { total: await countOf(knex, matchingRows(strapi, type, selection, keys, today)), facets: {} };
  for (const [name, facet] of Object.entries(LIST_FACETS[type])) {
    const others = matchingRows(strapi, type, selection, keys, today, name);
    if (facet.kind === 'flag') {
      result.facets[name] = await countOf(knex, others.whereIn(column(meta, facet.attribute), [...facet.matches]));
      continue;
    }
    const counts: Record<string, number> = {};
    if (facet.kind === 'enum') {
      const attribute = column(meta, facet.attribute);
      const rows = (await knex.from(others.select({ value: attribute }).as('rows')).select('value').count({ count: '*' }).groupBy('value')) as Array<{
        value: unknown;
        count: unknown;
      }>;
      for (const row of rows) if (row.value !== null) counts[String(row.value)] = Number(row.count);
    } else {
      const valueKeys = keys.get(name)!;
      const rows = (await relationPairs(strapi, type, facet)
        .select('pairs.value_id')
        .countDistinct({ count: 'pairs.entry_id' })
        .whereIn('pairs.entry_id', others)
        .groupBy('pairs.value_id')) as Array<{ value_id: unknown; count: unknown }>;
      for (const row of rows) {
        const key = valueKeys.get(Number(row.value_id));
        if (key) counts[key] = Number(row.count);
      }
    }
    result.facets[name] = counts;
  }
  return result;
}

/** Latitude/longitude of a geo-point component linked to rows of `uid` through `attribute`: row id → point. */
async function pointsOf(strapi: Core.Strapi, uid: string, attribute: string, rowIds: Query | number[]): Promise<Map<number, [number, number]>> {
  const link = joinTable(metaOf(strapi, uid), attribute);
  const point = metaOf(strapi, GEO_POINT);
  const query = strapi.db
    .connection({ link: link.name })
    .join({ point: point.tableName }, 'point.id', `link.${link.inverseJoinColumn.name}`)
    .select({ row_id: `link.${link.joinColumn.name}`, latitude: `point.${column(point, 'latitude')}`, longitude: `point.${column(point, 'longitude')}` })
    .whereIn(`link.${link.joinColumn.name}`, rowIds);
  for (const [field, value] of Object.entries(link.on ?? {})) query.where(`link.${field}`, value);
  const rows = (await query) as Array<{ row_id: unknown; latitude: unknown; longitude: unknown }>;
  const points = new Map<number, [number, number]>();
  for (const row of rows) {
    const latitude = Number(row.latitude);
    const longitude = Number(row.longitude);
    if (Number.isFinite(latitude) && Number.isFinite(longitude)) points.set(Number(row.row_id), [latitude, longitude]);
  }
  return points;
}

/**
 * Where each matching entry is: its own location, or else (approximate) the centre of the first of
 * its municipalities that has one. Entries with neither are left out.
 */
export async function entryPositions(strapi: Core.Strapi, type: ListType, selection: Selection, today = berlinToday()): Promise<EntryPosition[]> {
  const uid = UIDS[type];
  const meta = metaOf(strapi, uid);
  const keys = await relationKeys(strapi, type);
  const rows = (await strapi.db
    .connection(meta.tableName)
    .select('id', column(meta, 'documentId'))
    .whereIn('id', matchingRows(strapi, type, selection, keys, today))) as Array<Record<string, unknown>>;
  const ids = rows.map((row) => Number(row.id));
  const own = await pointsOf(strapi, uid, 'location', matchingRows(strapi, type, selection, keys, today));
  const missing = ids.filter((id) => !own.has(id));
  const fallback = new Map<number, [number, number]>();
  if (missing.length > 0) {
    const link = joinTable(meta, 'municipalities');
    const links = (await strapi.db
      .connection(link.name)
      .select({ entry_id: link.joinColumn.name, municipality_id: link.inverseJoinColumn.name })
      .whereIn(link.joinColumn.name, missing)
      // "first" as the editor ordered them (the relation's order column), as GraphQL lists them
      .orderBy([link.orderColumnName ?? 'id', 'id'])) as Array<{ entry_id: unknown; municipality_id: unknown }>;
    const centres = await pointsOf(strapi, MUNICIPALITY_UID, 'location', [...new Set(links.map((l) => Number(l.municipality_id)))]);
    for (const l of links) {
      const centre = centres.get(Number(l.municipality_id));
      if (centre && !fallback.has(Number(l.entry_id))) fallback.set(Number(l.entry_id), centre);
    }
  }
  return rows.flatMap((row) => {
    const id = Number(row.id);
    const point = own.get(id) ?? fallback.get(id);
    if (!point) return [];
    return [{ documentId: String(row[column(meta, 'documentId')]), latitude: point[0], longitude: point[1], approximate: !own.has(id) }];
  });
}
