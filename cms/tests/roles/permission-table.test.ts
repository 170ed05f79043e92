import { beforeAll, describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';
import { errorCodes } from '../helpers/http';
import { publishedVersion, snapshotDocument, stableJson } from '../helpers/snapshot';

/**
 * The permission table, written by hand (not derived from src/access/permissions.ts): every role ×
 * content type × action × own/foreign document, over REST and GraphQL, with real JWTs against a
 * booted Strapi. After every refused write the database (every locale, both versions) is unchanged;
 * after a member's accepted write the public version is unchanged.
 */
const cms = useCms();

type Who = 'public' | 'own member' | 'foreign member' | 'office';
type Outcome = 'allowed' | 'refused' | 'draft';
type Transport = 'REST' | 'GraphQL';
type EntryType = 'actor' | 'offering' | 'event';

const UID: Record<EntryType, string> = { actor: 'api::actor.actor', offering: 'api::offering.offering', event: 'api::event.event' };
const PLURAL: Record<EntryType, string> = { actor: 'actors', offering: 'offerings', event: 'events' };
const NAME: Record<EntryType, string> = { actor: 'Actor', offering: 'Offering', event: 'Event' };
const TITLE: Record<EntryType, string> = { actor: 'name', offering: 'title', event: 'title' };
const TEXT: Record<EntryType, string> = { actor: 'shortDescription', offering: 'summary', event: 'summary' };

//  action                           public     own member  foreign member  office
const TABLE: Array<[string, Outcome, Outcome, Outcome, Outcome]> = [
  ['read published',                'allowed', 'allowed',  'allowed',      'allowed'],
  ['read drafts (moderation view)', 'refused', 'allowed',  'refused',      'allowed'],
  ['read drafts (generic status)',  'refused', 'refused',  'refused',      'allowed'],
  ['update',                        'refused', 'draft',    'refused',      'allowed'],
  ['publish through update',        'refused', 'draft',    'refused',      'allowed'],
  ['withdraw',                      'refused', 'allowed',  'refused',      'allowed'],
  ['confirm current',               'refused', 'allowed',  'refused',      'allowed'],
  ['delete',                        'refused', 'refused',  'refused',      'allowed'],
  ['approve',                       'refused', 'refused',  'refused',      'allowed'],
  ['set owner',                     'refused', 'refused',  'refused',      'allowed'],
  ['set slug',                      'refused', 'refused',  'refused',      'allowed'],
  ['set review fields',             'refused', 'refused',  'refused',      'allowed'],
];

/** Creating: a member creates offerings and events of its own actor only, never actors. */
//  type        public     member (own actor)  member naming another actor  office
const CREATE_TABLE: Array<[EntryType, Outcome, Outcome, Outcome, Outcome]> = [
  ['offering', 'refused', 'draft',   'refused', 'allowed'],
  ['event',    'refused', 'draft',   'refused', 'allowed'],
  ['actor',    'refused', 'refused', 'refused', 'allowed'],
];

let actors: { kvhs: string; drk: string };
let roleIds: { member: number; coordination: number };

beforeAll(async () => {
  const find = (slug: string) => cms.strapi.db.query(UID.actor).findOne({ where: { slug } });
  actors = { kvhs: (await find('kreisvolkshochschule-boerde')).documentId, drk: (await find('drk-kreisverband-boerde')).documentId };
  const role = (type: string) => cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
  roleIds = { member: (await role('member')).id, coordination: (await role('coordination')).id };
});

/** Offerings and events are owned by the KVHS: "own member" is kvhs@, "foreign member" drk@. */
const token = (who: Who) => ({ public: undefined, 'own member': cms.tokens.kvhs, 'foreign member': cms.tokens.drk, office: cms.tokens.koordination })[who];
/** Actor cases use a fresh actor with a fresh member account of its own (so no case changes the KVHS). */
let actorCaseMember: string | undefined;
const tokenFor = (who: Who, type: EntryType) => (type === 'actor' && who === 'own member' ? actorCaseMember : token(who));

let counter = 0;
/** A fresh published entry (created as trusted code), so every case starts clean. */
async function freshTarget(type: EntryType): Promise<string> {
  counter += 1;
  if (type === 'actor') {
    const actor = await cms.strapi.documents(UID.actor).create({ data: { name: `Prüfverein ${counter}`, kind: 'association', shortDescription: 'Ursprünglicher Text' }, status: 'published' });
    const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'member' } });
    const email = `pruefverein-${counter}@example.org`;
    await cms.strapi.plugin('users-permissions').service('user').add({ username: email, email, password: 'demo-Passwort-1', provider: 'local', confirmed: true, blocked: false, role: role.id, actor: actor.documentId });
    actorCaseMember = await cms.client.signIn(email);
    return actor.documentId;
  }
  const data =
    type === 'offering'
      ? { title: `Prüfangebot ${counter}`, summary: 'Ursprünglicher Text', actor: actors.kvhs }
      : { title: `Prüftermin ${counter}`, summary: 'Ursprünglicher Text', startsAt: '2030-01-15T10:00:00.000Z', organiser: actors.kvhs };
  const created = await cms.strapi.documents(UID[type]).create({ data, status: 'published' });
  return created.documentId;
}

type Result = { ok: boolean; refused: boolean; detail: string };

// Refused means: not authorised (401/403, FORBIDDEN over GraphQL), never an input error that
// anyone would get; in every case the database is unchanged.
const fromRest = ({ status, body }: { status: number; body: any }): Result => ({
  ok: status >= 200 && status < 300,
  // Strapi's REST validation refuses a key the caller has no access to (a private relation) before any guard: 400 naming it
  refused: status === 401 || status === 403 || (status === 400 && /^Invalid key memberAccounts$/.test(body?.error?.message)),
  detail: `${status} ${JSON.stringify(body).slice(0, 300)}`,
});
const fromGraphql = ({ body }: { body: any }): Result => {
  const codes = errorCodes({ status: 200, body });
  const firstField = body.data ? Object.values(body.data)[0] : null;
  return {
    ok: !body.errors && firstField !== null && firstField !== undefined,
    // a refusal on permission grounds is FORBIDDEN, never an input error that anyone would get
    refused: codes.length > 0 && codes.every((code) => code === 'FORBIDDEN'),
    detail: JSON.stringify(body).slice(0, 300),
  };
};

async function draftVersion(type: EntryType, documentId: string) {
  const result = await cms.client.rest('GET', `/api/moderation/${type}/${documentId}`, { token: cms.tokens.koordination });
  return result.body.data.version as string;
}

/**
 * Brings the entry into the state the action needs, before the snapshot: a draft to approve is
 * submitted by the owning member over the API, the way members submit (only such a draft waits for
 * review and can be approved).
 */
async function prepare(action: string, type: EntryType, documentId: string) {
  if (action !== 'approve') return;
  const submitted = await cms.client.rest('PUT', `/api/${PLURAL[type]}/${documentId}`, { token: tokenFor('own member', type), body: { data: { [TEXT[type]]: 'Entwurf zur Freigabe' } } });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
}

/** Runs one action through one transport as one caller. */

async function act(action: string, type: EntryType, documentId: string, who: Who, transport: Transport): Promise<Result> {
  const auth = { token: tokenFor(who, type) };
  const rest = (method: string, path: string, body?: unknown) => cms.client.rest(method, path, { ...auth, body }).then(fromRest);
  const gql = (query: string, variables: Record<string, unknown> = {}) => cms.client.graphql(query, { id: documentId, ...variables }, auth).then(fromGraphql);
  const n = NAME[type];
  const update = (data: Record<string, unknown>, status?: string) =>
    transport === 'REST'
      ? rest('PUT', `/api/${PLURAL[type]}/${documentId}${status ? `?status=${status}` : ''}`, { data })
      : gql(`mutation($id: ID!, $data: ${n}Input!) { update${n}(documentId: $id, data: $data${status ? `, status: ${status.toUpperCase()}` : ''}) { documentId } }`, { data });

  switch (action) {
    case 'read published':
      return transport === 'REST' ? rest('GET', `/api/${PLURAL[type]}/${documentId}`) : gql(`query($id: ID!) { ${type}(documentId: $id) { documentId } }`);
    case 'read drafts (moderation view)':
      return transport === 'REST'
        ? rest('GET', who === 'office' ? `/api/moderation/${type}/${documentId}` : `/api/member/entries/${type}/${documentId}`)
        : gql(`query($id: ID!) { entry: ${who === 'office' ? 'moderationEntry' : 'memberEntry'}(type: "${type}", documentId: $id) }`);
    case 'read drafts (generic status)':
      return transport === 'REST' ? rest('GET', `/api/${PLURAL[type]}/${documentId}?status=draft`) : gql(`query($id: ID!) { ${type}(documentId: $id, status: DRAFT) { documentId } }`);
    case 'update':
      return update({ [TEXT[type]]: `Geändert von ${who}` });
    case 'publish through update':
      return update({ [TEXT[type]]: `Sofort live? (${who})` }, 'published');
    case 'withdraw':
      return transport === 'REST' ? rest('POST', `/api/moderation/${type}/${documentId}/withdraw`, {}) : gql(`mutation($id: ID!) { withdrawEntry(type: "${type}", documentId: $id) }`);
    case 'confirm current':
      return transport === 'REST' ? rest('POST', `/api/moderation/${type}/${documentId}/confirm`, {}) : gql(`mutation($id: ID!) { confirmEntry(type: "${type}", documentId: $id) }`);
    case 'delete':
      return transport === 'REST' ? rest('DELETE', `/api/${PLURAL[type]}/${documentId}`) : gql(`mutation($id: ID!) { delete${n}(documentId: $id) { documentId } }`);
    case 'approve': {
      const version = await draftVersion(type, documentId);
      return transport === 'REST'
        ? rest('POST', `/api/moderation/${type}/${documentId}/approve`, { version })
        : gql(`mutation($id: ID!, $version: String!) { approveEntry(type: "${type}", documentId: $id, version: $version) }`, { version });
    }
    case 'set owner': {
      const field = type === 'offering' ? 'actor' : type === 'event' ? 'organiser' : 'memberAccounts';
      const value = type === 'actor' ? [] : actors.drk;
      return update({ [field]: value });
    }
    case 'set slug':
      return update({ slug: `uebernommen-${counter}` });
    case 'set review fields':
      return transport === 'REST' ? update({ lastConfirmedAt: '2020-01-01T00:00:00.000Z', withdrawnAt: null }) : update({ lastConfirmedAt: '2020-01-01T00:00:00.000Z' });
    default:
      throw new Error(`unknown action ${action}`);
  }
}

const WHO: Who[] = ['public', 'own member', 'foreign member', 'office'];
const TYPES: EntryType[] = ['offering', 'event', 'actor'];

const cases = TABLE.flatMap(([action, ...outcomes]) =>
  TYPES.flatMap((type) => WHO.flatMap((who, index) => (['REST', 'GraphQL'] as Transport[]).map((transport) => ({ action, type, who, transport, expected: outcomes[index] })))),
);

describe('permission table', () => {
  it.each(cases)('$who: $action $type via $transport → $expected', async ({ action, type, who, transport, expected }) => {
    const documentId = await freshTarget(type);
    await prepare(action, type, documentId);
    const before = await snapshotDocument(cms, UID[type], documentId);
    const publicBefore = await publishedVersion(cms, UID[type], documentId);
    const result = await act(action, type, documentId, who, transport);

    if (expected === 'refused') {
      expect(result.refused, result.detail).toBe(true);
      expect(result.ok, result.detail).toBe(false);
      // reads change nothing either, so every refusal leaves the document exactly as it was
      expect(await snapshotDocument(cms, UID[type], documentId)).toBe(before);
    } else {
      expect(result.ok, result.detail).toBe(true);
    }
    if (expected === 'draft') {
      // Accepted as a draft: the public version is exactly what it was.
      expect(await publishedVersion(cms, UID[type], documentId)).toBe(publicBefore);
      const draft = await cms.strapi.db.query(UID[type]).findOne({ where: { documentId, publishedAt: null } });
      expect(draft.reviewState).toBe('submitted');
    }
  });
});

describe('creating entries', () => {
  const createCases = CREATE_TABLE.flatMap(([type, ...outcomes]) =>
    (['public', 'own member', 'foreign member', 'office'] as const).flatMap((who, index) => (['REST', 'GraphQL'] as Transport[]).map((transport) => ({ type, who, transport, expected: outcomes[index] }))),
  );

  it.each(createCases)('$who: create $type via $transport → $expected', async ({ type, who, transport, expected }) => {
    counter += 1;
    const owner = who === 'foreign member' ? actors.kvhs : who === 'own member' ? undefined : actors.kvhs;
    const data: Record<string, unknown> =
      type === 'offering' ? { title: `Neues Angebot ${counter}`, summary: 'Neu' } : type === 'event' ? { title: `Neuer Termin ${counter}`, startsAt: '2030-02-01T10:00:00.000Z' } : { name: `Neuer Verein ${counter}`, kind: 'association' };
    if (owner && type !== 'actor') data[type === 'offering' ? 'actor' : 'organiser'] = owner;
    // "foreign member" is drk@ naming the KVHS as owner.
    const tokenOf = who === 'public' ? undefined : who === 'office' ? cms.tokens.koordination : who === 'own member' ? cms.tokens.kvhs : cms.tokens.drk;
    const before = await cms.strapi.db.query(UID[type]).count();
    const result =
      transport === 'REST'
        ? fromRest(await cms.client.rest('POST', `/api/${PLURAL[type]}`, { token: tokenOf, body: { data } }))
        : fromGraphql(await cms.client.graphql(`mutation($data: ${NAME[type]}Input!) { create${NAME[type]}(data: $data) { documentId } }`, { data }, { token: tokenOf }));
    if (expected === 'refused') {
      expect(result.refused, result.detail).toBe(true);
      expect(await cms.strapi.db.query(UID[type]).count()).toBe(before);
      return;
    }
    expect(result.ok, result.detail).toBe(true);
    const rows = await cms.strapi.db.query(UID[type]).findMany({ where: { [TITLE[type]]: data[TITLE[type]] }, populate: type === 'actor' ? [] : [type === 'offering' ? 'actor' : 'organiser'] });
    if (expected === 'draft') {
      expect(rows).toHaveLength(1);
      expect(rows[0].publishedAt).toBeNull();
      expect(rows[0][type === 'offering' ? 'actor' : 'organiser'].documentId).toBe(actors.kvhs);
      expect(rows[0].reviewState).toBe('submitted');
    } else {
      expect(rows.some((row: { publishedAt: string | null }) => row.publishedAt !== null)).toBe(true);
    }
  });
});

describe('files, users and roles', () => {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  const upload = async (path: string, who: Who, file: Buffer, name: string, fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    form.set(path.includes('/api/upload') ? 'files' : 'file', new Blob([new Uint8Array(file)]), name);
    const response = await fetch(new URL(path, cms.baseUrl), { method: 'POST', headers: token(who) ? { authorization: `Bearer ${token(who)}` } : {}, body: form });
    return { status: response.status, body: await response.json().catch(() => null) };
  };

  //  action                 public     own member  foreign member  office
  it.each<[Who, boolean]>([['public', false], ['own member', true], ['foreign member', true], ['office', false]])('upload an image through the member route as %s → %s', async (who, allowed) => {
    const before = await cms.strapi.db.query('plugin::upload.file').count();
    const result = await upload('/api/member/uploads', who, png, 'logo.png');
    expect(result.status, JSON.stringify(result.body)).toBe(allowed ? 201 : 403);
    expect(await cms.strapi.db.query('plugin::upload.file').count()).toBe(before + (allowed ? 1 : 0));
  });

  it('a member upload is checked by content, not by name', async () => {
    const result = await upload('/api/member/uploads', 'own member', Buffer.from('<svg onload="alert(1)"></svg>'), 'logo.png');
    expect(result.status).toBe(400);
  });

  it.each<[Who, boolean]>([['public', false], ['own member', false], ['foreign member', false], ['office', true]])('replace a file through POST /api/upload?id= as %s → allowed: %s', async (who, allowed) => {
    const existing = await upload('/api/member/uploads', 'own member', png, 'original.png');
    const id = existing.body.data.id;
    const before = stableJson(await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id } }));
    const result = await upload(`/api/upload?id=${id}`, who, png, 'ersetzt.png');
    expect(result.status, JSON.stringify(result.body)).toBe(allowed ? 200 : 403);
    expect(stableJson(await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id } })) === before).toBe(!allowed);
  });

  it.each<[Who, boolean]>([['public', false], ['own member', false], ['foreign member', false], ['office', true]])('read users as %s → allowed: %s', async (who, allowed) => {
    const rest = await cms.client.rest('GET', '/api/users', { token: token(who) });
    expect(rest.status).toBe(allowed ? 200 : 403);
    const graphql = await cms.client.graphql('{ usersPermissionsUsers { email } }', {}, { token: token(who) });
    expect(errorCodes(graphql).includes('FORBIDDEN')).toBe(!allowed);
  });

  it.each<Who>(['public', 'own member', 'foreign member', 'office'])('change a role or block a user through the stock user routes as %s → refused', async (who) => {
    const kvhs = await cms.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: 'kvhs@example.org' } });
    const before = stableJson(await cms.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: kvhs.id }, populate: ['role', 'actor'] }));
    const rest = await cms.client.rest('PUT', `/api/users/${kvhs.id}`, { token: token(who), body: { role: roleIds.coordination, blocked: true } });
    expect(rest.status).toBe(403);
    const graphql = await cms.client.graphql(`mutation { updateUsersPermissionsUser(id: "${kvhs.id}", data: { role: "${roleIds.coordination}", blocked: true }) { data { documentId } } }`, {}, { token: token(who) });
    expect(errorCodes(graphql), JSON.stringify(graphql.body)).toEqual(['FORBIDDEN']);
    expect(stableJson(await cms.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: kvhs.id }, populate: ['role', 'actor'] }))).toBe(before);
  });

  it('a member changes its own password only through change-password', async () => {
    const me = await cms.client.rest('GET', '/api/users/me', { token: cms.tokens.drk });
    const other = await cms.client.rest('PUT', `/api/users/${me.body.id}`, { token: cms.tokens.drk, body: { password: 'neues-Passwort-1' } });
    expect(other.status).toBe(403);
  });

  it.each<[Who, number]>([['public', 403], ['own member', 200], ['foreign member', 403], ['office', 200]])('read an internal document of AG Sprache (KVHS is a member, DRK is not) as %s → %s', async (who, status) => {
    const group = await cms.strapi.db.query('api::working-group.working-group').findOne({ where: { slug: 'ag-sprache', publishedAt: { $notNull: true } } });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const stored = await upload('/api/working-group-documents/upload', 'office', pdf, 'protokoll.pdf', { title: 'Protokoll', workingGroup: group.documentId });
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    const response = await fetch(new URL(`/api/working-group-documents/${stored.body.data.documentId}/file`, cms.baseUrl), { headers: token(who) ? { authorization: `Bearer ${token(who)}` } : {} });
    expect(response.status).toBe(status);
    expect(Buffer.from(await response.arrayBuffer()).toString().includes('%PDF-1.4'), 'the file is sent exactly when allowed').toBe(status === 200);
    const listed = await cms.client.rest('GET', '/api/working-group-documents', { token: token(who) });
    expect(listed.status).toBe(who === 'office' ? 200 : 403);
  });
});
