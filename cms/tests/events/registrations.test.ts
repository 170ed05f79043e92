import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { db, useCms } from '../helpers/suite';
import { outbox, type OutboxMessage } from '../helpers/mail';
import { signCancelToken } from '../../src/registrations/token';
import { applyRetention } from '../../src/retention/apply';

/**
 * Event registrations (issue 13.4) against a real Strapi: who may register, read and handle them,
 * capacity with waiting list and move-up, two registrations racing for the last place, the signed
 * single-use cancel link, bad input leaving no row, the office's list, CSV and message, retention.
 */
const cms = useCms();
const EVENT = 'api::event.event';
const REGISTRATION = 'api::event-registration.event-registration';
const MESSAGE = 'api::event-registration.event-registration-message';
const DAY = 24 * 60 * 60 * 1000;
let mail: ReturnType<typeof outbox>;

/** A published public event created as trusted code (no request context): the office's work, quicker. */
async function createEvent(data: Record<string, unknown>) {
  const event = await cms.strapi.documents(EVENT).create({
    data: {
      title: `Testtermin ${Math.random().toString(36).slice(2, 8)}`,
      kind: 'public_event',
      visibility: 'public',
      startsAt: new Date(Date.now() + 30 * DAY).toISOString(),
      registrationMode: 'form',
      registrationAudience: 'public',
      ...data,
    } as never,
    status: 'published',
  });
  return event.documentId as string;
}

const person = (n: number, extra: Record<string, unknown> = {}) => ({ name: `Person ${n}`, organisation: 'Verein Beispiel e. V.', email: `person${n}@example.org`, ...extra });
const registerAs = (event: string, body: unknown, token?: string) => cms.client.rest('POST', `/api/events/${event}/registrations`, { body: { data: body }, token });
const rowsOf = (event: string) => db(cms, REGISTRATION).findMany({ where: { eventDocumentId: event }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
const statusOf = async (event: string) => Object.fromEntries((await rowsOf(event)).map((row: any) => [row.email, row.status]));
const cancelLinkIn = (message: OutboxMessage) => {
  const match = /\/termine\/abmelden\?token=([^\s]+)/.exec(message.text);
  expect(match, message.text).not.toBeNull();
  return decodeURIComponent(match![1]);
};
const mailsTo = (address: string) => mail.read().filter((message) => String(message.to).includes(address));

beforeAll(() => {
  mail = outbox(cms.mailDir);
});
beforeEach(() => mail.clear());

describe('who may read and handle registrations', () => {
  let event: string;
  beforeAll(async () => {
    event = await createEvent({ capacity: 10, registrationQuestion: 'Welcher Workshop?' });
    expect((await registerAs(event, person(1, { needs: 'Gebärdensprachdolmetschen', answer: 'Workshop 2' }))).status).toBe(201);
  });

  it('never answers the public API with registrations, neither REST nor GraphQL, for any caller', async () => {
    for (const token of [undefined, cms.tokens.kvhs, cms.tokens.koordination]) {
      for (const path of ['/api/event-registrations', '/api/event-registration-messages', `/api/event-registrations?filters[eventDocumentId][$eq]=${event}`]) {
        const result = await cms.client.rest('GET', path, { token });
        expect(result.status, `${path} ${token ? 'signed in' : 'anonymous'}`).toBe(404);
        expect(JSON.stringify(result.body)).not.toContain('person1@example.org');
      }
      for (const query of ['{ eventRegistrations { name email } }', '{ eventRegistrations_connection { nodes { email } } }', '{ eventRegistrationMessages { text } }']) {
        const result = await cms.client.graphql(query, {}, { token });
        expect(result.status, query).toBe(400);
        expect(JSON.stringify(result.body)).not.toContain('person1@example.org');
      }
    }
    // nor through the event: it has no relation to its registrations
    const viaEvent = await cms.client.rest('GET', `/api/events/${event}?populate=*`);
    expect(viaEvent.status).toBe(200);
    expect(JSON.stringify(viaEvent.body)).not.toContain('person1@example.org');
  });

  it('opens list, CSV export and messages to the office only (permission table)', async () => {
    const cases: Array<[string, string, unknown?]> = [
      ['GET', '/api/office/registrations'],
      ['GET', `/api/office/registrations/${event}`],
      ['GET', `/api/office/registrations/${event}/export`],
      ['POST', `/api/office/registrations/${event}/message`, { data: { subject: 'Hinweis', text: 'Text' } }],
    ];
    for (const [method, path, body] of cases) {
      // users-permissions refuses routes the public role does not hold with 403
      expect((await cms.client.rest(method, path, { body })).status, `${path} anonymous`).toBe(403);
      expect((await cms.client.rest(method, path, { body, token: cms.tokens.kvhs })).status, `${path} member`).toBe(403);
    }
    expect(mail.read()).toHaveLength(0);
    const list = await cms.client.rest('GET', `/api/office/registrations/${event}`, { token: cms.tokens.koordination });
    expect(list.status).toBe(200);
    expect(list.body.data.registrations).toEqual([
      expect.objectContaining({ name: 'Person 1', organisation: 'Verein Beispiel e. V.', email: 'person1@example.org', needs: 'Gebärdensprachdolmetschen', answer: 'Workshop 2', status: 'confirmed' }),
    ]);
    expect(list.body.data.registrations[0]).not.toHaveProperty('userId');
    const overview = await cms.client.rest('GET', '/api/office/registrations', { token: cms.tokens.koordination });
    expect(overview.body.data.find((row: any) => row.documentId === event)).toMatchObject({ confirmed: 1, waiting: 0, cancelled: 0, capacity: 10 });
  });

  it('tells everyone whether places are left, without personal data', async () => {
    const status = await cms.client.rest('GET', `/api/events/${event}/registration-status`);
    expect(status).toEqual({ status: 200, body: { data: { open: true, closedBecause: null, membersOnly: false, capacity: 10, placesLeft: 9, waiting: 0 } } });
  });

  it('refuses anonymous registrations for members-only events and takes members', async () => {
    const internal = await createEvent({ registrationAudience: 'members', capacity: 5 });
    const anonymous = await registerAs(internal, person(2));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.name).toBe('UnauthorizedError');
    expect(await rowsOf(internal)).toHaveLength(0);
    const member = await registerAs(internal, { name: 'Kim KVHS', organisation: 'Kreisvolkshochschule Börde', email: 'kvhs@example.org' }, cms.tokens.kvhs);
    expect(member.status).toBe(201);
    const [row] = await rowsOf(internal);
    expect(row.userId).toEqual(expect.any(Number));
    expect(mailsTo('kvhs@example.org')).toHaveLength(1);
  });
});

describe('capacity, waiting list and cancelling', () => {
  it('puts people on the waiting list when full and moves the first up when someone cancels', async () => {
    const event = await createEvent({ capacity: 2 });
    for (const n of [11, 12, 13, 14]) {
      const result = await registerAs(event, person(n));
      expect(result.status).toBe(201);
      expect(result.body.data.status).toBe(n <= 12 ? 'confirmed' : 'waiting');
    }
    expect(await statusOf(event)).toEqual({ 'person11@example.org': 'confirmed', 'person12@example.org': 'confirmed', 'person13@example.org': 'waiting', 'person14@example.org': 'waiting' });
    expect(mailsTo('person11@example.org')[0].subject).toMatch(/^Anmeldung bestätigt: /);
    expect(mailsTo('person13@example.org')[0].subject).toMatch(/^Warteliste: /);

    // the same address twice: refused, nothing written
    const twice = await registerAs(event, person(11, { name: 'Noch mal' }));
    expect(twice.status).toBe(400);
    expect(twice.body.error.details.reason).toBe('duplicate');
    expect(await rowsOf(event)).toHaveLength(4);

    // cancelling a waiting place moves nobody; cancelling a confirmed one moves the first waiting up
    const token12 = cancelLinkIn(mailsTo('person12@example.org')[0]);
    const shown = await cms.client.rest('GET', `/api/event-registrations/cancellation?token=${encodeURIComponent(token12)}`);
    expect(shown.status).toBe(200);
    expect(shown.body.data).toMatchObject({ status: 'confirmed', name: 'Person 12', event: { slug: expect.any(String) } });
    expect((await statusOf(event))['person12@example.org']).toBe('confirmed'); // a GET changes nothing
    mail.clear();
    const cancelled = await cms.client.rest('POST', '/api/event-registrations/cancellation', { body: { data: { token: token12 } } });
    expect(cancelled).toEqual({ status: 200, body: { data: { status: 'cancelled', movedUp: true } } });
    expect(await statusOf(event)).toEqual({ 'person11@example.org': 'confirmed', 'person12@example.org': 'cancelled', 'person13@example.org': 'confirmed', 'person14@example.org': 'waiting' });
    const movedUp = mailsTo('person13@example.org');
    expect(movedUp).toHaveLength(1);
    expect(movedUp[0].subject).toMatch(/^Platz frei geworden: /);
    expect(cancelLinkIn(movedUp[0])).toMatch(/\./);
    expect(mailsTo('person12@example.org')[0].subject).toMatch(/^Abmeldung: /);
    expect((await rowsOf(event)).find((row: any) => row.email === 'person13@example.org').promotedAt).toBeTruthy();
  });

  it('gives the last place to exactly one of many simultaneous registrations', async () => {
    const event = await createEvent({ capacity: 1 });
    const results = await Promise.all([21, 22, 23, 24, 25, 26].map((n) => registerAs(event, person(n))));
    expect(results.map((result) => result.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(results.filter((result) => result.body.data.status === 'confirmed')).toHaveLength(1);
    const rows = await rowsOf(event);
    expect(rows.filter((row: any) => row.status === 'confirmed')).toHaveLength(1);
    expect(rows.filter((row: any) => row.status === 'waiting')).toHaveLength(5);
  });

  it('accepts a cancel link once, refuses altered, made-up and expired ones, and changes nothing then', async () => {
    const event = await createEvent({ capacity: 3 });
    expect((await registerAs(event, person(31))).status).toBe(201);
    const token = cancelLinkIn(mailsTo('person31@example.org')[0]);
    const [row] = await rowsOf(event);
    const lastChar = token.at(-1) === 'A' ? 'B' : 'A';
    const bad = [
      [`${token.slice(0, -1)}${lastChar}`, 'invalid_token'],
      [token.replace(/\.(\d+)\./, (_, seconds) => `.${Number(seconds) + 3600}.`), 'invalid_token'],
      ['abc', 'invalid_token'],
      [signCancelToken('doesnotexist123', new Date(Date.now() + DAY)), 'invalid_token'],
      [signCancelToken(row.documentId, new Date(Date.now() - 60_000)), 'expired'],
    ];
    for (const [candidate, reason] of bad) {
      const shown = await cms.client.rest('GET', `/api/event-registrations/cancellation?token=${encodeURIComponent(candidate)}`);
      expect(shown.status, candidate).toBe(400);
      const result = await cms.client.rest('POST', '/api/event-registrations/cancellation', { body: { data: { token: candidate } } });
      expect(result.status, candidate).toBe(400);
      expect(result.body.error.details.reason, candidate).toBe(reason);
    }
    expect((await statusOf(event))['person31@example.org']).toBe('confirmed');
    expect((await cms.client.rest('POST', '/api/event-registrations/cancellation', { body: { data: { token } } })).status).toBe(200);
    const again = await cms.client.rest('POST', '/api/event-registrations/cancellation', { body: { data: { token } } });
    expect(again.status).toBe(400);
    expect(again.body.error.details.reason).toBe('already_cancelled');
  });
});

describe('bad input', () => {
  it('answers 4xx with a clear message and writes nothing', async () => {
    const event = await createEvent({ capacity: 5 });
    const past = await createEvent({ capacity: 5, registrationDeadline: new Date(Date.now() - DAY).toISOString() });
    const contactOnly = await createEvent({ registrationMode: 'contact', registrationEmail: 'info@example.org' });
    const cases: Array<[string, unknown, number, RegExp]> = [
      [event, {}, 400, /markierten Felder/],
      [event, { name: 'Ohne Adresse' }, 400, /markierten Felder/],
      [event, person(41, { email: 'keine adresse' }), 400, /markierten Felder/],
      [event, person(42, { name: 'x'.repeat(201) }), 400, /markierten Felder/],
      [event, person(43, { needs: 'y'.repeat(1001) }), 400, /markierten Felder/],
      [event, person(44, { name: 'Zeile\r\nBcc: evil@example.org' }), 400, /Unerlaubte Zeichen/],
      [event, person(45, { website: 'http://spam.example' }), 400, /automatisiert/],
      [event, 'kein Objekt', 400, /keine Daten|markierten/],
      [past, person(46), 400, /Anmeldefrist/],
      [contactOnly, person(47), 404, /registration/],
      ['doesnotexist123', person(48), 404, /registration/],
    ];
    for (const [target, body, status, message] of cases) {
      const result = await registerAs(target, body);
      expect(result.status, JSON.stringify(body)).toBe(status);
      expect(result.body.error.message, JSON.stringify(body)).toMatch(message);
    }
    expect(await db(cms, REGISTRATION).count({ where: { eventDocumentId: { $in: [event, past, contactOnly, 'doesnotexist123'] } } })).toBe(0);
    expect(mail.read()).toHaveLength(0);
    const message = await cms.client.rest('POST', `/api/office/registrations/${event}/message`, { token: cms.tokens.koordination, body: { data: { subject: '', text: 'x' } } });
    expect(message.status).toBe(400);
    expect(await db(cms, MESSAGE).count({ where: { eventDocumentId: event } })).toBe(0);
  });
});

describe('the office', () => {
  it('exports the list as CSV and messages everyone still registered', async () => {
    const event = await createEvent({ capacity: 1, registrationQuestion: 'Welcher Workshop?', title: 'Vollversammlung CSV' });
    expect((await registerAs(event, person(51, { name: 'Anna "Ä" Müller, Dr.', needs: 'Rollstuhl\nund Dolmetschen', answer: '=HYPERLINK("http://evil.example")' }))).status).toBe(201);
    expect((await registerAs(event, person(52))).status).toBe(201);
    expect((await registerAs(event, person(53))).status).toBe(201);
    const token53 = cancelLinkIn(mailsTo('person53@example.org')[0]);
    expect((await cms.client.rest('POST', '/api/event-registrations/cancellation', { body: { data: { token: token53 } } })).status).toBe(200);

    const response = await fetch(new URL(`/api/office/registrations/${event}/export`, cms.baseUrl), { headers: { authorization: `Bearer ${cms.tokens.koordination}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="anmeldungen-.*\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // a byte order mark, so spreadsheets read UTF-8 (fetch's text() would hide it)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(new TextDecoder().decode(bytes.slice(3)));
    expect(records[0]).toEqual(['Status', 'Name', 'Organisation', 'E-Mail', 'Barrierefreiheit/Dolmetschen', 'Welcher Workshop?', 'Sprache', 'Angemeldet am', 'Nachgerückt am', 'Abgemeldet am']);
    expect(records.slice(1).map((record) => record.slice(0, 6))).toEqual([
      ['bestätigt', 'Anna "Ä" Müller, Dr.', 'Verein Beispiel e. V.', 'person51@example.org', 'Rollstuhl\nund Dolmetschen', `'=HYPERLINK("http://evil.example")`],
      ['Warteliste', 'Person 52', 'Verein Beispiel e. V.', 'person52@example.org', '', ''],
      ['abgemeldet', 'Person 53', 'Verein Beispiel e. V.', 'person53@example.org', '', ''],
    ]);
    expect(records[3][9]).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    mail.clear();
    const sent = await cms.client.rest('POST', `/api/office/registrations/${event}/message`, { token: cms.tokens.koordination, body: { data: { subject: 'Raumänderung', text: 'Wir treffen uns im Saal 2.' } } });
    expect(sent).toEqual({ status: 200, body: { data: { sent: 2 } } });
    const messages = mail.read();
    expect(messages.map((message) => message.to).sort()).toEqual(['person51@example.org', 'person52@example.org']);
    expect(messages[0].subject).toBe('Raumänderung – Vollversammlung CSV');
    expect(messages[0].text).toContain('Wir treffen uns im Saal 2.');
    const list = await cms.client.rest('GET', `/api/office/registrations/${event}`, { token: cms.tokens.koordination });
    expect(list.body.data.messages).toEqual([expect.objectContaining({ subject: 'Raumänderung', recipientCount: 2, byUserId: expect.any(Number) })]);
  });
});

describe('retention', () => {
  it('deletes the registrations and messages of events that ended three months ago, not of later ones', async () => {
    const soon = await createEvent({ capacity: 5, startsAt: new Date(Date.now() + 2 * DAY).toISOString() });
    const later = await createEvent({ capacity: 5, startsAt: new Date(Date.now() + 200 * DAY).toISOString() });
    expect((await registerAs(soon, person(61))).status).toBe(201);
    expect((await registerAs(later, person(62))).status).toBe(201);
    expect((await cms.client.rest('POST', `/api/office/registrations/${soon}/message`, { token: cms.tokens.koordination, body: { data: { subject: 'Info', text: 'Hallo' } } })).status).toBe(200);

    // two and a half months after the first event: nothing is due yet
    expect((await applyRetention(cms.strapi, new Date(Date.now() + 2 * DAY + 76 * DAY))).deletedRegistrations).toBe(0);
    expect(await rowsOf(soon)).toHaveLength(1);
    // three months and a few days after it: its registrations and messages go, the later event's stay
    const result = await applyRetention(cms.strapi, new Date(Date.now() + 2 * DAY + 96 * DAY));
    expect(result.deletedRegistrations).toBeGreaterThanOrEqual(1);
    expect(await rowsOf(soon)).toHaveLength(0);
    expect(await db(cms, MESSAGE).count({ where: { eventDocumentId: soon } })).toBe(0);
    expect(await rowsOf(later)).toHaveLength(1);
  });

  it('states the period in the public policy', async () => {
    expect((await cms.client.rest('GET', '/api/retention-policy')).body.data.registrationMonths).toBe(3);
  });
});
