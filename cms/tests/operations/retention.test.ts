import { beforeAll, describe, expect, it } from 'vitest';
import { useCms, db } from '../helpers/suite';
import { applyRetention } from '../../src/retention/apply';
import { retentionPolicy } from '../../src/retention/policy';

/**
 * DSGVO retention with a moved clock: the job is called with a "now" months ahead instead of waiting.
 * Handled reports and applications go after RETENTION_HANDLED_MONTHS (default 6), open ones after
 * RETENTION_OPEN_MONTHS (here 18), snapshots of entries deleted for good lose their personal data
 * after the handled period, deactivated accounts are anonymised after RETENTION_ACCOUNT_MONTHS (12).
 */
const cms = useCms({ RETENTION_OPEN_MONTHS: '18' });
const REPORT = 'api::report.report';
const APPLICATION = 'api::membership-application.membership-application';
const LOG = 'api::moderation-entry.moderation-entry';
const USER = 'plugin::users-permissions.user';
const DAY = 24 * 60 * 60 * 1000;
const monthsAhead = (months: number) => new Date(Date.now() + months * 30.5 * DAY);

let doneReport: string;
let openReport: string;
let doneApplication: string;
let openApplication: string;
let deletedOffering: string;
let drk: { id: number; email: string };

async function submit(route: string, body: unknown, find: { uid: string; where: Record<string, unknown> }) {
  const result = await cms.client.rest('POST', route, { body });
  expect(result.status).toBe(201);
  return (await db(cms, find.uid).findOne({ where: find.where })).documentId as string;
}
const markDone = async (kind: string, documentId: string) =>
  expect((await cms.client.rest('POST', `/api/office/inbox/${kind}/${documentId}/state`, { token: cms.tokens.koordination, body: { data: { handlingState: 'done' } } })).status).toBe(200);
const exists = async (uid: string, documentId: string) => (await db(cms, uid).count({ where: { documentId } })) > 0;
const logOf = (documentId: string) => db(cms, LOG).findMany({ where: { targetDocumentId: documentId }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  doneReport = await submit('/api/reports/submit', { kind: 'contact', message: 'Erledigte Meldung', name: 'Rita Melder', email: 'rita@example.org' }, { uid: REPORT, where: { message: 'Erledigte Meldung' } });
  openReport = await submit('/api/reports/submit', { kind: 'contact', message: 'Offene Meldung', name: 'Otto Offen', email: 'otto@example.org' }, { uid: REPORT, where: { message: 'Offene Meldung' } });
  doneApplication = await submit('/api/membership-applications/submit', { data: { organisationName: 'Verein Erledigt e. V.', contactName: 'Erika Beispiel', email: 'erika@example.org', phone: '0000 1' } }, { uid: APPLICATION, where: { organisationName: 'Verein Erledigt e. V.' } });
  openApplication = await submit('/api/membership-applications/submit', { data: { organisationName: 'Verein Offen e. V.', contactName: 'Olaf Offen', email: 'olaf@example.org' } }, { uid: APPLICATION, where: { organisationName: 'Verein Offen e. V.' } });
  await markDone('report', doneReport);
  await markDone('application', doneApplication);

  // an offering with a contact person: changed by its member, then withdrawn and deleted for good by the office
  deletedOffering = (await db(cms, 'api::offering.offering').findOne({ where: { slug: 'integrationskurs-oschersleben' } })).documentId;
  expect((await cms.client.rest('PUT', `/api/offerings/${deletedOffering}`, { token: cms.tokens.kvhs, body: { data: { summary: 'Neue Zeiten ab Mai.' } } })).status).toBe(200);
  expect((await cms.client.rest('POST', `/api/moderation/offering/${deletedOffering}/withdraw`, { token: cms.tokens.koordination, body: { comment: 'eingestellt' } })).status).toBe(200);
  expect((await cms.client.rest('DELETE', `/api/moderation/offering/${deletedOffering}`, { token: cms.tokens.koordination })).status).toBe(200);

  // a member account that acted (its confirmation is in the log), then was deactivated
  drk = await db(cms, USER).findOne({ where: { email: 'drk@example.org' } });
  const drkOffering = await db(cms, 'api::offering.offering').findOne({ where: { actor: { slug: 'drk-kreisverband-boerde' }, publishedAt: { $notNull: true } } });
  expect((await cms.client.rest('POST', `/api/moderation/offering/${drkOffering.documentId}/confirm`, { token: cms.tokens.drk })).status).toBe(200);
  expect((await cms.client.rest('POST', `/api/accounts/${drk.id}/deactivate`, { token: cms.tokens.koordination })).status).toBe(200);
});

describe('the retention periods', () => {
  it('are public, from the one configuration, over REST and GraphQL', async () => {
    const rest = await cms.client.rest('GET', '/api/retention-policy');
    expect(rest).toEqual({ status: 200, body: { data: { handledMonths: 6, openMonths: 18, accountMonths: 12, registrationMonths: 3 } } });
    const graphql = await cms.client.graphql('{ retentionPolicy { handledMonths openMonths accountMonths registrationMonths } }');
    expect(graphql.body.data.retentionPolicy).toEqual({ handledMonths: 6, openMonths: 18, accountMonths: 12, registrationMonths: 3 });
  });

  it('refuse a value that is no number of months, naming the variable', () => {
    expect(() => retentionPolicy({ RETENTION_ACCOUNT_MONTHS: 'zwölf' })).toThrow(/RETENTION_ACCOUNT_MONTHS/);
    expect(() => retentionPolicy({ RETENTION_HANDLED_MONTHS: '0' })).toThrow(/RETENTION_HANDLED_MONTHS/);
  });
});

describe('the daily retention job, with the clock moved ahead', () => {
  it('after 5 months keeps everything', async () => {
    const logBefore = await logOf(deletedOffering);
    const result = await applyRetention(cms.strapi, monthsAhead(5));
    expect(result).toEqual({ deletedSubmissions: { [REPORT]: 0, [APPLICATION]: 0 }, scrubbedLogEntries: 0, anonymisedAccounts: 0, deletedRegistrations: 0 });
    for (const [uid, id] of [[REPORT, doneReport], [REPORT, openReport], [APPLICATION, doneApplication], [APPLICATION, openApplication]]) expect(await exists(uid, id)).toBe(true);
    expect(await logOf(deletedOffering)).toEqual(logBefore);
  });

  it('after 7 months deletes handled reports and applications and empties the personal data of deleted entries in the log, keeping the rest', async () => {
    const logBefore = await logOf(deletedOffering);
    const othersBefore = await db(cms, LOG).findMany({ where: { targetDocumentId: { $ne: deletedOffering } }, orderBy: { id: 'asc' } });
    expect(othersBefore.length).toBeGreaterThan(0);
    expect(JSON.stringify(logBefore.map((entry) => entry.snapshot))).toContain('kvhs-oschersleben@example.org');
    const result = await applyRetention(cms.strapi, monthsAhead(7));
    expect(result.deletedSubmissions).toEqual({ [REPORT]: 1, [APPLICATION]: 1 });
    expect([await exists(REPORT, doneReport), await exists(APPLICATION, doneApplication)]).toEqual([false, false]);
    expect([await exists(REPORT, openReport), await exists(APPLICATION, openApplication)]).toEqual([true, true]);

    const logAfter = await logOf(deletedOffering);
    expect(result.scrubbedLogEntries).toBeGreaterThanOrEqual(1);
    const text = JSON.stringify(logAfter.map((entry) => entry.snapshot));
    for (const personal of ['kvhs-oschersleben@example.org', 'Sabine Kettler', '0000 310130']) expect(text).not.toContain(personal);
    // the log itself stays: same entries, actions, people, times and the rest of the content
    expect(logAfter.map(({ snapshot: _s, updatedAt: _u, ...rest }) => rest)).toEqual(logBefore.map(({ snapshot: _s, updatedAt: _u, ...rest }) => rest));
    expect(text).toContain('Neue Zeiten ab Mai.');
    const deleted = logAfter.find((entry) => entry.action === 'deleted');
    expect(JSON.stringify(deleted.snapshot)).toContain('"contactPerson":null');
    // the log entries of other documents stay exactly as they were
    expect(await db(cms, LOG).findMany({ where: { targetDocumentId: { $ne: deletedOffering } }, orderBy: { id: 'asc' } })).toEqual(othersBefore);
    // the deactivated account is not due yet
    expect((await db(cms, USER).findOne({ where: { id: drk.id } })).email).toBe('drk@example.org');
  });

  it('after 13 months anonymises the deactivated account, and the log no longer names it; active accounts stay', async () => {
    expect((await db(cms, LOG).count({ where: { byUserId: drk.id, byEmail: 'drk@example.org' } }))).toBeGreaterThan(0);
    const result = await applyRetention(cms.strapi, monthsAhead(13));
    expect(result.anonymisedAccounts).toBe(1);
    const account = await db(cms, USER).findOne({ where: { id: drk.id } });
    expect(account).toMatchObject({ email: `anonymisiert-${drk.id}@invalid.example`, username: `anonymisiert-${drk.id}`, password: null, blocked: true });
    expect(await db(cms, LOG).count({ where: { byEmail: 'drk@example.org' } })).toBe(0);
    expect(await db(cms, LOG).count({ where: { byUserId: drk.id } })).toBeGreaterThan(0);
    expect((await db(cms, USER).findOne({ where: { email: 'kvhs@example.org' } })).blocked).toBe(false);
    // the open submissions are kept until their own period (18 months here)
    expect([await exists(REPORT, openReport), await exists(APPLICATION, openApplication)]).toEqual([true, true]);
    // a second run finds nothing more to do
    expect((await applyRetention(cms.strapi, monthsAhead(13))).anonymisedAccounts).toBe(0);
  });

  it('after 19 months deletes open reports and applications too', async () => {
    const result = await applyRetention(cms.strapi, monthsAhead(19));
    expect(result.deletedSubmissions).toEqual({ [REPORT]: 1, [APPLICATION]: 1 });
    expect([await exists(REPORT, openReport), await exists(APPLICATION, openApplication)]).toEqual([false, false]);
  });
});
