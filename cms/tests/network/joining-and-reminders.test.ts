import { beforeAll, describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';
import { outbox, recipients, type OutboxMessage } from '../helpers/mail';
import { runMonthlyReminders } from '../../src/reminders/send';

/**
 * Issue 13 items 1, 2 and 5 against a real Strapi over real HTTP with real JWTs: membership
 * applications accepted or declined by the office (and by nobody else), the monthly reminder mail
 * with its one-click confirmation links, "send reminder now", the office's CSV exports and the
 * public open-data export.
 */
const cms = useCms();
let mail: ReturnType<typeof outbox>;
const APPLICATION = 'api::membership-application.membership-application';
const ACTOR = 'api::actor.actor';
const OFFERING = 'api::offering.offering';
const USER = 'plugin::users-permissions.user';
const LOG = 'api::moderation-entry.moderation-entry';
const q = (uid: string) => cms.strapi.db.query(uid as never);

beforeAll(() => {
  mail = outbox(cms.mailDir);
});

let counter = 0;
async function apply(overrides: Record<string, string> = {}) {
  counter += 1;
  const organisationName = `Nachbarschaftshilfe Probe ${counter} ${Date.now()}`;
  const data = { organisationName, contactName: 'Erika Muster', email: `antrag${counter}-${Date.now()}@example.org`, phone: '03904 1234', municipalityName: 'Haldensleben', message: 'Wir möchten mitmachen.', ...overrides };
  const submitted = await cms.client.rest('POST', '/api/membership-applications/submit', { body: { data } });
  expect(submitted.status).toBe(201);
  const row = await q(APPLICATION).findOne({ where: { organisationName: data.organisationName } });
  return { ...data, documentId: row.documentId as string };
}
const accept = (documentId: string, token?: string) => cms.client.rest('POST', `/api/office/applications/${documentId}/accept`, { token });
const decline = (documentId: string, reason: unknown, token?: string) => cms.client.rest('POST', `/api/office/applications/${documentId}/decline`, { token, body: { data: { reason } } });
const ACCEPT_MUTATION = 'mutation Accept($documentId: ID!) { acceptMembershipApplication(documentId: $documentId) }';
const mailsTo = (address: string) => mail.read().filter((message) => recipients(message).includes(address));
const countActors = (name: string) => q(ACTOR).count({ where: { name } });

describe('membership applications: the public form', () => {
  it('refuses bad input with the fields named and stores nothing', async () => {
    const before = await q(APPLICATION).count();
    const bad = await cms.client.rest('POST', '/api/membership-applications/submit', { body: { data: { organisationName: '', contactName: 'X', email: 'keine-adresse' } } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details.fields).sort()).toEqual(['email', 'organisationName']);
    const honeypot = await cms.client.rest('POST', '/api/membership-applications/submit', { body: { data: { organisationName: 'Bot', contactName: 'Bot', email: 'bot@example.org', website: 'http://spam.example' } } });
    expect(honeypot.status).toBe(400);
    expect(await q(APPLICATION).count()).toBe(before);
  });
});

describe('membership applications: accept', () => {
  it('is refused to the public and to members, over REST and GraphQL, and changes nothing', async () => {
    const application = await apply();
    for (const token of [undefined, cms.tokens.kvhs]) {
      expect((await accept(application.documentId, token)).status, `REST ${token ? 'member' : 'public'}`).toBe(403);
      expect((await decline(application.documentId, 'Nein', token)).status).toBe(403);
      const viaGraphql = await cms.client.graphql(ACCEPT_MUTATION, { documentId: application.documentId }, { token });
      expect(viaGraphql.body.errors?.length ?? 0, `GraphQL ${token ? 'member' : 'public'}`).toBeGreaterThan(0);
      expect(viaGraphql.body.data?.acceptMembershipApplication ?? null).toBeNull();
    }
    const stored = await q(APPLICATION).findOne({ where: { documentId: application.documentId } });
    expect(stored).toMatchObject({ decision: null, handlingState: 'open', actorDocumentId: null });
    expect(await countActors(application.organisationName)).toBe(0);
    expect(await q(USER).count({ where: { email: application.email } })).toBe(0);
  });

  it('creates the organisation as an unpublished actor, invites its first account, logs it; a second accept is 409 and creates nothing', async () => {
    mail.clear();
    const application = await apply();
    const accepted = await accept(application.documentId, cms.tokens.koordination);
    expect(accepted.status).toBe(200);
    const actorDocumentId = accepted.body.data.actorDocumentId as string;

    const versions = await q(ACTOR).findMany({ where: { documentId: actorDocumentId }, populate: ['contact', 'municipalities'] });
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ name: application.organisationName, publishedAt: null, contact: { contactPerson: 'Erika Muster', email: application.email } });
    expect(versions[0].municipalities.map((m: { slug: string }) => m.slug)).toEqual(['haldensleben']);
    // not public: the public API does not know it
    expect((await cms.client.rest('GET', `/api/actors/${actorDocumentId}`)).status).toBe(404);

    const account = await q(USER).findOne({ where: { email: application.email }, populate: ['role', 'actor'] });
    expect(account).toMatchObject({ role: { type: 'member' }, actor: { documentId: actorDocumentId }, blocked: false });
    const invitations = mailsTo(application.email);
    expect(invitations).toHaveLength(1);
    expect(invitations[0].subject).toBe('Ihr Zugang zum Netzwerk Integration Börde');
    expect(invitations[0].text).toContain(`/mitglieder/passwort-neu?code=${account.resetPasswordToken}`);

    expect(await q(APPLICATION).findOne({ where: { documentId: application.documentId } })).toMatchObject({ decision: 'accepted', handlingState: 'done', actorDocumentId });
    const log = await q(LOG).findMany({ where: { action: 'application_accepted', targetDocumentId: actorDocumentId } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ byRole: 'coordination', byEmail: 'koordination@example.org', title: application.organisationName });

    const again = await accept(application.documentId, cms.tokens.koordination);
    expect(again.status).toBe(409);
    const viaGraphql = await cms.client.graphql(ACCEPT_MUTATION, { documentId: application.documentId }, { token: cms.tokens.koordination });
    expect(viaGraphql.body.errors?.length ?? 0).toBeGreaterThan(0);
    expect(await countActors(application.organisationName)).toBe(1);
    expect(await q(USER).count({ where: { email: application.email } })).toBe(1);
    expect(mailsTo(application.email)).toHaveLength(1);
    expect(await q(LOG).count({ where: { action: 'application_accepted', targetDocumentId: actorDocumentId } })).toBe(1);
  });

  it('works through the GraphQL twin for the office', async () => {
    const application = await apply();
    const result = await cms.client.graphql(ACCEPT_MUTATION, { documentId: application.documentId }, { token: cms.tokens.koordination });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.acceptMembershipApplication).toMatchObject({ decision: 'accepted' });
    expect(await countActors(application.organisationName)).toBe(1);
  });

  it('writes nothing at all when the invitation cannot be created (e-mail already has an account)', async () => {
    const application = await apply({ email: 'drk@example.org' });
    const logBefore = await q(LOG).count();
    const refused = await accept(application.documentId, cms.tokens.koordination);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('schon ein Konto');
    expect(await countActors(application.organisationName)).toBe(0);
    expect(await q(APPLICATION).findOne({ where: { documentId: application.documentId } })).toMatchObject({ decision: null, handlingState: 'open' });
    expect(await q(LOG).count()).toBe(logBefore);
    expect((await accept('doesnotexist', cms.tokens.koordination)).status).toBe(404);
  });
});

describe('membership applications: decline', () => {
  it('needs a reason, mails it to the applicant, logs it; a second decision is 409', async () => {
    mail.clear();
    const application = await apply();
    for (const reason of ['', '   ', 'x'.repeat(2001), 42]) {
      expect((await decline(application.documentId, reason, cms.tokens.koordination)).status).toBe(400);
    }
    expect(await q(APPLICATION).findOne({ where: { documentId: application.documentId } })).toMatchObject({ decision: null, handlingState: 'open' });
    const reason = 'Ihr Angebot liegt außerhalb des Landkreises Börde.';
    const declined = await decline(application.documentId, reason, cms.tokens.koordination);
    expect(declined.status).toBe(200);
    expect(await q(APPLICATION).findOne({ where: { documentId: application.documentId } })).toMatchObject({ decision: 'declined', declineReason: reason, handlingState: 'done' });
    const mails = mailsTo(application.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Ihr Antrag auf Mitgliedschaft im Netzwerk Integration Börde');
    expect(mails[0].text).toContain(`Begründung: ${reason}`);
    expect(mails[0].text).toContain(application.organisationName);
    expect(await q(LOG).count({ where: { action: 'application_declined', targetDocumentId: application.documentId, comment: reason } })).toBe(1);

    expect((await decline(application.documentId, 'Noch einmal', cms.tokens.koordination)).status).toBe(409);
    expect((await accept(application.documentId, cms.tokens.koordination)).status).toBe(409);
    expect(await countActors(application.organisationName)).toBe(0);
    expect(mailsTo(application.email)).toHaveLength(1);
  });
});

describe('monthly reminders and one-click confirmation', () => {
  const now = new Date();
  const monthsAgo = (months: number) => {
    const date = new Date(now);
    date.setUTCMonth(date.getUTCMonth() - months);
    return date;
  };
  let kvhs: { documentId: string; name: string };
  let staleA: { documentId: string; title: string };
  let staleB: { documentId: string; title: string };
  let recent: { documentId: string; title: string };
  let message: OutboxMessage;
  const tokenOf = (text: string, title: string) => {
    const block = text.slice(text.indexOf(`• ${title} (`));
    return /\/bestaetigen\/([A-Za-z0-9_.-]+)/.exec(block)![1];
  };

  beforeAll(async () => {
    kvhs = await q(ACTOR).findOne({ where: { slug: 'kreisvolkshochschule-boerde', publishedAt: { $notNull: true } } });
    const offerings = await q(OFFERING).findMany({ where: { actor: { documentId: kvhs.documentId }, publishedAt: { $notNull: true }, withdrawnAt: null, validUntil: null }, orderBy: { id: 'asc' } });
    expect(offerings.length).toBeGreaterThanOrEqual(3);
    [staleA, staleB, recent] = offerings;
    // everything current, then two entries of the KVHS 12 months old and one 10 months old
    await q(ACTOR).updateMany({ where: {}, data: { lastConfirmedAt: now } });
    await q(OFFERING).updateMany({ where: {}, data: { lastConfirmedAt: now } });
    await q(OFFERING).updateMany({ where: { documentId: { $in: [staleA.documentId, staleB.documentId] } }, data: { lastConfirmedAt: monthsAgo(12) } });
    await q(OFFERING).updateMany({ where: { documentId: recent.documentId }, data: { lastConfirmedAt: monthsAgo(10) } });
    mail.clear();
  });

  it('sends each organisation one German mail listing exactly its entries not confirmed for 11 months, and nothing on a second run', async () => {
    const first = await runMonthlyReminders(cms.strapi, now);
    expect(first.sent).toBe(1);
    const mails = mail.read();
    expect(mails).toHaveLength(1);
    message = mails[0];
    expect(recipients(message)).toEqual(['kvhs@example.org']);
    expect(message.subject).toBe(`Bitte bestätigen: Einträge von ${kvhs.name}`);
    expect(message.text).toContain(`„${kvhs.name}“`);
    const listed = [...message.text.matchAll(/^• (.+) \(Angebot\)/gm)].map((match) => match[1]).sort();
    expect(listed).toEqual([staleA.title, staleB.title].sort());
    expect(message.text.match(/\/bestaetigen\//g)).toHaveLength(2);
    expect(message.text).not.toContain(recent.title);
    expect(await q(LOG).count({ where: { action: 'reminder_sent', targetDocumentId: kvhs.documentId, byRole: 'system' } })).toBe(1);

    const second = await runMonthlyReminders(cms.strapi, now);
    expect(second.sent).toBe(0);
    expect(mail.read()).toHaveLength(1);
  });

  it('shows the entry on GET without changing anything, confirms exactly that entry on POST, once', async () => {
    const token = tokenOf(message.text, staleA.title);
    const before = await q(OFFERING).findMany({ where: { documentId: { $in: [staleA.documentId, staleB.documentId] } }, select: ['documentId', 'lastConfirmedAt'] });

    for (let n = 0; n < 2; n++) {
      const shown = await cms.client.rest('GET', `/api/confirmations/${token}`);
      expect(shown.status).toBe(200);
      expect(shown.body.data).toMatchObject({ type: 'offering', documentId: staleA.documentId, title: staleA.title, state: 'valid' });
    }
    const afterGet = await q(OFFERING).findMany({ where: { documentId: { $in: [staleA.documentId, staleB.documentId] } }, select: ['documentId', 'lastConfirmedAt'] });
    expect(afterGet).toEqual(before);

    const confirmed = await cms.client.rest('POST', `/api/confirmations/${token}`);
    expect(confirmed.status).toBe(200);
    const a = await q(OFFERING).findMany({ where: { documentId: staleA.documentId }, select: ['lastConfirmedAt'] });
    for (const version of a) expect(new Date(version.lastConfirmedAt).getTime()).toBeGreaterThan(monthsAgo(1).getTime());
    const b = await q(OFFERING).findMany({ where: { documentId: staleB.documentId }, select: ['lastConfirmedAt'] });
    for (const version of b) expect(new Date(version.lastConfirmedAt).getTime()).toBeLessThan(monthsAgo(11).getTime());
    expect(await q(LOG).count({ where: { action: 'confirmed_current', targetDocumentId: staleA.documentId } })).toBe(1);

    const again = await cms.client.rest('POST', `/api/confirmations/${token}`);
    expect(again.status).toBe(410);
    expect((await cms.client.rest('GET', `/api/confirmations/${token}`)).body.data.state).toBe('used');
    expect(await q(LOG).count({ where: { action: 'confirmed_current', targetDocumentId: staleA.documentId } })).toBe(1);
  });

  it('refuses a tampered token (404) and an expired one (410), changing nothing', async () => {
    const token = tokenOf(message.text, staleB.title);
    const [payload, signature] = token.split('.');
    const flipped = `${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const otherEntry = `${Buffer.from(JSON.stringify({ ...decoded, documentId: recent.documentId })).toString('base64url')}.${signature}`;
    for (const bad of [flipped, otherEntry, 'nonsense', `${payload}.`]) {
      expect((await cms.client.rest('POST', `/api/confirmations/${encodeURIComponent(bad)}`)).status, bad).toBeGreaterThanOrEqual(400);
      expect((await cms.client.rest('POST', `/api/confirmations/${encodeURIComponent(bad)}`)).status, bad).toBeLessThan(500);
      expect((await cms.client.rest('GET', `/api/confirmations/${encodeURIComponent(bad)}`)).status).toBe(404);
    }
    // 30 days are over
    await q('api::confirmation-token.confirmation-token').updateMany({ where: { entryDocumentId: staleB.documentId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await cms.client.rest('GET', `/api/confirmations/${token}`)).body.data.state).toBe('expired');
    expect((await cms.client.rest('POST', `/api/confirmations/${token}`)).status).toBe(410);
    const b = await q(OFFERING).findMany({ where: { documentId: staleB.documentId }, select: ['lastConfirmedAt'] });
    for (const version of b) expect(new Date(version.lastConfirmedAt).getTime()).toBeLessThan(monthsAgo(11).getTime());
    // the token was issued valid for 30 days
    const stored = await q('api::confirmation-token.confirmation-token').findOne({ where: { entryDocumentId: staleA.documentId } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.tokenHash).not.toBe(tokenOf(message.text, staleA.title));
  });

  it('"send reminder now" is for the office only (REST and GraphQL) and is logged', async () => {
    mail.clear();
    const path = `/api/office/reminders/${kvhs.documentId}`;
    const mutation = 'mutation Remind($id: ID!) { sendConfirmationReminder(actorDocumentId: $id) }';
    for (const token of [undefined, cms.tokens.kvhs]) {
      expect((await cms.client.rest('POST', path, { token })).status).toBe(403);
      expect((await cms.client.graphql(mutation, { id: kvhs.documentId }, { token })).body.errors?.length ?? 0).toBeGreaterThan(0);
    }
    expect(mail.read()).toHaveLength(0);
    const sent = await cms.client.rest('POST', path, { token: cms.tokens.koordination });
    expect(sent.status).toBe(200);
    expect(sent.body.data).toMatchObject({ entries: 1, recipients: 1 });
    const mails = mail.read();
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(staleB.title);
    expect(mails[0].text).not.toContain(staleA.title);
    expect(await q(LOG).count({ where: { action: 'reminder_sent', targetDocumentId: kvhs.documentId, byRole: 'coordination' } })).toBe(1);
    // an organisation with nothing stale
    const drk = await q(ACTOR).findOne({ where: { slug: 'drk-kreisverband-boerde' } });
    expect((await cms.client.rest('POST', `/api/office/reminders/${drk.documentId}`, { token: cms.tokens.koordination })).status).toBe(400);
  });
});

describe('CSV exports of the office and open data', () => {
  it('gives the stale list and the coverage matrix as CSV to the office only', async () => {
    for (const file of ['stale.csv', 'coverage.csv']) {
      for (const token of [undefined, cms.tokens.kvhs]) expect((await cms.client.rest('GET', `/api/office/exports/${file}`, { token })).status, file).toBe(403);
    }
    const stale = await cms.client.rest('GET', '/api/office/exports/stale.csv', { token: cms.tokens.koordination });
    expect(stale.status).toBe(200);
    expect(String(stale.body).split('\n')[0]).toBe('Organisation,Art,Eintrag,Slug,Zuletzt bestätigt,Konten der Organisation');
    const coverage = await cms.client.rest('GET', '/api/office/exports/coverage.csv', { token: cms.tokens.koordination });
    expect(coverage.status).toBe(200);
    expect(String(coverage.body)).toMatch(/^Gemeinde,Angebote gesamt,/);
    expect(String(coverage.body)).toMatch(/\nhaldensleben,\d+/);
  });

  it('exports the published directory with licence and date, without drafts or private fields', async () => {
    const draft = await apply();
    await accept(draft.documentId, cms.tokens.koordination);
    const csv = await cms.client.rest('GET', '/api/open-data/akteure.csv');
    expect(csv.status).toBe(200);
    const lines = String(csv.body).trim().split('\n');
    expect(lines[0]).toMatch(/^# .*Lizenz: Datenlizenz Deutschland – Namensnennung 2\.0 \(https:\/\/www\.govdata\.de\/dl-de\/by-2-0\); Stand: \d{4}-\d{2}-\d{2}T/);
    expect(lines[1].split(',')).not.toContain('email');
    const published = await q(ACTOR).count({ where: { publishedAt: { $notNull: true }, withdrawnAt: null } });
    expect(String(csv.body)).toContain('Kreisvolkshochschule Börde');
    expect(String(csv.body)).not.toContain(draft.organisationName);
    expect(String(csv.body)).not.toContain('@');

    const json = await cms.client.rest('GET', '/api/open-data/akteure.json');
    expect(json.status).toBe(200);
    expect(json.body.meta.licence).toEqual({ name: 'Datenlizenz Deutschland – Namensnennung 2.0', url: 'https://www.govdata.de/dl-de/by-2-0' });
    expect(Date.parse(json.body.meta.exportedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(json.body.data).toHaveLength(published);
    expect(JSON.stringify(json.body.data)).not.toMatch(/@|reviewState|reviewComment|contactPerson/);
    for (const file of ['angebote.json', 'gemeinden.json', 'termine.json']) {
      const answer = await cms.client.rest('GET', `/api/open-data/${file}`);
      expect(answer.status, file).toBe(200);
      expect(answer.body.data.length, file).toBeGreaterThan(0);
    }
    expect((await cms.client.rest('GET', '/api/open-data/konten.csv')).status).toBe(404);
  });
});
