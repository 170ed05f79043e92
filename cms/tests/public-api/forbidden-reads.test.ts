import { describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';
import { errorCodes } from '../helpers/http';

/**
 * Every way Strapi offers to read unpublished versions, submissions or users, tried by the public
 * and by a member organisation, over GraphQL POST, GraphQL GET and REST. Each must be refused with
 * FORBIDDEN (403), not merely come back empty.
 */
const cms = useCms();

const graphqlRefusals: Array<[name: string, query: string]> = [
  ['draft status on a draft-and-publish root', '{ offerings(status: DRAFT) { title } }'],
  ['draft status on a single lookup', '{ actor(documentId: "x", status: DRAFT) { name } }'],
  ['draft status on a connection', '{ offerings_connection(status: DRAFT) { nodes { title } } }'],
  ['draft status on a type without drafts (nested relations inherit it)', '{ municipalities(status: DRAFT) { name offerings { title } } }'],
  ['draft status on a taxonomy', '{ topics(status: DRAFT) { name offerings { title summary } } }'],
  ['draft status on the single type', '{ global(status: DRAFT) { siteName } }'],
  ['draft status through a variable', 'query($s: PublicationStatus) { actors(status: $s) { name } }'],
  ['draft status inside a fragment', '{ ...Q } fragment Q on Query { actors(status: DRAFT) { name } }'],
  ['draft status under an alias', '{ visible: offerings { title } hidden: offerings(status: DRAFT) { title } }'],
  ['publishedAt filter on the root', '{ offerings(filters: { publishedAt: { null: true } }) { title } }'],
  ['publishedAt filter nested in or', '{ actors(filters: { or: [{ name: { contains: "a" } }, { publishedAt: { null: true } }] }) { name } }'],
  ['publishedAt filter on a relation', '{ offerings(filters: { actor: { publishedAt: { null: true } } }) { title } }'],
  ['a relation filter into contact data (answers yes/no about unpublished offerings)', '{ municipalities(filters: { offerings: { contact: { email: { startsWith: "a" } } } }) { slug } }'],
  ['a field outside the allow-list in a nested association filter', '{ municipalities { offerings(filters: { contact: { email: { contains: "@" } } }) { title } } }'],
  ['sorting through relations (orders by internal meetings)', '{ workingGroups(sort: ["events.venueName:asc"]) { slug } }'],
  ['sorting a nested association through relations', '{ topics { offerings(sort: ["actor.name:asc"]) { title } } }'],
  ['a filter through internal events of a working group', '{ workingGroups(filters: { events: { title: { contains: "Sitzung" } } }) { slug } }'],
  ['a filter chaining relations beyond three hops (joins grow exponentially)', '{ municipalities(filters: { actors: { municipalities: { actors: { municipalities: { name: { contains: "x" } } } } } }) { slug } }'],
  ['the polymorphic entries of a file (drafts of any type)', '{ actors(pagination: { limit: 1 }) { logo { related { __typename } } } }'],
  ['publishedAt filter on a nested relation field', '{ municipalities { offerings(filters: { publishedAt: { null: true } }) { title } } }'],
  ['filter through internal events', '{ actors(filters: { events: { title: { contains: "Sitzung" } } }) { name } }'],
  ['publication filter argument', '{ offerings(publicationFilter: NEVER_PUBLISHED_DOCUMENT) { title } }'],
  ['hasPublishedVersion argument', '{ offerings(hasPublishedVersion: false) { title } }'],
  ['reports', '{ reports { message email } }'],
  ['membership applications', '{ membershipApplications { email organisationName } }'],
  ['users', '{ usersPermissionsUsers { email } }'],
  ['roles', '{ usersPermissionsRoles { name } }'],
  ['upload files listing', '{ uploadFiles { name url } }'],
];

const graphqlWriteRefusals: Array<[name: string, query: string]> = [
  ['create an offering', 'mutation { createOffering(data: { title: "Spam" }) { documentId } }'],
  ['update an actor', 'mutation { updateActor(documentId: "x", data: { name: "Übernommen" }) { documentId } }'],
  ['delete an offering', 'mutation { deleteOffering(documentId: "x") { documentId } }'],
  ['create a report with the generic mutation (any field)', 'mutation { createReport(data: { kind: contact, message: "x", handlingState: done }) { documentId } }'],
  ['create a municipality', 'mutation { createMunicipality(data: { name: "Neu", kind: member_municipality }) { documentId } }'],
  ['update the site settings', 'mutation { updateGlobal(data: { siteName: "Gekapert" }) { siteName } }'],
  ['create a user', 'mutation { createUsersPermissionsUser(data: { username: "x", email: "x@example.org", password: "xxxxxxxx" }) { data { documentId } } }'],
  ['register', 'mutation { register(input: { username: "neu", email: "neu@example.org", password: "geheim-123456" }) { jwt } }'],
];

const restRefusals: Array<[name: string, method: string, path: string, body?: unknown]> = [
  ['draft status', 'GET', '/api/offerings?status=draft'],
  ['draft status on a single lookup', 'GET', '/api/actors/x?status=draft'],
  ['draft status on a type without drafts', 'GET', '/api/municipalities?status=draft&populate=offerings'],
  ['publishedAt filter', 'GET', '/api/offerings?filters[publishedAt][$null]=true'],
  ['publishedAt filter on a relation', 'GET', '/api/offerings?filters[actor][publishedAt][$null]=true'],
  ['publishedAt filter inside populate', 'GET', '/api/municipalities?populate[offerings][filters][publishedAt][$null]=true'],
  ['filter through internal events', 'GET', '/api/actors?filters[events][title][$containsi]=sitzung'],
  ['a relation filter into contact data', 'GET', '/api/municipalities?filters[offerings][contact][email][$startsWith]=a'],
  ['a relation filter into contact data of targeted offerings', 'GET', '/api/target-groups?filters[offerings][contact][email][$startsWith]=a'],
  ['sorting through relations', 'GET', '/api/working-groups?sort=events.venueName:asc'],
  ['sorting through relations (object form)', 'GET', '/api/working-groups?sort[events][venueName]=asc'],
  ['a filter chaining relations beyond three hops', 'GET', '/api/municipalities?filters[actors][municipalities][actors][municipalities][actors][name][$containsi]=x'],
  ['a filter with more than eight joins', 'GET', '/api/municipalities?filters[$or][0][actors][name][$containsi]=x0&filters[$or][1][actors][name][$containsi]=x1&filters[$or][2][actors][name][$containsi]=x2&filters[$or][3][actors][name][$containsi]=x3&filters[$or][4][actors][name][$containsi]=x4&filters[$or][5][actors][name][$containsi]=x5&filters[$or][6][actors][name][$containsi]=x6&filters[$or][7][actors][name][$containsi]=x7&filters[$or][8][actors][name][$containsi]=x8'],
  ['a populate filter outside the allow-list', 'GET', '/api/municipalities?populate[offerings][filters][contact][email][$contains]=@'],
  ['v4 publicationState', 'GET', '/api/offerings?publicationState=preview'],
  ['hasPublishedVersion', 'GET', '/api/offerings?hasPublishedVersion=false'],
  ['reports', 'GET', '/api/reports'],
  ['membership applications', 'GET', '/api/membership-applications'],
  ['users', 'GET', '/api/users'],
  ['roles', 'GET', '/api/users-permissions/roles'],
  ['create an offering', 'POST', '/api/offerings', { data: { title: 'Spam' } }],
  ['update the site settings', 'PUT', '/api/global', { data: { siteName: 'Gekapert' } }],
  ['create a report with the generic route', 'POST', '/api/reports', { data: { kind: 'contact', message: 'x' } }],
  ['upload a file', 'POST', '/api/upload', undefined],
  ['register', 'POST', '/api/auth/local/register', { username: 'neu', email: 'neu@example.org', password: 'geheim-123456' }],
];

const callers = ['public', 'member'] as const;
const tokenOf = (caller: (typeof callers)[number]) => (caller === 'member' ? cms.tokens.kvhs : undefined);
/** Members may create offerings of their own (as drafts; tests/roles cover that); the public may not. */
const forCaller = <T extends unknown[]>(rows: T[], caller: string) => (caller === 'member' ? rows.filter((row) => row[0] !== 'create an offering') : rows);

describe.each(callers)('as %s', (caller) => {
  it.each(graphqlRefusals)('GraphQL POST refuses: %s', async (_name, query) => {
    const result = await cms.client.graphql(query, { s: 'DRAFT' }, { token: tokenOf(caller) });
    expect(result.body.data?.[Object.keys(result.body.data ?? {})[0]] ?? null).toBeNull();
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });

  it.each(graphqlRefusals)('GraphQL GET refuses: %s', async (_name, query) => {
    const result = await cms.client.graphql(query, { s: 'DRAFT' }, { token: tokenOf(caller), method: 'GET' });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });

  it.each(forCaller(graphqlWriteRefusals, caller))('GraphQL refuses to %s', async (_name, query) => {
    const result = await cms.client.graphql(query, {}, { token: tokenOf(caller) });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });

  it.each(forCaller(restRefusals, caller))('REST refuses: %s', async (_name, method, path, body) => {
    const result = await cms.client.rest(method, path, { token: tokenOf(caller), body });
    expect(result.status).toBe(403);
    expect(result.body?.error?.name).toBe('ForbiddenError');
  });
});

describe('malformed conditions', () => {
  it.each(callers)('a range without two ends is a 400 with a message, not a 500 (%s)', async (caller) => {
    const rest = await cms.client.rest('GET', '/api/offerings?filters[title][$between]=a', { token: tokenOf(caller) });
    expect(rest.status).toBe(400);
    expect(rest.body.error.message).toMatch(/exactly two values/);
    const graphql = await cms.client.graphql('{ offerings(filters: { title: { between: ["a"] } }) { title } }', {}, { token: tokenOf(caller) });
    expect(errorCodes(graphql)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the coordination office', () => {
  it('may read drafts through GraphQL and REST', async () => {
    const graphql = await cms.client.graphql('{ offerings(status: DRAFT, pagination: { limit: 100 }) { slug } }', {}, { token: cms.tokens.koordination });
    expect(graphql.body.errors).toBeUndefined();
    expect(graphql.body.data.offerings.map((o: { slug: string }) => o.slug)).toContain('hausaufgabenhilfe-wanzleben');
    const rest = await cms.client.rest('GET', '/api/offerings?status=draft&filters[slug][$eq]=hausaufgabenhilfe-wanzleben', { token: cms.tokens.koordination });
    expect(rest.status).toBe(200);
    expect(rest.body.data).toHaveLength(1);
  });

  it('reads submissions', async () => {
    const result = await cms.client.graphql('{ reports { message } }', {}, { token: cms.tokens.koordination });
    expect(result.body.errors).toBeUndefined();
  });
});

describe('an allowed GraphQL GET', () => {
  it('returns data (so the refusals above are permission refusals, not CSRF refusals)', async () => {
    const result = await cms.client.graphql('{ offerings(pagination: { limit: 1 }) { title } }', {}, { method: 'GET' });
    expect(result.status).toBe(200);
    expect(result.body.data.offerings).toHaveLength(1);
  });
});
