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
const POPULATED_BY_THE_SITE = ['api::actor.actor', 'api::offering.offering', 'api::event.event', 'api::municipality.municipality', 'api::working-group.working-group'];
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

/**
 * The fields a filter ends in. REST requests cost more than GraphQL ones, so at the deepest level
 * REST tries one field of each kind of condition (text, date, visibility, private, component) —
 * every path is still tried — while GraphQL and the shallower levels try every field.
 */
function leafFields(uid: string, sample: boolean) {
  const fields = fieldConditions(uid);
  if (!sample) return fields;
  const seen = new Set<string>();
  return fields.filter((field) => {
    const kind = `${field.operator}:${field.private}:${field.path.length}`;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
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

/** The public rows of the sweep's own small world, per type: the roots every sweep query starts from. */
const roots: Record<string, string[]> = {};

/** Runs the checks with a few requests in flight at once (the CMS answers them concurrently). */
async function inParallel<T>(items: T[], check: (item: T) => Promise<void>, width = 6) {
  for (let start = 0; start < items.length; start += width) await Promise.all(items.slice(start, start + width).map(check));
}

beforeAll(async () => {
  naming = cms.strapi.plugin('graphql').service('utils').naming;
  const docs = (uid: string) => cms.strapi.documents(uid);
  const create = async (uid: string, data: Record<string, unknown>, status?: 'published') => (await docs(uid).create({ data, ...(status ? { status } : {}) })).documentId as string;

  // A small world of its own (so every list in it is short and fits the cost limits): public rows
  // the queries start from, and secret rows related only to them.
  const municipality = await create('api::municipality.municipality', { name: 'Prüfgemeinde', kind: 'member_municipality' });
  const topic = await create('api::topic.topic', { name: 'Prüfthema' });
  const targetGroup = await create('api::target-group.target-group', { name: 'Prüfzielgruppe' });
  const language = await create('api::language.language', { code: 'qxa', name: 'Prüfsprache' });
  const actor = await create('api::actor.actor', { name: 'Prüfverein', kind: 'association', shortDescription: 'öffentlich', municipalities: [municipality], languages: [language] }, 'published');
  const workingGroup = await create('api::working-group.working-group', { name: 'Prüfarbeitskreis', isCoordinationGroup: false, topic, leadActor: actor, memberActors: [actor] }, 'published');
  const links = { actor, topic, targetGroups: [targetGroup], languages: [language], municipalities: [municipality] };
  const offering = await create('api::offering.offering', { title: 'Prüfangebot', summary: 'öffentlich', ...links }, 'published');
  const event = await create('api::event.event', { title: 'Prüftermin', visibility: 'public', startsAt: '2030-01-15T10:00:00.000Z', organiser: actor, workingGroup, municipality }, 'published');
  Object.assign(roots, {
    'api::actor.actor': [actor], 'api::offering.offering': [offering], 'api::event.event': [event], 'api::municipality.municipality': [municipality],
    'api::working-group.working-group': [workingGroup], 'api::topic.topic': [topic], 'api::target-group.target-group': [targetGroup], 'api::language.language': [language],
  });

  const secretText = { summary: `${MARKER} Zusammenfassung`, contact: { email: `${MARKER}@example.org`, phone: MARKER }, venueName: MARKER };
  // never published
  await create('api::offering.offering', { title: `${MARKER} Entwurf`, ...secretText, ...links, validFrom: FUTURE, reviewComment: `${MARKER} Kommentar` });
  await create('api::actor.actor', { name: `${MARKER} Verein`, kind: 'association', shortDescription: MARKER, municipalities: [municipality], languages: [language], workingGroups: [workingGroup] });
  // withdrawn after publication
  const withdrawn = await create('api::offering.offering', { title: `${MARKER} Zurückgezogen`, ...secretText, ...links }, 'published');
  await cms.strapi.db.query('api::offering.offering').updateMany({ where: { documentId: withdrawn }, data: { withdrawnAt: new Date() } });
  // internal event of the working group
  await create('api::event.event', { title: `${MARKER} Sitzung`, summary: MARKER, visibility: 'internal', startsAt: `${FUTURE}T10:00:00.000Z`, venueName: MARKER, organiser: actor, workingGroup, municipality }, 'published');
  // draft changes of published entries (the published versions stay as they are)
  await docs('api::actor.actor').update({ documentId: actor, data: { shortDescription: `${MARKER} Änderung`, lastConfirmedAt: `${FUTURE}T00:00:00.000Z` } });
  await docs('api::offering.offering').update({ documentId: offering, data: { title: `${MARKER} geändert`, contact: { email: `${MARKER}@example.org` } } });
  // a member account of the organisation
  const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'member' } });
  await cms.strapi.plugin('users-permissions').service('user').add({ username: `${MARKER}-konto`, email: `${MARKER}@example.org`, password: 'demo-Passwort-1', provider: 'local', confirmed: true, blocked: false, role: role.id, actor });
});

/** REST query string and GraphQL filter restricting a query to the sweep's own rows of a type. */
const rootRest = (uid: string) => (roots[uid] ?? []).map((id, index) => `filters[$and][0][documentId][$in][${index}]=${id}`).join('&');
const rootFilter = (uid: string, filters?: unknown) => (roots[uid] ? { and: [{ documentId: { in: roots[uid] } }, ...(filters ? [filters] : [])] } : (filters ?? {}));

describe('the secret rows are reachable without the guard (positive control)', () => {
  it('the office finds them through relation filters', async () => {
    const result = await cms.client.rest('GET', `/api/municipalities?${restQuery('filters', ['offerings', 'title', '$containsi'], MARKER)}`, { token: cms.tokens.koordination });
    expect(result.status).toBe(200);
    expect(result.body.data.length).toBeGreaterThan(0);
    const events = await cms.client.rest('GET', `/api/events?${restQuery('filters', ['title', '$containsi'], MARKER)}`, { token: cms.tokens.koordination });
    expect(events.body.data.length).toBe(1);
  });

  it('the office sees them when populating and selecting through relations', async () => {
    const municipality = roots['api::municipality.municipality'][0];
    const rest = await cms.client.rest('GET', `/api/municipalities?filters[documentId]=${municipality}&populate[offerings]=true&populate[actors]=true`, { token: cms.tokens.koordination });
    expect(JSON.stringify(rest.body).toLowerCase()).toContain(MARKER);
    const graphql = await cms.client.graphql(`{ workingGroups(filters: { documentId: { eq: "${roots['api::working-group.working-group'][0]}" } }) { events { title } } }`, {}, { token: cms.tokens.koordination });
    expect(JSON.stringify(graphql.body).toLowerCase()).toContain(MARKER);
  });
});

describe.each(Object.keys(CALLERS))('as %s', (who) => {
  const token = CALLERS[who];

  /** Every (relation path, field) of a root type with a condition only secret rows meet. */
  const filterCases = (uid: string, sampleDeepest = false) =>
    relationPaths(uid).flatMap((hops) =>
      leafFields(hops.length ? hops[hops.length - 1].uid : uid, sampleDeepest && hops.length === MAX_DEPTH).map((field) => ({
        keys: [...hops.map((hop) => hop.name), ...field.path],
        operator: field.operator,
        value: field.value,
        inSchema: hops.every(isPublicApiType) && !field.private,
      })),
    );

  it.each(ROOT_TYPES)('filters on %s through every relation path find no secret row (REST)', async (uid) => {
    const cases = filterCases(uid, true);
    expect(cases.length).toBeGreaterThan(2);
    await inParallel(cases, async ({ keys, operator, value }) => {
      const result = await cms.client.rest('GET', `/api/${plural(uid)}?${[rootRest(uid), restQuery('filters', [...keys, `$${operator}`], value)].filter(Boolean).join('&')}&pagination[pageSize]=5`, { token: token() });
      const label = `${plural(uid)} ${keys.join('.')} → ${result.status}`;
      expect([200, 400, 403], label).toContain(result.status);
      if (result.status === 200) expect(result.body.data, label).toEqual([]);
      expect(JSON.stringify(result.body).toLowerCase(), label).not.toContain(MARKER);
    });
  }, SWEEP_TIMEOUT);

  it.each(ROOT_TYPES)('filters on %s through every relation path find no secret row (GraphQL)', async (uid) => {
    // Paths through private fields cannot even be written in GraphQL: the schema does not have them.
    const cases = filterCases(uid).filter((item) => item.inSchema);
    expect(cases.length).toBeGreaterThan(2);
    let answered = 0;
    await inParallel(cases, async ({ keys, operator, value }) => {
      const filters = rootFilter(uid, nest(keys, { [operator]: value }));
      const result = await cms.client.graphql(`query($f: ${gqlFilters(uid)}) { ${gqlRoot(uid)}(filters: $f, pagination: { pageSize: 5 }) { documentId } }`, { f: filters }, { token: token() });
      const codes = (result.body.errors ?? []).map((error) => error.extensions?.code);
      const label = `${gqlRoot(uid)} ${keys.join('.')} → ${result.status} ${JSON.stringify(codes)}`;
      expect(result.status, label).toBeLessThan(500);
      if (codes.length === 0) {
        answered += 1;
        expect(result.body.data[gqlRoot(uid)], label).toEqual([]);
      } else {
        expect(result.body.data?.[gqlRoot(uid)] ?? null, label).toBeNull();
        expect(codes, label).toEqual(['FORBIDDEN']);
      }
    });
    // the allowed fields are really queried (an always-refusing API would pass the rest trivially)
    expect(answered).toBeGreaterThan(0);
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
    let sorted = 0;
    await inParallel(sorts, async ({ sort, throughRelation }) => {
      const rest = await cms.client.rest('GET', `/api/${plural(uid)}?sort=${encodeURIComponent(`${sort}:asc`)}&pagination[pageSize]=100`, { token: token() });
      const graphql = await cms.client.graphql(`{ ${gqlRoot(uid)}(sort: ["${sort}:asc"], pagination: { pageSize: 100 }) { documentId } }`, {}, { token: token() });
      const label = `${plural(uid)} sort=${sort} → ${rest.status} ${JSON.stringify(graphql.body.errors?.[0]?.extensions?.code)}`;
      expect(throughRelation ? [400, 403] : [200, 400, 403], label).toContain(rest.status);
      expect(graphql.status, label).toBeLessThan(500);
      if (throughRelation) expect(graphql.body.errors?.length ?? 0, label).toBeGreaterThan(0);
      else if (rest.status === 200) sorted += 1;
      expect(JSON.stringify(rest.body).toLowerCase(), label).not.toContain(MARKER);
      expect(JSON.stringify(graphql.body).toLowerCase(), label).not.toContain(MARKER);
    });
    expect(sorted).toBeGreaterThan(0);
  }, SWEEP_TIMEOUT);

  it.each(ROOT_TYPES)('populating and selecting every relation path of %s shows no secret row', async (uid) => {
    const paths = relationPaths(uid).filter((hops) => hops.length > 0);
    let populated = 0;
    await inParallel(paths, async (hops) => {
      const populate = hops.map((hop, index) => `${index === 0 ? 'populate' : '[populate]'}[${hop.name}]`).join('');
      const rest = await cms.client.rest('GET', `/api/${plural(uid)}?${[rootRest(uid), `${populate}=true`].filter(Boolean).join('&')}&pagination[pageSize]=5`, { token: token() });
      const label = `${plural(uid)} populate ${hops.map((hop) => hop.name).join('.')} → ${rest.status}`;
      expect([200, 400, 403], label).toContain(rest.status);
      if (rest.status === 200) populated += 1;
      expect(JSON.stringify(rest.body).toLowerCase(), label).not.toContain(MARKER);
      if (!hops.every(isPublicApiType)) return;
      const leaf = fieldConditions(hops[hops.length - 1].uid).filter((field) => field.path.length === 1 && !field.private && field.operator === 'containsi').map((field) => field.path[0]);
      const selection = hops.reduceRight((inner, hop) => `${hop.name}${hop.many ? '(pagination: { pageSize: 5 })' : ''} { documentId ${inner} }`, leaf.join(' '));
      const graphql = await cms.client.graphql(`query($f: ${gqlFilters(uid)}) { ${gqlRoot(uid)}(filters: $f, pagination: { pageSize: 5 }) { documentId ${selection} } }`, { f: rootFilter(uid) }, { token: token() });
      expect(graphql.status, label).toBeLessThan(500);
      expect(JSON.stringify(graphql.body).toLowerCase(), label).not.toContain(MARKER);
    });
    // the site populates these types' relations: the sweep must really get answers for them
    if (POPULATED_BY_THE_SITE.includes(uid)) expect(populated).toBeGreaterThan(0);
  }, SWEEP_TIMEOUT);
});
