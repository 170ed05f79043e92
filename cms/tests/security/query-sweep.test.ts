import { beforeAll, describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';

/**
 * A generated sweep of the read API: for every public type and every relation path up to depth 3,
 * filter and sort by every field, as the public and as a foreign member, over REST and GraphQL; and
 * populate / select every relation path. Secret rows carry a marker that no public row has: a
 * never-published offering and actor, a draft change of a published actor, a withdrawn offering,
 * an internal event, a review comment and a member account. Whatever the API answers, no secret row
 * may change it: a filter that only secret rows match finds nothing or is refused, sorting through
 * relations is refused, and no response carries the marker. A refusal is a 4xx, never a 500.
 */
const cms = useCms();

const MARKER = 'qx7geheim';
const FUTURE = '2098-01-01';
const ROOT_TYPES = [
  'api::actor.actor', 'api::offering.offering', 'api::event.event', 'api::municipality.municipality', 'api::working-group.working-group',
  'api::topic.topic', 'api::target-group.target-group', 'api::language.language', 'api::news-article.news-article', 'api::page.page',
];
const MAX_DEPTH = 3;
/** Aliased root fields per GraphQL request in the sweep. */
const BATCH = 8;
const SWEEP_TIMEOUT = 600_000;

type Attribute = { type: string; relation?: string; target?: string; component?: string; private?: boolean };
type Hop = { name: string; uid: string; private: boolean; many: boolean };

const model = (uid: string) => cms.strapi.getModel(uid) as { attributes: Record<string, Attribute>; options?: { draftAndPublish?: boolean } };

/** Relation paths from `uid`, up to MAX_DEPTH hops, through every relation (allowed or not). */
function relationPaths(uid: string, depth = MAX_DEPTH): Hop[][] {
  const paths: Hop[][] = [[]];
  if (depth === 0) return paths;
  for (const [name, attribute] of Object.entries(model(uid).attributes)) {
    if (attribute.type !== 'relation' || !attribute.target || attribute.target.startsWith('admin::')) continue;
    if (!['api::', 'plugin::users-permissions.user'].some((prefix) => attribute.target!.startsWith(prefix))) continue;
    for (const rest of relationPaths(attribute.target, depth - 1)) paths.push([{ name, uid: attribute.target, private: Boolean(attribute.private), many: Boolean(attribute.relation?.endsWith('Many')) }, ...rest]);
  }
  return paths;
}

/** A condition only secret rows meet, by field type; null where the type cannot carry the marker. */
function secretCondition(name: string, attribute: Attribute): [operator: string, value: unknown] | null {
  if (['string', 'text', 'uid', 'email'].includes(attribute.type)) return ['containsi', MARKER];
  if (attribute.type === 'date') return ['gte', FUTURE];
  if (attribute.type === 'datetime') return ['gte', `${FUTURE}T00:00:00.000Z`];
  if (attribute.type === 'enumeration' && name === 'visibility') return ['eq', 'internal'];
  return null;
}

/** Every field of the last type of a path (and the text fields of its components) with its secret condition. */
function fieldConditions(uid: string): Array<{ path: string[]; operator: string; value: unknown; private: boolean }> {
  const result = [];
  for (const [name, attribute] of Object.entries(model(uid).attributes)) {
    const condition = secretCondition(name, attribute);
    if (condition) result.push({ path: [name], operator: condition[0], value: condition[1], private: Boolean(attribute.private) });
    if (attribute.type === 'component' && attribute.component) {
      for (const [inner, innerAttribute] of Object.entries(cms.strapi.components[attribute.component].attributes as Record<string, Attribute>)) {
        const innerCondition = secretCondition(inner, innerAttribute);
        if (innerCondition) result.push({ path: [name, inner], operator: innerCondition[0], value: innerCondition[1], private: false });
      }
    }
  }
  return result;
}

const nest = (keys: string[], leaf: unknown): Record<string, unknown> => keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf) as Record<string, unknown>;

/** `filters[a][b][$op]=v` for REST. */
function restQuery(prefix: string, keys: string[], value: unknown): string {
  return `${prefix}${keys.map((key) => `[${encodeURIComponent(key)}]`).join('')}=${encodeURIComponent(String(value))}`;
}

let naming: any;
const plural = (uid: string) => (cms.strapi.contentTypes[uid].info as { pluralName: string }).pluralName;
const gqlRoot = (uid: string) => naming.getFindQueryName(cms.strapi.contentTypes[uid]);
const gqlFilters = (uid: string) => naming.getFiltersInputTypeName(cms.strapi.contentTypes[uid]);
const isPublicApiType = (hop: Hop) => hop.uid.startsWith('api::') && !hop.private;

const CALLERS: Record<string, () => string | undefined> = { public: () => undefined, 'foreign member': () => cms.tokens.drk };

beforeAll(async () => {
  naming = cms.strapi.plugin('graphql').service('utils').naming;
  const docs = (uid: string) => cms.strapi.documents(uid);
  const first = async (uid: string, slug?: string) => (await cms.strapi.db.query(uid).findOne({ where: slug ? { slug } : {}, orderBy: { id: 'asc' } })).documentId;
  const kvhs = await first('api::actor.actor', 'kreisvolkshochschule-boerde');
  const municipality = await first('api::municipality.municipality');
  const topic = await first('api::topic.topic');
  const targetGroup = await first('api::target-group.target-group');
  const language = await first('api::language.language');
  const workingGroup = await first('api::working-group.working-group');
  const relations = { municipalities: [municipality], languages: [language] };
  const secretText = { summary: `${MARKER} Zusammenfassung`, contact: { email: `${MARKER}@example.org`, phone: `${MARKER}` } };

  // never published
  await docs('api::offering.offering').create({
    data: { title: `${MARKER} Entwurf`, ...secretText, actor: kvhs, topic, targetGroups: [targetGroup], validFrom: FUTURE, ...relations, reviewComment: `${MARKER} Kommentar` },
  });
  await docs('api::actor.actor').create({ data: { name: `${MARKER} Verein`, kind: 'association', shortDescription: MARKER, ...relations } });
  // withdrawn after publication
  const withdrawn = await docs('api::offering.offering').create({ data: { title: `${MARKER} Zurückgezogen`, ...secretText, actor: kvhs, topic, targetGroups: [targetGroup], ...relations }, status: 'published' });
  await cms.strapi.db.query('api::offering.offering').updateMany({ where: { documentId: withdrawn.documentId }, data: { withdrawnAt: new Date() } });
  // internal event of a working group
  await docs('api::event.event').create({
    data: { title: `${MARKER} Sitzung`, summary: MARKER, visibility: 'internal', startsAt: `${FUTURE}T10:00:00.000Z`, venueName: MARKER, organiser: kvhs, workingGroup, municipality },
    status: 'published',
  });
  // a draft change of a published actor (the published version stays as it is)
  await docs('api::actor.actor').update({ documentId: kvhs, data: { shortDescription: `${MARKER} Änderung`, lastConfirmedAt: `${FUTURE}T00:00:00.000Z` } });
  // a member account of the KVHS
  const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'member' } });
  await cms.strapi.plugin('users-permissions').service('user').add({ username: `${MARKER}-konto`, email: `${MARKER}@example.org`, password: 'demo-Passwort-1', provider: 'local', confirmed: true, blocked: false, role: role.id, actor: kvhs });
});

describe('the secret rows are reachable without the guard (positive control)', () => {
  it('the office finds them through relation filters', async () => {
    const result = await cms.client.rest('GET', `/api/municipalities?${restQuery('filters', ['offerings', 'title', '$containsi'], MARKER)}`, { token: cms.tokens.koordination });
    expect(result.status).toBe(200);
    expect(result.body.data.length).toBeGreaterThan(0);
    const events = await cms.client.rest('GET', `/api/events?${restQuery('filters', ['title', '$containsi'], MARKER)}`, { token: cms.tokens.koordination });
    expect(events.body.data.length).toBe(1);
  });
});

describe.each(Object.keys(CALLERS))('as %s', (who) => {
  const token = CALLERS[who];

  it.each(ROOT_TYPES)('filters on %s through every relation path find no secret row (REST)', async (uid) => {
    let requests = 0;
    for (const hops of relationPaths(uid)) {
      const last = hops.length ? hops[hops.length - 1].uid : uid;
      for (const field of fieldConditions(last)) {
        const keys = [...hops.map((hop) => hop.name), ...field.path, `$${field.operator}`];
        const result = await cms.client.rest('GET', `/api/${plural(uid)}?${restQuery('filters', keys, field.value)}&pagination[pageSize]=100`, { token: token() });
        requests += 1;
        const label = `${plural(uid)} ${keys.join('.')} → ${result.status}`;
        expect([200, 400, 403], label).toContain(result.status);
        if (result.status === 200) expect(result.body.data, label).toEqual([]);
        expect(JSON.stringify(result.body).toLowerCase(), label).not.toContain(MARKER);
      }
    }
    expect(requests).toBeGreaterThan(5);
  }, SWEEP_TIMEOUT);

  it.each(ROOT_TYPES)('filters on %s through every relation path find no secret row (GraphQL)', async (uid) => {
    // Paths through private fields cannot even be written in GraphQL (the schema lacks them); the
    // rest run in batches of aliased root fields, each with its own filter variable.
    const cases = relationPaths(uid)
      .filter((hops) => hops.every(isPublicApiType))
      .flatMap((hops) => fieldConditions(hops.length ? hops[hops.length - 1].uid : uid).filter((field) => !field.private).map((field) => nest([...hops.map((hop) => hop.name), ...field.path], { [field.operator]: field.value })));
    expect(cases.length).toBeGreaterThan(5);
    for (let start = 0; start < cases.length; start += BATCH) {
      const batch = cases.slice(start, start + BATCH);
      const variables = batch.map((_, index) => `$f${index}: ${gqlFilters(uid)}`).join(', ');
      const fields = batch.map((_, index) => `a${index}: ${gqlRoot(uid)}(filters: $f${index}, pagination: { pageSize: 5 }) { documentId }`).join(' ');
      const result = await cms.client.graphql(`query(${variables}) { ${fields} }`, Object.fromEntries(batch.map((filters, index) => [`f${index}`, filters])), { token: token() });
      expect(result.status).toBeLessThan(500);
      expect(result.body.data, JSON.stringify(result.body.errors)).toBeTruthy();
      batch.forEach((filters, index) => {
        const alias = `a${index}`;
        const codes = (result.body.errors ?? []).filter((error: { path?: string[] }) => error.path?.[0] === alias).map((error) => error.extensions?.code);
        const label = `${gqlRoot(uid)} ${JSON.stringify(filters)} → ${JSON.stringify(codes)}`;
        if (codes.length === 0) expect(result.body.data[alias], label).toEqual([]);
        else {
          expect(result.body.data[alias], label).toBeNull();
          expect(codes, label).toEqual(['FORBIDDEN']);
        }
      });
    }
  }, SWEEP_TIMEOUT);

  it.each(ROOT_TYPES)('sorting %s through relations is refused and sorting by its own fields shows no secret row', async (uid) => {
    const sorts: Array<{ sort: string; throughRelation: boolean }> = [];
    for (const hops of relationPaths(uid, 2)) {
      const last = hops.length ? hops[hops.length - 1].uid : uid;
      for (const [name, attribute] of Object.entries(model(last).attributes)) {
        if (['relation', 'component', 'media', 'dynamiczone', 'blocks', 'json'].includes(attribute.type)) continue;
        sorts.push({ sort: [...hops.map((hop) => hop.name), name].join('.'), throughRelation: hops.length > 0 });
      }
    }
    for (const { sort, throughRelation } of sorts) {
      const rest = await cms.client.rest('GET', `/api/${plural(uid)}?sort=${encodeURIComponent(`${sort}:asc`)}&pagination[pageSize]=100`, { token: token() });
      const label = `${plural(uid)} sort=${sort} → ${rest.status}`;
      expect(throughRelation ? [400, 403] : [200, 400, 403], label).toContain(rest.status);
      expect(JSON.stringify(rest.body).toLowerCase(), label).not.toContain(MARKER);
    }
    for (let start = 0; start < sorts.length; start += BATCH) {
      const batch = sorts.slice(start, start + BATCH);
      const fields = batch.map(({ sort }, index) => `a${index}: ${gqlRoot(uid)}(sort: ["${sort}:asc"], pagination: { pageSize: 100 }) { documentId }`).join(' ');
      const result = await cms.client.graphql(`{ ${fields} }`, {}, { token: token() });
      expect(result.status).toBeLessThan(500);
      expect(JSON.stringify(result.body).toLowerCase()).not.toContain(MARKER);
      batch.forEach(({ sort, throughRelation }, index) => {
        const refused = (result.body.errors ?? []).some((error: { path?: string[] }) => error.path?.[0] === `a${index}`);
        if (throughRelation) expect(refused, `${gqlRoot(uid)} sort ${sort}`).toBe(true);
      });
    }
  }, SWEEP_TIMEOUT);

  it.each(ROOT_TYPES)('populating and selecting every relation path of %s shows no secret row', async (uid) => {
    for (const hops of relationPaths(uid)) {
      if (hops.length === 0) continue;
      const populate = hops.map((hop, index) => `${index === 0 ? 'populate' : '[populate]'}[${hop.name}]`).join('');
      const rest = await cms.client.rest('GET', `/api/${plural(uid)}?${populate}=true&pagination[pageSize]=100`, { token: token() });
      const label = `${plural(uid)} populate ${hops.map((hop) => hop.name).join('.')} → ${rest.status}`;
      expect([200, 400, 403], label).toContain(rest.status);
      expect(JSON.stringify(rest.body).toLowerCase(), label).not.toContain(MARKER);
      if (!hops.every(isPublicApiType)) continue;
      const leaf = fieldConditions(hops[hops.length - 1].uid).filter((field) => field.path.length === 1 && !field.private && field.operator === 'containsi').map((field) => field.path[0]);
      const selection = hops.reduceRight((inner, hop) => `${hop.name}${hop.many ? '(pagination: { pageSize: 100 })' : ''} { documentId ${inner} }`, leaf.join(' '));
      const graphql = await cms.client.graphql(`{ ${gqlRoot(uid)}(pagination: { pageSize: 100 }) { documentId ${selection} } }`, {}, { token: token() });
      expect(graphql.status, label).toBeLessThan(500);
      expect(JSON.stringify(graphql.body).toLowerCase(), label).not.toContain(MARKER);
    }
  }, SWEEP_TIMEOUT);
});
