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
