import { describe, expect, it } from 'vitest';
import { stableJson } from '../helpers/snapshot';
import { useCms } from '../helpers/suite';
import { errorCodes } from '../helpers/http';

/**
 * Municipalities, working groups, news, pages, taxonomies and settings are the office's:
 * members and the public change nothing there, over REST or GraphQL. Written by hand:
 *   type            REST path                 GraphQL name     create data
 */
const cms = useCms();

const TYPES: Array<[uid: string, path: string, name: string, data: Record<string, unknown>]> = [
  ['api::municipality.municipality', 'municipalities', 'Municipality', { name: 'Neudorf', kind: 'member_municipality' }],
  ['api::working-group.working-group', 'working-groups', 'WorkingGroup', { name: 'AG Neu', purpose: 'Test' }],
  ['api::news-article.news-article', 'news-articles', 'NewsArticle', { title: 'Meldung', date: '2026-01-01', responsiblePerson: 'N. N.' }],
  ['api::page.page', 'pages', 'Page', { title: 'Seite', key: 'other' }],
  ['api::topic.topic', 'topics', 'Topic', { name: 'Neues Thema' }],
  ['api::target-group.target-group', 'target-groups', 'TargetGroup', { name: 'Neue Zielgruppe' }],
  ['api::language.language', 'languages', 'Language', { code: 'xx', name: 'Testsprache' }],
];

const snapshot = async (uid: string) => stableJson(await cms.strapi.db.query(uid).findMany({ orderBy: { id: 'asc' } }));

describe.each(TYPES)('%s', (uid, path, name, data) => {
  it.each(['kvhs', 'public'])('%s cannot create, update or delete (REST and GraphQL)', async (who) => {
    const token = who === 'public' ? undefined : cms.tokens[who];
    const existing = await cms.strapi.db.query(uid).findOne({ where: {}, orderBy: { id: 'asc' } });
    const before = await snapshot(uid);
    for (const [method, url, body] of [
      ['POST', `/api/${path}`, { data }],
      ['PUT', `/api/${path}/${existing.documentId}`, { data }],
      ['DELETE', `/api/${path}/${existing.documentId}`, undefined],
    ] as const) {
      const result = await cms.client.rest(method, url, { token, body });
      expect(result.status, `${method} ${url}`).toBe(403);
    }
    const create = await cms.client.graphql(`mutation($data: ${name}Input!) { create${name}(data: $data) { documentId } }`, { data }, { token });
    const update = await cms.client.graphql(`mutation($id: ID!, $data: ${name}Input!) { update${name}(documentId: $id, data: $data) { documentId } }`, { id: existing.documentId, data }, { token });
    const remove = await cms.client.graphql(`mutation($id: ID!) { delete${name}(documentId: $id) { documentId } }`, { id: existing.documentId }, { token });
    for (const result of [create, update, remove]) expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(await snapshot(uid)).toBe(before);
  });

  it('the office creates, and what it creates is live', async () => {
    const result = await cms.client.rest('POST', `/api/${path}`, { token: cms.tokens.koordination, body: { data } });
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    const rows = await cms.strapi.db.query(uid).findMany({ where: { documentId: result.body.data.documentId } });
    expect(rows.some((row: { publishedAt: string | null }) => row.publishedAt !== null)).toBe(true);
  });
});

describe('site settings', () => {
  it('only the office changes the single type', async () => {
    const before = await snapshot('api::global.global');
    expect((await cms.client.rest('PUT', '/api/global', { token: cms.tokens.kvhs, body: { data: { motto: 'Gekapert' } } })).status).toBe(403);
    expect(await snapshot('api::global.global')).toBe(before);
    expect((await cms.client.rest('PUT', '/api/global', { token: cms.tokens.koordination, body: { data: { motto: 'Austauschen und helfen!' } } })).status).toBe(200);
  });
});

describe('translations', () => {
  it('a member adds a translation of its own offering as a draft; the public text stays until approved', async () => {
    const offering = await cms.strapi.db.query('api::offering.offering').findOne({ where: { slug: 'integrationskurs-haldensleben', publishedAt: { $notNull: true } }, populate: { translations: true } });
    const translations = offering.translations.map(({ id: _id, ...rest }: Record<string, unknown>) => rest);
    translations.push({ locale: 'fa', title: 'دوره ادغام در هالدنسلبن' });
    const saved = await cms.client.graphql('mutation($id: ID!, $data: OfferingInput!) { updateOffering(documentId: $id, data: $data) { documentId } }', { id: offering.documentId, data: { translations } }, { token: cms.tokens.kvhs });
    expect(saved.body.errors).toBeUndefined();
    const publicText = await cms.client.graphql('query($id: ID!) { offering(documentId: $id) { localized(locale: "fa") { title fallbackFields } } }', { id: offering.documentId });
    expect(publicText.body.data.offering.localized.fallbackFields).toContain('title');
    const draft = await cms.client.rest('GET', `/api/member/entries/offering/${offering.documentId}`, { token: cms.tokens.kvhs });
    expect(draft.body.data.draft.translations.map((t: { locale: string }) => t.locale)).toContain('fa');
    expect(draft.body.data.changedFields).toEqual(['translations']);
  });

  it('a translation for an unknown locale is refused with a message for the field', async () => {
    const offering = await cms.strapi.db.query('api::offering.offering').findOne({ where: { slug: 'integrationskurs-haldensleben', publishedAt: { $notNull: true } } });
    const result = await cms.client.rest('PUT', `/api/offerings/${offering.documentId}`, { token: cms.tokens.kvhs, body: { data: { translations: [{ locale: 'xx', title: 'x' }] } } });
    expect(result.status).toBe(400);
  });
});
