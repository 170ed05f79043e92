import { beforeAll, describe, expect, it } from 'vitest';
import { useCms, db } from '../helpers/suite';
import { refuseControlCharacters } from '../../src/content/plain-text';

/**
 * Names and titles leave the CMS in iCalendar files, e-mail subjects and HTML: a line break there
 * once added a property to every .ics of an organisation's events. One-line fields refuse every
 * control character, multi-line fields allow line breaks only; for members and the office, over
 * REST and GraphQL alike, with a 400 that names the field and nothing stored.
 */
const cms = useCms();
const OFFERING = 'api::offering.offering';
let offering: string;

const versions = async () =>
  (await db(cms, OFFERING).findMany({ where: { documentId: offering }, orderBy: { id: 'asc' } })).map((row: Record<string, unknown>) => ({
    id: row.id,
    title: row.title,
    summary: row.summary,
    translations: row.translations,
    updatedAt: String(row.updatedAt),
  }));

beforeAll(async () => {
  offering = (await db(cms, OFFERING).findOne({ where: { slug: 'integrationskurs-haldensleben' } })).documentId;
});

const HOSTILE_TITLES = ['Kurs\nURL:https://evil.example/', 'Kurs\r\nX: 1', 'Kurs\rX', 'Kurs\tTab', 'Kurs\u0000', 'Kurs\u0085', 'Kurs\u2028'];

describe('one-line fields refuse control characters', () => {
  it.each([
    ['member', 'kvhs'],
    ['office', 'koordination'],
  ])('the %s over REST: 400 naming the field, nothing stored', async (_, who) => {
    for (const title of HOSTILE_TITLES) {
      const before = await versions();
      const { status, body } = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens[who], body: { data: { title } } });
      expect([status, body.error?.name], JSON.stringify(title)).toEqual([400, 'ValidationError']);
      expect(body.error.message).toBe('Unerlaubte Zeichen in: title');
      expect(body.error.details.errors).toEqual([expect.objectContaining({ path: ['title'] })]);
      expect(await versions()).toEqual(before);
    }
  });

  it.each([
    ['member', 'kvhs'],
    ['office', 'koordination'],
  ])('the %s over GraphQL: refused with the field named, nothing stored', async (_, who) => {
    const before = await versions();
    const { body } = await cms.client.graphql(
      'mutation ($id: ID!, $title: String!) { updateOffering(documentId: $id, data: { title: $title }) { documentId } }',
      { id: offering, title: 'Kurs\nURL:https://evil.example/' },
      { token: cms.tokens[who] },
    );
    expect(body.data?.updateOffering ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toBe('Unerlaubte Zeichen in: title');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await versions()).toEqual(before);
  });

  it('names a field of a translation and of a component', async () => {
    const before = await versions();
    const { status, body } = await cms.client.rest('PUT', `/api/offerings/${offering}`, {
      token: cms.tokens.koordination,
      body: { data: { translations: [{ locale: 'en', title: 'Course\r\nURL:x' }], contact: { contactPerson: 'Frau\tMüller' } } },
    });
    expect(status).toBe(400);
    expect(body.error.message).toBe('Unerlaubte Zeichen in: translations.0.title, contact.contactPerson');
    expect(await versions()).toEqual(before);
  });

  it('refuses a topic name of the office and a name in a public report', async () => {
    const topic = await db(cms, 'api::topic.topic').findOne({ where: {} });
    const renamed = await cms.client.rest('PUT', `/api/topics/${topic.documentId}`, { token: cms.tokens.koordination, body: { data: { name: 'Sprache\nURL:x' } } });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.message).toBe('Unerlaubte Zeichen in: name');
    expect((await db(cms, 'api::topic.topic').findOne({ where: { id: topic.id } })).name).toBe(topic.name);

    const reports = await db(cms, 'api::report.report').count();
    const report = await cms.client.rest('POST', '/api/reports/submit', { body: { kind: 'contact', message: 'Hallo', name: 'Max\r\nBcc: x@example.org' } });
    expect(report.status).toBe(400);
    expect(report.body.error.message).toBe('Unerlaubte Zeichen in: name');
    expect(await db(cms, 'api::report.report').count()).toBe(reports);
  });
});

describe('multi-line fields keep their line breaks', () => {
  it('a member saves a summary and a description with line breaks', async () => {
    const summary = 'Zeile 1\nZeile 2\r\nZeile 3';
    const description = [{ type: 'paragraph', children: [{ type: 'text', text: 'Absatz mit\nUmbruch' }] }];
    const { status } = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { summary, description } } });
    expect(status).toBe(200);
    const draft = await db(cms, OFFERING).findOne({ where: { documentId: offering, publishedAt: null } });
    expect(draft.summary).toBe(summary);
    expect(draft.description).toEqual(description);
  });

  it('but no other control characters, not even a tab or a lone CR', async () => {
    for (const summary of ['Zeile\tmit Tab', 'Zeile\rallein', 'Glocke\u0007']) {
      const { status, body } = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { summary } } });
      expect([status, body.error?.message], JSON.stringify(summary)).toEqual([400, 'Unerlaubte Zeichen in: summary']);
    }
    const { body } = await cms.client.rest('PUT', `/api/offerings/${offering}`, {
      token: cms.tokens.kvhs,
      body: { data: { description: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text\u001b[31m' }] }] } },
    });
    expect(body.error?.message).toBe('Unerlaubte Zeichen in: description.0.children.0.text');
  });
});

describe('the demo data', () => {
  it('passes the same check, every entry of every content type', async () => {
    let checked = 0;
    for (const uid of Object.keys(cms.strapi.contentTypes).filter((name) => name.startsWith('api::'))) {
      const model = cms.strapi.getModel(uid);
      const populate = Object.entries(model.attributes)
        .filter(([, attribute]: [string, any]) => attribute.type === 'component')
        .map(([name]) => name);
      for (const row of await db(cms, uid).findMany({ populate })) {
        expect(() => refuseControlCharacters(cms.strapi, uid, row), `${uid} ${row.documentId}`).not.toThrow();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
