import { beforeAll, describe, expect, it } from 'vitest';
import { useCms, db } from '../helpers/suite';
import { outbox, recipients } from '../helpers/mail';
import { sendExchangeDigest } from '../../src/exchange/notifications';

/**
 * The members' exchange board (Austausch), against the real CMS with real JWTs: who reads and writes
 * what through every API path, bad input, the mail choices, the weekly digest and the unsubscribe link.
 */
const cms = useCms();
const POST = 'api::exchange-post.exchange-post';
const REPLY = 'api::exchange-reply.exchange-reply';
const USER = 'plugin::users-permissions.user';
const SECRET = 'Geheimnis-Austausch-7731';

let kvhsActor: string;
let drkActor: string;
let municipality: string;
let topic: string;
let workingGroup: string;
let workingGroupSlug: string;
let secondKvhs: string; // a second account of the same organisation
let post: string; // written by kvhs
let hiddenPost: string;
const mail = () => outbox(cms.mailDir);

const rest = (method: string, path: string, token?: string, body?: unknown) => cms.client.rest(method, path, { token, body });
const newPost = (token: string, data: Record<string, unknown>) => rest('POST', '/api/exchange/posts', token, { data });

beforeAll(async () => {
  const actor = async (slug: string) => (await db(cms, 'api::actor.actor').findOne({ where: { slug } })).documentId as string;
  kvhsActor = await actor('kreisvolkshochschule-boerde');
  drkActor = await actor('drk-kreisverband-boerde');
  const first = async (uid: string) => db(cms, uid).findOne({ where: { publishedAt: { $notNull: true } }, orderBy: { id: 'asc' } });
  municipality = (await first('api::municipality.municipality')).documentId;
  topic = (await first('api::topic.topic')).documentId;
  const group = await first('api::working-group.working-group');
  workingGroup = group.documentId;
  workingGroupSlug = group.slug;
  const role = await db(cms, 'plugin::users-permissions.role').findOne({ where: { type: 'member' } });
  await cms.strapi.plugin('users-permissions').service('user').add({
    username: 'kvhs2@example.org', email: 'kvhs2@example.org', password: 'demo-Passwort-1', provider: 'local', confirmed: true, blocked: false, role: role.id, actor: kvhsActor,
  });
  secondKvhs = await cms.client.signIn('kvhs2@example.org');
});

describe('posting, replying, changing own posts', () => {
  it('lets a member organisation post with a municipality, topic and working group, and every member read it', async () => {
    mail().clear();
    const created = await newPost(cms.tokens.kvhs, { kind: 'request', title: 'Wir suchen Dolmetscher für Arabisch', text: `Für Elternabende in Haldensleben. ${SECRET}`, municipality, topic, workingGroup });
    expect(created.status).toBe(201);
    post = created.body.data.documentId;
    expect(created.body.data).toMatchObject({ kind: 'request', status: 'open', mine: true, organisation: { documentId: kvhsActor }, municipality: { documentId: municipality }, topic: { documentId: topic }, workingGroup: { documentId: workingGroup, slug: workingGroupSlug } });
    const row = await db(cms, POST).findOne({ where: { documentId: post }, populate: ['authorAccount', 'actor'] });
    expect(row.authorAccount.email).toBe('kvhs@example.org');
    expect(row.actor.documentId).toBe(kvhsActor);

    const asDrk = await rest('GET', `/api/exchange/posts/${post}`, cms.tokens.drk);
    expect(asDrk.status).toBe(200);
    expect(asDrk.body.data).toMatchObject({ title: 'Wir suchen Dolmetscher für Arabisch', mine: false });
    expect(JSON.stringify(asDrk.body)).not.toContain('kvhs@example.org');
    const list = await rest('GET', `/api/exchange/posts?kind=request&workingGroup=${workingGroup}`, cms.tokens.drk);
    expect(list.body.data.map((item: { documentId: string }) => item.documentId)).toContain(post);
    const otherKind = await rest('GET', '/api/exchange/posts?kind=offer', cms.tokens.drk);
    expect(otherKind.body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(post);
    const office = await rest('GET', `/api/exchange/posts/${post}`, cms.tokens.koordination);
    expect(office.status).toBe(200);
  });

  it('takes replies from another member organisation', async () => {
    const reply = await rest('POST', `/api/exchange/posts/${post}/replies`, cms.tokens.drk, { data: { text: 'Wir haben zwei Sprachmittlerinnen, melden Sie sich.' } });
    expect(reply.status).toBe(201);
    const shown = await rest('GET', `/api/exchange/posts/${post}`, cms.tokens.kvhs);
    expect(shown.body.data.replies).toEqual([expect.objectContaining({ text: 'Wir haben zwei Sprachmittlerinnen, melden Sie sich.', organisation: { documentId: drkActor, name: expect.any(String) } })]);
    const list = await rest('GET', '/api/exchange/posts', cms.tokens.kvhs);
    expect(list.body.data.find((item: { documentId: string }) => item.documentId === post).replyCount).toBe(1);
  });

  it('lets any account of the author organisation change and close the post, and nobody else', async () => {
    const foreign = await rest('PUT', `/api/exchange/posts/${post}`, cms.tokens.drk, { data: { status: 'closed' } });
    expect(foreign.status).toBe(403);
    const office = await rest('PUT', `/api/exchange/posts/${post}`, cms.tokens.koordination, { data: { title: 'Von der Koordination geändert' } });
    expect(office.status).toBe(403);
    expect((await db(cms, POST).findOne({ where: { documentId: post } })).status).toBe('open');

    const changed = await rest('PUT', `/api/exchange/posts/${post}`, secondKvhs, { data: { title: 'Wir suchen Dolmetscher für Arabisch und Farsi' } });
    expect(changed.status).toBe(200);
    const closed = await rest('PUT', `/api/exchange/posts/${post}`, cms.tokens.kvhs, { data: { status: 'closed' } });
    expect(closed.status).toBe(200);
    expect(await db(cms, POST).findOne({ where: { documentId: post } })).toMatchObject({ status: 'closed', title: 'Wir suchen Dolmetscher für Arabisch und Farsi' });
    const lateReply = await rest('POST', `/api/exchange/posts/${post}/replies`, cms.tokens.drk, { data: { text: 'Noch eine Antwort' } });
    expect(lateReply.status).toBe(400);
  });

  it('refuses bad input with a 4xx and a message, and writes nothing', async () => {
    const before = { posts: await db(cms, POST).count(), replies: await db(cms, REPLY).count() };
    const valid = { kind: 'offer', title: 'Wir bieten Räume', text: 'Montags frei.' };
    const cases: Array<[string, Record<string, unknown>]> = [
      ['unknown kind', { ...valid, kind: 'sale' }],
      ['title too long', { ...valid, title: 'x'.repeat(151) }],
      ['empty text', { ...valid, text: '   ' }],
      ['text too long', { ...valid, text: 'x'.repeat(5001) }],
      ['unknown municipality', { ...valid, municipality: 'gibt-es-nicht' }],
      ['unknown topic', { ...valid, topic: 'gibt-es-nicht' }],
      ['unknown working group', { ...valid, workingGroup: 'gibt-es-nicht' }],
      ['line break in the title', { ...valid, title: 'Zeile\nZwei' }],
      ['a field that is not there', { ...valid, actor: drkActor }],
      ['status on create', { ...valid, status: 'closed' }],
    ];
    for (const [name, data] of cases) {
      const answer = await newPost(cms.tokens.drk, data);
      expect(answer.status, name).toBe(400);
      expect(answer.body.error.message, name).toMatch(/\S/);
    }
    expect((await newPost(cms.tokens.drk, { ...valid, kind: undefined })).status).toBe(400);
    expect((await rest('PUT', `/api/exchange/posts/${post}`, cms.tokens.kvhs, { data: { status: 'deleted' } })).status).toBe(400);
    expect((await rest('POST', `/api/exchange/posts/${post}/replies`, cms.tokens.drk, { data: { text: '' } })).status).toBe(400);
    expect((await rest('GET', '/api/exchange/posts?kind=sale', cms.tokens.drk)).status).toBe(400);
    expect((await rest('GET', '/api/exchange/posts/gibt-es-nicht', cms.tokens.drk)).status).toBe(404);
    expect({ posts: await db(cms, POST).count(), replies: await db(cms, REPLY).count() }).toEqual(before);
  });
});

describe('hiding by the office', () => {
  it('lets only the office hide and unhide; hidden posts are gone for members, visible to the office', async () => {
    hiddenPost = (await newPost(cms.tokens.drk, { kind: 'information', title: 'Werbung für etwas anderes', text: 'Nicht passend.' })).body.data.documentId;
    expect((await rest('POST', `/api/exchange/posts/${hiddenPost}/hide`, cms.tokens.drk, { reason: 'eigener' })).status).toBe(403);
    expect((await rest('POST', `/api/exchange/posts/${hiddenPost}/hide`, cms.tokens.kvhs, { reason: 'fremder' })).status).toBe(403);
    expect((await rest('POST', `/api/exchange/posts/${hiddenPost}/hide`, cms.tokens.koordination, { reason: 'Zeile\nZwei' })).status).toBe(400);
    const hidden = await rest('POST', `/api/exchange/posts/${hiddenPost}/hide`, cms.tokens.koordination, { reason: 'Werbung' });
    expect(hidden.status).toBe(200);
    expect(hidden.body.data).toMatchObject({ hidden: true, hiddenReason: 'Werbung' });

    for (const token of [cms.tokens.drk, cms.tokens.kvhs]) {
      expect((await rest('GET', `/api/exchange/posts/${hiddenPost}`, token)).status).toBe(404);
      const list = await rest('GET', '/api/exchange/posts', token);
      expect(list.body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(hiddenPost);
      expect((await rest('PUT', `/api/exchange/posts/${hiddenPost}`, token, { data: { title: 'Doch' } })).status).toBe(404);
      expect((await rest('POST', `/api/exchange/posts/${hiddenPost}/replies`, token, { data: { text: 'Hallo' } })).status).toBe(404);
    }
    const office = await rest('GET', '/api/exchange/posts', cms.tokens.koordination);
    expect(office.body.data.find((item: { documentId: string }) => item.documentId === hiddenPost)).toMatchObject({ hidden: true, hiddenReason: 'Werbung' });
    expect((await rest('GET', `/api/exchange/posts/${hiddenPost}`, cms.tokens.drk)).body).not.toHaveProperty('data.hiddenReason');

    expect((await rest('POST', `/api/exchange/posts/${hiddenPost}/unhide`, cms.tokens.koordination)).status).toBe(200);
    expect((await rest('GET', `/api/exchange/posts/${hiddenPost}`, cms.tokens.drk)).status).toBe(200);
    expect((await rest('POST', `/api/exchange/posts/${hiddenPost}/hide`, cms.tokens.koordination, { reason: 'Werbung' })).status).toBe(200);
  });
});

describe('never public', () => {
  it('refuses the anonymous every exchange route', async () => {
    const routes: Array<[string, string]> = [
      ['GET', '/api/exchange/posts'], ['GET', '/api/exchange/options'], ['GET', `/api/exchange/posts/${post}`], ['POST', '/api/exchange/posts'],
      ['PUT', `/api/exchange/posts/${post}`], ['POST', `/api/exchange/posts/${post}/replies`], ['POST', `/api/exchange/posts/${post}/hide`],
      ['POST', `/api/exchange/posts/${post}/unhide`], ['GET', '/api/exchange/mail-settings'], ['PUT', '/api/exchange/mail-settings'],
    ];
    for (const [method, path] of routes) {
      const answer = await rest(method, path, undefined, method === 'GET' ? undefined : { data: { text: 'x', choice: 'none' } });
      expect([401, 403], `${method} ${path}`).toContain(answer.status);
      expect(JSON.stringify(answer.body)).not.toContain(SECRET);
    }
  });

  it('has no REST routes of its own types, for anyone', async () => {
    for (const token of [undefined, cms.tokens.drk, cms.tokens.koordination]) {
      for (const path of ['/api/exchange-posts', `/api/exchange-posts/${post}`, '/api/exchange-replies']) {
        const answer = await rest('GET', path, token);
        expect([403, 404], path).toContain(answer.status);
        expect(JSON.stringify(answer.body)).not.toContain(SECRET);
      }
    }
  });

  it('cannot be reached through populate or filters of the public types (REST)', async () => {
    const paths = [
      `/api/working-groups?populate=*`,
      `/api/working-groups?populate[exchangePosts]=true`,
      `/api/working-groups?filters[exchangePosts][title][$contains]=Dolmetscher`,
      `/api/municipalities?populate[exchangePosts]=true`,
      `/api/topics?populate[exchangePosts]=true`,
      `/api/actors?populate[exchangePosts]=true`,
      `/api/actors?populate[memberAccounts][populate]=*`,
    ];
    for (const path of paths) {
      for (const token of [undefined, cms.tokens.drk]) {
        const answer = await rest('GET', path, token);
        expect(JSON.stringify(answer.body), path).not.toContain(SECRET);
        if (!path.endsWith('populate=*')) expect([400, 403], path).toContain(answer.status);
      }
    }
  });

  it('has no GraphQL queries, types or fields for posts, replies or the mail choice', async () => {
    const queries = [
      '{ exchangePosts { documentId title } }',
      '{ exchangePost(documentId: "x") { documentId } }',
      '{ exchangeReplies { text } }',
      '{ workingGroups { exchangePosts { title } } }',
      '{ usersPermissionsUsers { exchangeMails } }',
      'mutation { createExchangePost(data: { title: "x" }) { documentId } }',
      'mutation { createExchangeReply(data: { text: "x" }) { documentId } }',
    ];
    for (const query of queries) {
      for (const token of [undefined, cms.tokens.drk, cms.tokens.koordination]) {
        const answer = await cms.client.graphql(query, {}, { token });
        expect(answer.body.errors?.length, query).toBeGreaterThan(0);
        expect(answer.body.data ?? null, query).toBeNull();
        expect(JSON.stringify(answer.body)).not.toContain(SECRET);
      }
    }
  });

  it('gives accounts without a network role nothing', async () => {
    const role = await db(cms, 'plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    await cms.strapi.plugin('users-permissions').service('user').add({ username: 'plain@example.org', email: 'plain@example.org', password: 'demo-Passwort-1', provider: 'local', confirmed: true, blocked: false, role: role.id });
    const token = await cms.client.signIn('plain@example.org');
    expect((await rest('GET', '/api/exchange/posts', token)).status).toBe(403);
    expect((await rest('GET', `/api/exchange/posts/${post}`, token)).status).toBe(403);
    expect((await newPost(token, { kind: 'offer', title: 'x', text: 'y' })).status).toBe(403);
    expect((await rest('GET', '/api/exchange/mail-settings', token)).status).toBe(403);
  });
});

describe('mails', () => {
  const choose = (token: string, choice: string) => rest('PUT', '/api/exchange/mail-settings', token, { data: { choice } });

  it('starts every account at the weekly digest and lets each account choose', async () => {
    expect((await rest('GET', '/api/exchange/mail-settings', cms.tokens.drk)).body.data).toEqual({ choice: 'digest' });
    expect((await db(cms, USER).findOne({ where: { email: 'kvhs2@example.org' } })).exchangeMails).toBe('digest');
    expect((await choose(cms.tokens.drk, 'daily')).status).toBe(400);
    expect((await rest('GET', '/api/exchange/mail-settings', cms.tokens.drk)).body.data).toEqual({ choice: 'digest' });
    expect((await choose(cms.tokens.drk, 'each')).status).toBe(200);
    expect((await choose(cms.tokens.kvhs, 'each')).status).toBe(200);
    expect((await choose(cms.tokens.koordination, 'each')).status).toBe(200);
    expect((await rest('GET', '/api/exchange/mail-settings', cms.tokens.drk)).body.data).toEqual({ choice: 'each' });
  });

  it('mails each new post to the accounts that want every post, not to its author', async () => {
    mail().clear();
    const created = await newPost(cms.tokens.kvhs, { kind: 'offer', title: 'Wir bieten einen Raum für Treffen', text: 'Dienstags ab 16 Uhr.' });
    expect(created.status).toBe(201);
    const messages = mail().read();
    expect(messages.flatMap(recipients).sort()).toEqual(['drk@example.org', 'koordination@example.org']);
    for (const message of messages) {
      expect(message.subject).toBe('Austausch: Wir bieten – Wir bieten einen Raum für Treffen');
      expect(message.text).toContain(`/mitglieder/austausch/${created.body.data.documentId}`);
      expect(message.text).toMatch(/\/mitglieder\/abbestellen\?token=\S+/);
      // RFC 2369 / 8058: the mail program's own unsubscribe, one click, to the same page
      const link = /(\S+\/mitglieder\/abbestellen\?token=\S+)/.exec(message.text)![1];
      expect((message as any).headers).toEqual({ 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    }
  });

  it('sends the week’s posts once to the digest accounts (idempotent per week)', async () => {
    await choose(cms.tokens.kvhs, 'digest');
    mail().clear();
    // a week after now: the digest covers this week
    const nextWeek = new Date(Date.now() + 7 * 86400000);
    const first = await sendExchangeDigest(cms.strapi, nextWeek);
    expect(first.posts).toBeGreaterThanOrEqual(2);
    const messages = mail().read();
    const to = messages.flatMap(recipients);
    expect(to).toContain('kvhs@example.org');
    expect(to).toContain('kvhs2@example.org');
    expect(to).not.toContain('drk@example.org'); // chose each post
    expect(to).not.toContain('plain@example.org'); // no network role
    const digest = messages.find((message) => recipients(message).includes('kvhs@example.org'))!;
    expect(digest.subject).toMatch(/^Austausch: \d+ neue Beiträge der Woche \d{2}$/);
    expect(digest.text).toContain('Wir bieten: Wir bieten einen Raum für Treffen');
    expect(digest.text).toContain('Wir suchen: Wir suchen Dolmetscher für Arabisch und Farsi');
    expect(digest.text).toContain('(bereits geschlossen)');
    expect(digest.text).not.toContain('Werbung für etwas anderes'); // hidden
    expect(digest.text).toMatch(/\/mitglieder\/abbestellen\?token=\S+/);

    mail().clear();
    const second = await sendExchangeDigest(cms.strapi, new Date(nextWeek.getTime() + 3600000));
    expect(second.sent).toBe(0);
    expect(mail().read()).toEqual([]);
    // the week after has none of these posts: nothing to send
    expect((await sendExchangeDigest(cms.strapi, new Date(Date.now() + 14 * 86400000))).sent).toBe(0);
    expect(mail().read()).toEqual([]);
  });

  it('unsubscribes from a mail link without signing in: GET shows, only POST changes, a tampered token is refused', async () => {
    mail().clear();
    await newPost(cms.tokens.kvhs, { kind: 'information', title: 'Neue Öffnungszeiten', text: 'Ab Januar.' });
    const toDrk = mail().read().find((message) => recipients(message).includes('drk@example.org'))!;
    const token = decodeURIComponent(/abbestellen\?token=(\S+)/.exec(toDrk.text)![1]);

    const preview = await rest('GET', `/api/exchange/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(preview.status).toBe(200);
    expect(preview.body.data).toEqual({ email: expect.stringMatching(/^dr…@example\.org$/), choice: 'each' });
    await rest('GET', `/api/exchange/unsubscribe?token=${encodeURIComponent(token)}&choice=none`);
    expect((await db(cms, USER).findOne({ where: { email: 'drk@example.org' } })).exchangeMails).toBe('each');

    const tampered = [`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, token.replace(/^\d+/, (id) => String(Number(id) + 1)), 'abc', ''];
    for (const bad of tampered) {
      const answer = await rest('POST', '/api/exchange/unsubscribe', undefined, { token: bad, choice: 'none' });
      expect(answer.status, bad).toBe(400);
      expect(answer.body.error.message).toMatch(/Abmeldelink/);
    }
    expect((await rest('POST', '/api/exchange/unsubscribe', undefined, { token, choice: 'weekly' })).status).toBe(400);
    expect((await db(cms, USER).findOne({ where: { email: 'drk@example.org' } })).exchangeMails).toBe('each');

    const done = await rest('POST', '/api/exchange/unsubscribe', undefined, { token });
    expect(done.status).toBe(200);
    expect(done.body.data.choice).toBe('none');
    expect((await db(cms, USER).findOne({ where: { email: 'drk@example.org' } })).exchangeMails).toBe('none');
    mail().clear();
    await newPost(cms.tokens.kvhs, { kind: 'information', title: 'Noch eine Information', text: 'Text.' });
    expect(mail().read().flatMap(recipients)).not.toContain('drk@example.org');
  });
});
