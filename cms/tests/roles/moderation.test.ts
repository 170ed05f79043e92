import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stableJson } from '../helpers/snapshot';
import { useCms } from '../helpers/suite';
import { errorCodes } from '../helpers/http';
import { outbox, recipients } from '../helpers/mail';

/** Moderation end to end over real HTTP: submit, review, approve, send back, withdraw, restore, accounts. */
const cms = useCms();
const OFFERING = 'api::offering.offering';
let mail: ReturnType<typeof outbox>;
let offering: string;

const publicSummary = async (documentId: string) => {
  const result = await cms.client.rest('GET', `/api/offerings/${documentId}`);
  return result.status === 200 ? result.body.data.summary : null;
};

beforeAll(async () => {
  mail = outbox(cms.mailDir);
  offering = (await cms.strapi.db.query(OFFERING).findOne({ where: { slug: 'integrationskurs-haldensleben' } })).documentId;
});
beforeEach(() => mail.clear());

describe('a member change', () => {
  it('waits for review while the published version stays online, then goes live exactly as approved', async () => {
    const before = await publicSummary(offering);
    const saved = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { summary: 'Neuer Kurs ab März, jetzt auch samstags.' } } });
    expect(saved.status).toBe(200);
    expect(await publicSummary(offering)).toBe(before);

    // The office is told, and sees the change in its queue with the field comparison.
    const [toOffice] = mail.read();
    expect(recipients(toOffice)).toEqual(['koordination@example.org']);
    expect(toOffice.subject).toContain('Integrationskurs in Haldensleben');
    const queue = await cms.client.rest('GET', '/api/moderation/queue', { token: cms.tokens.koordination });
    const item = queue.body.data.find((entry: { documentId: string }) => entry.documentId === offering);
    expect(item.state).toBe('pending');
    expect(item.changedFields).toEqual(['summary']);
    expect(item.draft.summary).toBe('Neuer Kurs ab März, jetzt auch samstags.');
    expect(item.published.summary).toBe(before);

    mail.clear();
    const approved = await cms.client.rest('POST', `/api/moderation/offering/${offering}/approve`, { token: cms.tokens.koordination, body: { version: item.version } });
    expect(approved.status).toBe(200);
    expect(await publicSummary(offering)).toBe('Neuer Kurs ab März, jetzt auch samstags.');
    const [toMember] = mail.read();
    expect(recipients(toMember)).toEqual(['kvhs@example.org']);
    expect(toMember.subject).toContain('Freigegeben');

    // The member sees it live, and the log lists both steps with who did them.
    const entries = await cms.client.rest('GET', '/api/member/entries', { token: cms.tokens.kvhs });
    expect(entries.body.data.find((entry: { documentId: string }) => entry.documentId === offering).state).toBe('live');
    const log = await cms.client.rest('GET', `/api/moderation/log?documentId=${offering}`, { token: cms.tokens.kvhs });
    expect(log.body.data.map((entry: { action: string }) => entry.action).slice(0, 2)).toEqual(['approved', 'submitted']);
    expect(log.body.data[0].byEmail).toBe('koordination@example.org');
    expect(log.body.data[1].byEmail).toBe('kvhs@example.org');
  });

  it('cannot be approved in a version nobody reviewed (two office sessions)', async () => {
    await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { summary: 'Erste Fassung' } } });
    const seenByFirst = (await cms.client.rest('GET', `/api/moderation/offering/${offering}`, { token: cms.tokens.koordination })).body.data.version;
    await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { summary: 'Zweite Fassung, noch nicht geprüft' } } });
    const before = await publicSummary(offering);

    const stale = await cms.client.rest('POST', `/api/moderation/offering/${offering}/approve`, { token: cms.tokens.koordination, body: { version: seenByFirst } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/changed since you reviewed/);
    const staleGraphql = await cms.client.graphql('mutation($id: ID!, $v: String!) { approveEntry(type: "offering", documentId: $id, version: $v) }', { id: offering, v: seenByFirst }, { token: cms.tokens.koordination });
    expect(staleGraphql.body.errors?.[0]?.message).toMatch(/changed since you reviewed/);
    expect(await publicSummary(offering)).toBe(before);

    const current = (await cms.client.rest('GET', `/api/moderation/offering/${offering}`, { token: cms.tokens.koordination })).body.data.version;
    const approved = await cms.client.graphql('mutation($id: ID!, $v: String!) { approveEntry(type: "offering", documentId: $id, version: $v) }', { id: offering, v: current }, { token: cms.tokens.koordination });
    expect(approved.body.errors).toBeUndefined();
    expect(await publicSummary(offering)).toBe('Zweite Fassung, noch nicht geprüft');

    // the second moderator, who saw the same version, comes too late: decided already (REST and GraphQL)
    const again = await cms.client.rest('POST', `/api/moderation/offering/${offering}/approve`, { token: cms.tokens.koordination, body: { version: current } });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already decided/);
    const againGraphql = await cms.client.graphql('mutation($id: ID!, $v: String!) { approveEntry(type: "offering", documentId: $id, version: $v) }', { id: offering, v: current }, { token: cms.tokens.koordination });
    expect(errorCodes(againGraphql)).toEqual(['STRAPI_DECISION_CONFLICT']);
    const sendBackLate = await cms.client.rest('POST', `/api/moderation/offering/${offering}/send-back`, { token: cms.tokens.koordination, body: { comment: 'Zu spät' } });
    expect(sendBackLate.status).toBe(409);
    const decisions = (await cms.client.rest('GET', `/api/moderation/log?documentId=${offering}`, { token: cms.tokens.koordination })).body.data.filter((entry: { action: string; draftVersion: string }) => ['approved', 'sent_back'].includes(entry.action) && entry.draftVersion === current);
    expect(decisions.map((entry: { action: string }) => entry.action)).toEqual(['approved']);
  });

  it('cannot be approved or sent back unless it was submitted and waits for review, whoever calls', async () => {
    // a draft changed by trusted code, never submitted: not waiting for review
    await cms.strapi.documents(OFFERING).update({ documentId: offering, data: { summary: 'Nie eingereicht' } });
    await cms.strapi.db.query(OFFERING).updateMany({ where: { documentId: offering, publishedAt: null }, data: { reviewState: 'approved' } });
    const version = (await cms.client.rest('GET', `/api/moderation/offering/${offering}`, { token: cms.tokens.koordination })).body.data.version;
    const before = await publicSummary(offering);
    const approved = await cms.client.rest('POST', `/api/moderation/offering/${offering}/approve`, { token: cms.tokens.koordination, body: { version } });
    expect(approved.status).toBe(409);
    expect(approved.body.error.details.reviewState).toBe('approved');
    const sentBack = await cms.client.graphql('mutation($id: ID!) { sendBackEntry(type: "offering", documentId: $id, comment: "Bitte ändern") }', { id: offering }, { token: cms.tokens.koordination });
    expect(errorCodes(sentBack)).toEqual(['STRAPI_DECISION_CONFLICT']);
    expect(await publicSummary(offering)).toBe(before);
    const draft = await cms.strapi.db.query(OFFERING).findOne({ where: { documentId: offering, publishedAt: null } });
    expect(draft.reviewState).toBe('approved');
  });

  it('is sent back with a comment the member sees on its dashboard and in the mail', async () => {
    await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { summary: 'Kurs fällt aus?' } } });
    mail.clear();
    const noComment = await cms.client.rest('POST', `/api/moderation/offering/${offering}/send-back`, { token: cms.tokens.koordination, body: { comment: '  ' } });
    expect(noComment.status).toBe(400);
    const sent = await cms.client.rest('POST', `/api/moderation/offering/${offering}/send-back`, { token: cms.tokens.koordination, body: { comment: 'Bitte das Datum des nächsten Kurses nennen.' } });
    expect(sent.status).toBe(200);
    const entry = (await cms.client.rest('GET', '/api/member/entries', { token: cms.tokens.kvhs })).body.data.find((e: { documentId: string }) => e.documentId === offering);
    expect(entry.state).toBe('sent_back');
    expect(entry.reviewComment).toBe('Bitte das Datum des nächsten Kurses nennen.');
    const [toMember] = mail.read();
    expect(recipients(toMember)).toEqual(['kvhs@example.org']);
    expect(toMember.text).toContain('Bitte das Datum des nächsten Kurses nennen.');
  });

  it('is validated like a publication, with a message per field, and nothing is saved', async () => {
    const before = stableJson(await cms.strapi.db.query(OFFERING).findMany({ where: { documentId: offering }, orderBy: { id: 'asc' } }));
    const rest = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { title: null, venueAddress: { postalCode: '123' } } } });
    expect(rest.status).toBe(400);
    const paths = rest.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'venueAddress.postalCode']));
    const created = await cms.client.rest('POST', '/api/offerings', { token: cms.tokens.kvhs, body: { data: { summary: 'ohne Titel' } } });
    expect(created.status).toBe(400);
    expect(created.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'))).toContain('title');
    expect(stableJson(await cms.strapi.db.query(OFFERING).findMany({ where: { documentId: offering }, orderBy: { id: 'asc' } }))).toBe(before);
  });

  it('may change relations, opening hours and translations of its own entry in one draft', async () => {
    const ids = async (uid: string, where: Record<string, unknown>) => (await cms.strapi.db.query(uid).findMany({ where: { ...where, publishedAt: { $notNull: true } } })).map((row: { documentId: string }) => row.documentId);
    const [topic] = await ids('api::topic.topic', { slug: 'beratung' });
    const municipalities = await ids('api::municipality.municipality', { slug: { $in: ['barleben', 'zielitz'] } });
    const languages = await ids('api::language.language', { code: { $in: ['de', 'fa'] } });
    const data = {
      topic,
      municipalities,
      languages,
      openingHours: { byAppointment: true, temporarilyClosed: false, slots: [{ weekday: 'tuesday', opens: '09:00:00.000', closes: '12:00:00.000' }] },
      translations: [{ locale: 'en', title: 'Integration course in Haldensleben' }],
    };
    const saved = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const entry = (await cms.client.rest('GET', `/api/member/entries/offering/${offering}`, { token: cms.tokens.kvhs })).body.data;
    expect(entry.draft.topic.documentId).toBe(topic);
    expect(entry.draft.municipalities.map((m: { documentId: string }) => m.documentId).sort()).toEqual([...municipalities].sort());
    expect(entry.draft.openingHours.slots).toHaveLength(1);
    expect(entry.changedFields).toEqual(expect.arrayContaining(['topic', 'municipalities', 'languages', 'openingHours', 'translations']));
    // An opening-hours slot without its times is refused with a message for that field.
    const invalid = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { openingHours: { slots: [{ weekday: 'funday' }] } } } });
    expect(invalid.status).toBe(400);
  });

  it('"confirm current" stamps lastConfirmedAt on both versions without a review', async () => {
    const confirmed = await cms.client.rest('POST', `/api/moderation/offering/${offering}/confirm`, { token: cms.tokens.kvhs });
    expect(confirmed.status).toBe(200);
    const rows = await cms.strapi.db.query(OFFERING).findMany({ where: { documentId: offering }, orderBy: { id: 'asc' } });
    for (const row of rows) expect(new Date(row.lastConfirmedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe('two office sessions deciding the same draft at the same time', () => {
  type Decision = 'approve' | 'sendBack';
  type Transport = 'REST' | 'GraphQL';
  let second: string;

  beforeAll(async () => {
    const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'coordination' } });
    const email = 'koordination-zwei@example.org';
    await cms.strapi.plugin('users-permissions').service('user').add({ username: email, email, password: 'demo-Passwort-1', provider: 'local', confirmed: true, blocked: false, role: role.id });
    second = await cms.client.signIn(email);
  });

  /** One decision over real HTTP; the answer as won / conflict (anything else is shown as it came). */
  async function decide(decision: Decision, transport: Transport, token: string, version: string) {
    if (transport === 'REST') {
      const path = `/api/moderation/offering/${offering}/${decision === 'approve' ? 'approve' : 'send-back'}`;
      const { status, body } = await cms.client.rest('POST', path, { token, body: decision === 'approve' ? { version } : { comment: 'Bitte noch einmal prüfen.' } });
      return status === 200 ? 'won' : status === 409 && body.error.name === 'ConflictError' ? 'conflict' : `${status} ${JSON.stringify(body)}`;
    }
    const result =
      decision === 'approve'
        ? await cms.client.graphql('mutation($id: ID!, $v: String!) { approveEntry(type: "offering", documentId: $id, version: $v) }', { id: offering, v: version }, { token })
        : await cms.client.graphql('mutation($id: ID!) { sendBackEntry(type: "offering", documentId: $id, comment: "Bitte noch einmal prüfen.") }', { id: offering }, { token });
    if (!result.body.errors && result.body.data) return 'won';
    return errorCodes(result).join() === 'STRAPI_DECISION_CONFLICT' ? 'conflict' : JSON.stringify(result.body);
  }

  // Each round sends four decisions at once, two from each session, over both transports.
  const rounds: Array<Array<[Decision, Transport]>> = [
    [['approve', 'REST'], ['sendBack', 'REST'], ['approve', 'GraphQL'], ['sendBack', 'GraphQL']],
    [['sendBack', 'GraphQL'], ['approve', 'REST'], ['sendBack', 'REST'], ['approve', 'GraphQL']],
    [['approve', 'REST'], ['approve', 'REST'], ['approve', 'GraphQL'], ['approve', 'GraphQL']],
    [['sendBack', 'REST'], ['sendBack', 'GraphQL'], ['sendBack', 'REST'], ['sendBack', 'GraphQL']],
    [['approve', 'GraphQL'], ['sendBack', 'REST'], ['approve', 'REST'], ['sendBack', 'GraphQL']],
  ];

  it.each(rounds.map((round, index) => [index + 1, round] as const))('round %i: exactly one decision wins, the others get a 409, the log has one decision', async (index, round) => {
    const text = `Gleichzeitig geprüft, Runde ${index}`;
    const saved = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { summary: text } } });
    expect(saved.status).toBe(200);
    const version = (await cms.client.rest('GET', `/api/moderation/offering/${offering}`, { token: cms.tokens.koordination })).body.data.version;
    const before = await publicSummary(offering);

    // sessions alternate: the office's usual session, the second office account
    const outcomes = await Promise.all(round.map(([decision, transport], position) => decide(decision, transport, position % 2 === 0 ? cms.tokens.koordination : second, version)));
    expect([...outcomes].sort()).toEqual(['conflict', 'conflict', 'conflict', 'won']);

    const log = (await cms.client.rest('GET', `/api/moderation/log?documentId=${offering}`, { token: cms.tokens.koordination })).body.data;
    const decisions = log.filter((entry: { action: string; draftVersion: string }) => ['approved', 'sent_back'].includes(entry.action) && entry.draftVersion === version);
    const [winner] = round[outcomes.indexOf('won')];
    expect(decisions.map((entry: { action: string }) => entry.action)).toEqual([winner === 'approve' ? 'approved' : 'sent_back']);
    // the entry is in the state of the winning decision, and only that
    const draft = await cms.strapi.db.query(OFFERING).findOne({ where: { documentId: offering, publishedAt: null } });
    expect(draft.reviewState).toBe(winner === 'approve' ? 'approved' : 'sent_back');
    expect(await publicSummary(offering)).toBe(winner === 'approve' ? text : before);
  });
});

describe('withdrawing', () => {
  it('takes an entry off the public site at once, and the office restores it', async () => {
    const target = (await cms.strapi.db.query(OFFERING).findOne({ where: { slug: 'cafe-ohne-grenzen-wanzleben' } })).documentId;
    const listed = async () => {
      const rest = await cms.client.rest('GET', `/api/offerings?filters[documentId][$eq]=${target}`);
      const detail = await cms.client.rest('GET', `/api/offerings/${target}`);
      const graphql = await cms.client.graphql('query($id: ID!) { offering(documentId: $id) { title } offerings(filters: { documentId: { eq: $id } }) { title } }', { id: target });
      const nested = await cms.client.graphql('{ actors(filters: { slug: { eq: "drk-kreisverband-boerde" } }) { offerings(pagination: { limit: 100 }) { documentId } } }');
      const populated = await cms.client.rest('GET', '/api/actors?filters[slug][$eq]=drk-kreisverband-boerde&populate=offerings');
      return [
        rest.body.data.length === 1,
        detail.status === 200,
        graphql.body.data.offering !== null,
        graphql.body.data.offerings.length === 1,
        nested.body.data.actors[0].offerings.some((o: { documentId: string }) => o.documentId === target),
        populated.body.data[0].offerings.some((o: { documentId: string }) => o.documentId === target),
      ];
    };
    expect(await listed()).toEqual([true, true, true, true, true, true]);
    const foreign = await cms.client.rest('POST', `/api/moderation/offering/${target}/withdraw`, { token: cms.tokens.kvhs });
    expect(foreign.status).toBe(403);
    const withdrawn = await cms.client.rest('POST', `/api/moderation/offering/${target}/withdraw`, { token: cms.tokens.drk });
    expect(withdrawn.status).toBe(200);
    expect(await listed()).toEqual([false, false, false, false, false, false]);
    expect(await cms.strapi.db.query(OFFERING).count({ where: { documentId: target } })).toBe(2);

    const pending = await cms.client.rest('GET', '/api/moderation/withdrawn', { token: cms.tokens.koordination });
    expect(pending.body.data.map((entry: { documentId: string }) => entry.documentId)).toContain(target);
    const memberRestore = await cms.client.rest('POST', `/api/moderation/offering/${target}/restore`, { token: cms.tokens.drk });
    expect(memberRestore.status).toBe(403);
    const restored = await cms.client.rest('POST', `/api/moderation/offering/${target}/restore`, { token: cms.tokens.koordination });
    expect(restored.status).toBe(200);
    expect(await listed()).toEqual([true, true, true, true, true, true]);
  });

  it('members cannot delete; the office deletes for good only what was withdrawn, keeping the content in the log', async () => {
    const target = (await cms.strapi.documents(OFFERING).create({ data: { title: 'Einmaliges Angebot', actor: (await cms.strapi.db.query('api::actor.actor').findOne({ where: { slug: 'drk-kreisverband-boerde' } })).documentId }, status: 'published' })).documentId;
    expect((await cms.client.rest('DELETE', `/api/offerings/${target}`, { token: cms.tokens.drk })).status).toBe(403);
    expect((await cms.client.rest('DELETE', `/api/moderation/offering/${target}`, { token: cms.tokens.koordination })).status).toBe(400);
    await cms.client.rest('POST', `/api/moderation/offering/${target}/withdraw`, { token: cms.tokens.drk });
    expect((await cms.client.rest('DELETE', `/api/moderation/offering/${target}`, { token: cms.tokens.koordination })).status).toBe(200);
    expect(await cms.strapi.db.query(OFFERING).count({ where: { documentId: target } })).toBe(0);
    const log = await cms.client.rest('GET', `/api/moderation/log?documentId=${target}`, { token: cms.tokens.koordination });
    const deleted = log.body.data.find((entry: { action: string }) => entry.action === 'deleted');
    expect(deleted.snapshot.published.title).toBe('Einmaliges Angebot');
  });
});

describe('unpublishing', () => {
  it('is for the office only and takes the published version offline, keeping the draft', async () => {
    const target = (await cms.strapi.db.query(OFFERING).findOne({ where: { slug: 'integrationskurs-wolmirstedt' } })).documentId;
    expect((await cms.client.rest('POST', `/api/moderation/offering/${target}/unpublish`, { token: cms.tokens.kvhs })).status).toBe(403);
    expect(await publicSummary(target)).not.toBeNull();
    expect((await cms.client.rest('POST', `/api/moderation/offering/${target}/unpublish`, { token: cms.tokens.koordination })).status).toBe(200);
    expect(await publicSummary(target)).toBeNull();
    expect(await cms.strapi.db.query(OFFERING).count({ where: { documentId: target, publishedAt: null } })).toBe(1);
  });
});

describe('the moderation log', () => {
  it('shows a member only the entries of its own actor', async () => {
    const log = await cms.client.rest('GET', '/api/moderation/log?limit=500', { token: cms.tokens.drk });
    const drk = (await cms.strapi.db.query('api::actor.actor').findOne({ where: { slug: 'drk-kreisverband-boerde' } })).documentId;
    expect(log.body.data.length).toBeGreaterThan(0);
    expect(log.body.data.every((entry: { ownerActorDocumentId: string }) => entry.ownerActorDocumentId === drk)).toBe(true);
    expect(log.body.data.every((entry: Record<string, unknown>) => !('snapshot' in entry))).toBe(true);
    expect((await cms.client.rest('GET', '/api/moderation/log')).status).toBe(403);
  });
});

describe('accounts', () => {
  it('the office invites a member with the listed fields only; the person sets a password by mail', async () => {
    const drk = (await cms.strapi.db.query('api::actor.actor').findOne({ where: { slug: 'drk-kreisverband-boerde' } })).documentId;
    const refused = await cms.client.rest('POST', '/api/accounts', { token: cms.tokens.drk, body: { email: 'neu@example.org', role: 'member', actorDocumentId: drk } });
    expect(refused.status).toBe(403);
    const invited = await cms.client.rest('POST', '/api/accounts', {
      token: cms.tokens.koordination,
      body: { email: 'Neue.Kollegin@example.org', role: 'member', actorDocumentId: drk, blocked: false, confirmed: false, provider: 'evil', password: 'selbst-gesetzt-123' },
    });
    expect(invited.status).toBe(201);
    expect(invited.body.data).toMatchObject({ email: 'neue.kollegin@example.org', role: 'member', actor: { documentId: drk } });
    const signInWithOwnPassword = await cms.client.rest('POST', '/api/auth/local', { body: { identifier: 'neue.kollegin@example.org', password: 'selbst-gesetzt-123' } });
    expect(signInWithOwnPassword.status).toBe(400);

    const [invitation] = mail.read();
    expect(recipients(invitation)).toEqual(['neue.kollegin@example.org']);
    const code = invitation.text.match(/code=([a-f0-9]+)/)?.[1];
    expect(code).toBeTruthy();
    const reset = await cms.client.rest('POST', '/api/auth/reset-password', { body: { code, password: 'Mein-Passwort-42', passwordConfirmation: 'Mein-Passwort-42' } });
    expect(reset.status).toBe(200);
    const token = await cms.client.signIn('neue.kollegin@example.org', 'Mein-Passwort-42');
    const entries = await cms.client.rest('GET', '/api/member/entries', { token });
    expect(entries.status).toBe(200);
    expect(entries.body.data[0].documentId).toBe(drk);
  });

  it('refuses an invitation with bad input, clearly, and creates nothing', async () => {
    const before = await cms.strapi.db.query('plugin::users-permissions.user').count();
    for (const body of [{ email: 'keine-adresse', role: 'member' }, { email: 'x@example.org', role: 'admin' }, { email: 'kvhs@example.org', role: 'coordination' }, { email: 'y@example.org', role: 'member' }]) {
      const result = await cms.client.rest('POST', '/api/accounts', { token: cms.tokens.koordination, body });
      expect(result.status).toBe(400);
      expect(result.body.error.details.fields).toBeTruthy();
    }
    expect(await cms.strapi.db.query('plugin::users-permissions.user').count()).toBe(before);
  });

  it('deactivating a member cuts access at once: its existing token stops working', async () => {
    const email = 'kurzzeit@example.org';
    const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'member' } });
    const user = await cms.strapi.plugin('users-permissions').service('user').add({ username: email, email, password: 'demo-Passwort-1', provider: 'local', confirmed: true, blocked: false, role: role.id });
    const token = await cms.client.signIn(email);
    expect((await cms.client.rest('GET', '/api/users/me', { token })).status).toBe(200);
    const deactivated = await cms.client.rest('POST', `/api/accounts/${user.id}/deactivate`, { token: cms.tokens.koordination });
    expect(deactivated.status).toBe(200);
    expect((await cms.client.rest('GET', '/api/users/me', { token })).status).toBe(401);
    const graphql = await cms.client.graphql('{ me { email } }', {}, { token });
    expect(graphql.status, JSON.stringify(graphql.body)).toBe(401);
    expect((await cms.client.rest('POST', '/api/auth/local', { body: { identifier: email, password: 'demo-Passwort-1' } })).status).toBe(400);
  });
});
