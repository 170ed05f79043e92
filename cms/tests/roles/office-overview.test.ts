import { beforeAll, describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';

/** The office's inbox (private handling state) and translation overview, over real HTTP. */
const cms = useCms();
const OFFERING = 'api::offering.offering';
const SECOND_OFFERING = 'fussball-sv-einheit-voelpke';
let offering: string;

beforeAll(async () => {
  offering = (await cms.strapi.db.query(OFFERING).findOne({ where: { slug: 'integrationskurs-haldensleben' } })).documentId;
});

type Report = { documentId: string; message: string; handlingState: string; handledAt: string | null; subject: { title: string; slug: string; published: boolean } | null };
const inbox = async (token = cms.tokens.koordination) => cms.client.rest('GET', '/api/office/inbox', { token });
const findReport = async (message: string) => ((await inbox()).body.data.reports as Report[]).find((report) => report.message === message);

describe('the inbox', () => {
  it('lists a public report with its handling state and the entry it is about; done and open again', async () => {
    const message = `Die Kurszeiten stimmen nicht mehr (${Date.now()}).`;
    const submitted = await cms.client.rest('POST', '/api/reports/submit', { body: { kind: 'outdated_information', message, subjectType: 'offering', subjectDocumentId: offering } });
    expect(submitted.status).toBe(201);

    const report = await findReport(message);
    expect(report).toMatchObject({ handlingState: 'open', handledAt: null, subject: { title: 'Integrationskurs in Haldensleben', slug: 'integrationskurs-haldensleben', published: true } });

    const done = await cms.client.rest('POST', `/api/office/inbox/report/${report!.documentId}/state`, { token: cms.tokens.koordination, body: { data: { handlingState: 'done' } } });
    expect(done.status).toBe(200);
    const stored = await cms.strapi.db.query('api::report.report').findOne({ where: { documentId: report!.documentId } });
    expect(stored.handlingState).toBe('done');
    expect(new Date(stored.handledAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    await cms.client.rest('POST', `/api/office/inbox/report/${report!.documentId}/state`, { token: cms.tokens.koordination, body: { data: { handlingState: 'open' } } });
    expect(await findReport(message)).toMatchObject({ handlingState: 'open', handledAt: null });
  });

  it('lists membership applications and refuses unknown states', async () => {
    await cms.client.rest('POST', '/api/membership-applications/submit', { body: { organisationName: 'Nachbarschaftshilfe Test', contactName: 'Erika Muster', email: 'erika@example.org' } });
    const application = (await inbox()).body.data.applications.find((entry: { organisationName: string }) => entry.organisationName === 'Nachbarschaftshilfe Test');
    expect(application).toMatchObject({ handlingState: 'open', email: 'erika@example.org' });
    const wrong = await cms.client.rest('POST', `/api/office/inbox/application/${application.documentId}/state`, { token: cms.tokens.koordination, body: { data: { handlingState: 'vielleicht' } } });
    expect(wrong.status).toBe(400);
    const unknown = await cms.client.rest('POST', '/api/office/inbox/report/doesnotexist/state', { token: cms.tokens.koordination, body: { data: { handlingState: 'done' } } });
    expect(unknown.status).toBe(404);
  });

  it('is refused to members and the public, who cannot change a handling state either', async () => {
    expect((await inbox(cms.tokens.kvhs)).status).toBe(403);
    expect((await cms.client.rest('GET', '/api/office/inbox')).status).toBe(403);
    const message = `Bitte um Rückruf (${Date.now()}).`;
    await cms.client.rest('POST', '/api/reports/submit', { body: { kind: 'contact', message } });
    const report = (await findReport(message))!;
    const refused = await cms.client.rest('POST', `/api/office/inbox/report/${report.documentId}/state`, { token: cms.tokens.kvhs, body: { data: { handlingState: 'done' } } });
    expect(refused.status).toBe(403);
    expect((await findReport(message))!.handlingState).toBe('open');
  });
});

describe('the inbox in pages', () => {
  const REPORT = 'api::report.report';
  const page = async (query: string, token = cms.tokens.koordination) => cms.client.rest('GET', `/api/office/inbox?${query}`, { token });

  it('pages open reports newest first, with totals that match the database, every report on exactly one page', async () => {
    for (let n = 0; n < 5; n++) {
      const submitted = await cms.client.rest('POST', '/api/reports/submit', { body: { kind: 'contact', message: `Seitenprobe ${n} (${Date.now()})` } });
      expect(submitted.status).toBe(201);
    }
    const open = await cms.strapi.db.query(REPORT).count({ where: { handlingState: 'open' } });
    const done = await cms.strapi.db.query(REPORT).count({ where: { handlingState: 'done' } });
    const applications = await cms.strapi.db.query('api::membership-application.membership-application').count({ where: { handlingState: 'open' } });
    expect(open).toBeGreaterThanOrEqual(5);
    const first = await page('state=open&pageSize=2');
    expect(first.status).toBe(200);
    expect(first.body.data.pagination.reports).toEqual({ page: 1, pageSize: 2, total: open, pageCount: Math.ceil(open / 2) });
    expect(first.body.data.counts.open).toBe(open + applications);
    expect(first.body.data.counts.done).toBe(done + (await cms.strapi.db.query('api::membership-application.membership-application').count({ where: { handlingState: 'done' } })));
    expect(first.body.data.reports).toHaveLength(2);
    const seen: string[] = [];
    for (let n = 1; n <= Math.ceil(open / 2); n++) {
      const reports = (await page(`state=open&pageSize=2&reportsPage=${n}`)).body.data.reports as Array<Report & { createdAt: string }>;
      expect(reports.every((report) => report.handlingState === 'open')).toBe(true);
      for (let i = 1; i < reports.length; i++) expect(reports[i - 1].createdAt >= reports[i].createdAt).toBe(true);
      seen.push(...reports.map((report) => report.documentId));
    }
    expect(seen).toHaveLength(open);
    expect(new Set(seen).size).toBe(open);
    expect((await page(`state=open&pageSize=2&reportsPage=${Math.ceil(open / 2) + 1}`)).body.data.reports).toEqual([]);
  });

  it('answers nonsense paging with 400 and a message, and stays closed to members', async () => {
    for (const query of ['pageSize=0', 'pageSize=101', 'reportsPage=abc', 'applicationsPage=-1', 'reportsPage=1.5', 'state=vielleicht']) {
      const response = await page(query);
      expect(response.status, query).toBe(400);
      expect(response.body.error.message, query).toMatch(/pageSize|reportsPage|applicationsPage|state/);
    }
    expect((await page('state=open&pageSize=2', cms.tokens.kvhs)).status).toBe(403);
  });
});

describe('the translation overview', () => {
  type Item = { type: string; documentId: string; translations: Record<string, string> };
  const overview = async (token = cms.tokens.koordination) => cms.client.rest('GET', '/api/office/translations', { token });

  it('shows missing and current translations, and outdated ones after the German text changes', async () => {
    const before = ((await overview()).body.data as Item[]).find((item) => item.documentId === offering)!;
    expect(before.translations.en).toBe('current');
    expect(before.translations.fa).toBe('missing');
    expect(Object.keys(before.translations)).toEqual(['en', 'fr', 'ar', 'ru', 'ro', 'pl', 'uk', 'fa']);

    const saved = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { summary: 'Neuer Kurs ab März, jetzt auch samstags.' } } });
    expect(saved.status).toBe(200);
    const after = ((await overview()).body.data as Item[]).find((item) => item.documentId === offering)!;
    expect(after.translations.en).toBe('outdated');
    expect(after.translations.fa).toBe('missing');
  });

  it('leaves out withdrawn entries and is for the office only', async () => {
    const withdrawn = (await cms.strapi.db.query(OFFERING).findOne({ where: { slug: SECOND_OFFERING } })).documentId;
    const listed = async () => ((await overview()).body.data as Item[]).some((item) => item.documentId === withdrawn);
    expect(await listed()).toBe(true);
    expect((await cms.client.rest('POST', `/api/moderation/offering/${withdrawn}/withdraw`, { token: cms.tokens.koordination, body: {} })).status).toBe(200);
    expect(await listed()).toBe(false);
    const items = (await overview()).body.data as Item[];
    expect(items.length).toBeGreaterThan(10);
    expect((await overview(cms.tokens.kvhs)).status).toBe(403);
    expect((await cms.client.rest('GET', '/api/office/translations')).status).toBe(403);
  });
});
