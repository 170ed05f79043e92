import { describe, expect, it } from 'vitest';
import { useCms, db } from '../helpers/suite';
import { errorCodes } from '../helpers/http';

/** The public writes only reports and membership applications, and only their listed fields. */
const cms = useCms();
const REPORT = 'api::report.report';

const lastReport = () => db(cms, REPORT).findOne({ orderBy: { id: 'desc' } });

describe('reports', () => {
  it('stores only the listed fields when extra fields are sent (REST)', async () => {
    const offering = await db(cms, 'api::offering.offering').findOne({ where: { slug: 'integrationskurs-haldensleben', publishedAt: { $notNull: true } } });
    const result = await cms.client.rest('POST', '/api/reports/submit', {
      body: {
        kind: 'outdated_information',
        message: 'Die Telefonnummer stimmt nicht mehr.',
        subjectType: 'offering',
        subjectDocumentId: offering.documentId,
        handlingState: 'done',
        officeNote: 'von außen gesetzt',
        handledAt: '2020-01-01T00:00:00.000Z',
        publishedAt: '2020-01-01T00:00:00.000Z',
        createdBy: 1,
        id: 999999,
      },
    });
    expect(result.status).toBe(201);
    expect(result.body.data.receivedAt).toBeTruthy();
    const stored = await lastReport();
    expect(stored.id).not.toBe(999999);
    expect(stored.message).toBe('Die Telefonnummer stimmt nicht mehr.');
    expect(stored.subjectDocumentId).toBe(offering.documentId);
    expect(stored.handlingState).toBe('open');
    expect(stored.officeNote).toBeNull();
    expect(stored.handledAt).toBeNull();
  });

  it('stores a report through the GraphQL mutation', async () => {
    const result = await cms.client.graphql('mutation($data: ReportSubmissionInput!) { submitReport(data: $data) { receivedAt } }', {
      data: { kind: 'accessibility_feedback', message: 'Der Kontrast der Schaltflächen ist zu schwach.', email: 'besucherin@example.org', locale: 'ar' },
    });
    expect(result.body.errors).toBeUndefined();
    const stored = await lastReport();
    expect(stored).toMatchObject({ kind: 'accessibility_feedback', email: 'besucherin@example.org', locale: 'ar', handlingState: 'open' });
  });

  it('GraphQL does not accept fields outside the submission input', async () => {
    const before = await db(cms, REPORT).count();
    const result = await cms.client.graphql('mutation { submitReport(data: { kind: "contact", message: "Hallo zusammen", handlingState: "done" }) { receivedAt } }');
    // not a field of the input type at all: invalid input, for anyone
    expect(errorCodes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.body.errors?.[0]?.message).toMatch(/"handlingState" is not defined by type "ReportSubmissionInput"/);
    expect(await db(cms, REPORT).count()).toBe(before);
  });

  const invalid: Array<[string, Record<string, unknown>, string]> = [
    ['a missing message', { kind: 'contact' }, 'message'],
    ['an oversized message', { kind: 'contact', message: 'x'.repeat(5001) }, 'message'],
    ['an unknown kind', { kind: 'spam', message: 'Hallo zusammen' }, 'kind'],
    ['an invalid e-mail', { kind: 'contact', message: 'Hallo zusammen', email: 'keine-adresse' }, 'email'],
    ['an unknown locale', { kind: 'contact', message: 'Hallo zusammen', locale: 'xx' }, 'locale'],
    ['an unknown subject', { kind: 'outdated_information', message: 'Hallo zusammen', subjectType: 'offering', subjectDocumentId: 'doesnotexist' }, 'subjectDocumentId'],
  ];

  it.each(invalid)('refuses %s with a 400 naming the field, and stores nothing', async (_name, body, field) => {
    const before = await db(cms, REPORT).count();
    const result = await cms.client.rest('POST', '/api/reports/submit', { body });
    expect(result.status).toBe(400);
    expect(result.body.error.name).toBe('ValidationError');
    expect(result.body.error.details.fields).toHaveProperty(field);
    expect(await db(cms, REPORT).count()).toBe(before);
  });

  it('refuses a filled honeypot field and stores nothing', async () => {
    const before = await db(cms, REPORT).count();
    const rest = await cms.client.rest('POST', '/api/reports/submit', { body: { kind: 'contact', message: 'Billige Uhren', website: 'https://spam.example.net' } });
    expect(rest.status).toBe(400);
    const graphql = await cms.client.graphql('mutation { submitReport(data: { kind: "contact", message: "Billige Uhren", website: "x" }) { receivedAt } }');
    expect(errorCodes(graphql)).toEqual(['BAD_USER_INPUT']);
    expect(await db(cms, REPORT).count()).toBe(before);
  });

  it('refuses a body that is not an object', async () => {
    const result = await cms.client.rest('POST', '/api/reports/submit', { body: ['kind', 'contact'] });
    expect(result.status).toBe(400);
  });
});

describe('membership applications', () => {
  it('stores only the listed fields', async () => {
    const result = await cms.client.rest('POST', '/api/membership-applications/submit', {
      body: { data: { organisationName: 'Nachbarschaftshilfe Beispieldorf e. V.', contactName: 'Erika Beispiel', email: 'kontakt@example.org', handlingState: 'done', officeNote: 'x' } },
    });
    expect(result.status).toBe(201);
    const stored = await db(cms, 'api::membership-application.membership-application').findOne({ orderBy: { id: 'desc' } });
    expect(stored).toMatchObject({ organisationName: 'Nachbarschaftshilfe Beispieldorf e. V.', handlingState: 'open', officeNote: null });
  });

  it('works through GraphQL and validates the e-mail', async () => {
    const ok = await cms.client.graphql('mutation { submitMembershipApplication(data: { organisationName: "Tafel Beispielstadt", contactName: "Max Muster", email: "tafel@example.org" }) { receivedAt } }');
    expect(ok.body.errors).toBeUndefined();
    const bad = await cms.client.graphql('mutation { submitMembershipApplication(data: { organisationName: "Tafel", contactName: "Max", email: "nope" }) { receivedAt } }');
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});
