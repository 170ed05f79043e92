import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asComparable, changedFields } from '../../src/moderation/entries';
import { useCms } from '../helpers/suite';
import { outbox, recipients } from '../helpers/mail';

/**
 * The office decides a translation on its own, apart from the content change it came with, and
 * reordered lists are no change. Real Strapi, real HTTP and JWTs, REST and GraphQL.
 */
const cms = useCms();
const OFFERING = 'api::offering.offering';
let mail: ReturnType<typeof outbox>;
let offering: string;

type Row = Record<string, any>;
const versions = async () => ({
  draft: (await cms.strapi.db.query(OFFERING).findOne({ where: { documentId: offering, publishedAt: null }, populate: { translations: true, targetGroups: true, languages: true, municipalities: true } })) as Row,
  published: (await cms.strapi.db.query(OFFERING).findOne({ where: { documentId: offering, publishedAt: { $notNull: true } }, populate: { translations: true, targetGroups: true, languages: true, municipalities: true } })) as Row,
});
const documentIds = (rows: Row[]) => rows.map((row) => row.documentId as string);
/** The draft's translations as a member sends them back, with one locale replaced. */
const translationsWith = async (locale: string, text: Row) => {
  const { draft } = await versions();
  const others = (draft.translations as Row[]).filter((entry) => entry.locale !== locale).map(({ id: _id, translatedAt: _at, ...rest }) => rest);
  return [...others, { locale, ...text }];
};
const queueItem = async () => (await cms.client.rest('GET', '/api/moderation/queue', { token: cms.tokens.koordination })).body.data.find((entry: Row) => entry.documentId === offering);
const logActions = async () => (await cms.client.rest('GET', `/api/moderation/log?documentId=${offering}`, { token: cms.tokens.koordination })).body.data as Row[];
const publicEnglish = async () =>
  (await cms.client.graphql('query($id: ID!) { offering(documentId: $id) { summary localized(locale: "en") { title openingHoursNote fallbackFields } } }', { id: offering })).body.data?.offering;

beforeAll(async () => {
  mail = outbox(cms.mailDir);
  offering = (await cms.strapi.db.query(OFFERING).findOne({ where: { slug: 'integrationskurs-haldensleben' } })).documentId;
});
beforeEach(() => mail.clear());

describe('lists are compared as sets', () => {
  it('treats reordered related entries, translations and time slots as equal, and a changed member as a change', () => {
    const a = { targetGroups: [{ documentId: 'x', name: 'X' }, { documentId: 'y', name: 'Y' }], translations: [{ locale: 'en', title: 'A' }, { locale: 'ar', title: 'B' }] };
    const b = { targetGroups: [{ documentId: 'y', name: 'Y' }, { documentId: 'x', name: 'X' }], translations: [{ locale: 'ar', title: 'B' }, { locale: 'en', title: 'A' }] };
    expect(changedFields(a, b)).toEqual([]);
    expect(asComparable({ slots: [{ weekday: 'tuesday', opens: '09:00' }, { weekday: 'monday', opens: '09:00' }] })).toEqual(asComparable({ slots: [{ weekday: 'monday', opens: '09:00' }, { weekday: 'tuesday', opens: '09:00' }] }));
    expect(changedFields(a, { ...b, targetGroups: [{ documentId: 'y', name: 'Y' }, { documentId: 'z', name: 'Z' }] })).toEqual(['targetGroups']);
    // a list of plain values keeps its order (the order of paragraphs in rich text is content)
    expect(changedFields({ description: [{ type: 'paragraph', children: [{ text: '1' }] }, { type: 'paragraph', children: [{ text: '2' }] }] }, { description: [{ type: 'paragraph', children: [{ text: '2' }] }, { type: 'paragraph', children: [{ text: '1' }] }] })).toEqual(['description']);
  });

  it('does not show a member draft that only reorders target groups, languages and municipalities as a change', async () => {
    const { published } = await versions();
    const reversed = (rows: Row[]) => documentIds(rows).reverse();
    expect(published.languages.length).toBeGreaterThan(1);
    const saved = await cms.client.rest('PUT', `/api/offerings/${offering}`, {
      token: cms.tokens.kvhs,
      body: { data: { targetGroups: reversed(published.targetGroups), languages: reversed(published.languages), municipalities: reversed(published.municipalities), summary: 'Neue Kurse ab Februar.' } },
    });
    expect(saved.status).toBe(200);
    const { draft } = await versions();
    expect(documentIds(draft.languages)).not.toEqual(documentIds(published.languages));
    const item = await queueItem();
    expect(item.changedFields).toEqual(['summary']);
    const approved = await cms.client.rest('POST', `/api/moderation/offering/${offering}/approve`, { token: cms.tokens.koordination, body: { version: item.version } });
    expect(approved.status).toBe(200);
  });
});

describe('the history', () => {
  it('says what each member write changed, so an edit and its translation are two different rows', async () => {
    await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { summary: 'Kurse auch am Samstag.', openingHours: { byAppointment: true, note: 'Klingeln am Seiteneingang.' } } } });
    const translations = await translationsWith('en', { summary: 'Courses on Saturdays too.' });
    await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { translations } } });
    const own = (await cms.client.rest('GET', `/api/moderation/log?documentId=${offering}`, { token: cms.tokens.kvhs })).body.data as Row[];
    expect(own.slice(0, 2).map((entry) => [entry.action, entry.changes])).toEqual([
      ['submitted', ['translations.en']],
      ['submitted', ['openingHours', 'summary']],
    ]);
    const item = await queueItem();
    expect((await cms.client.rest('POST', `/api/moderation/offering/${offering}/approve`, { token: cms.tokens.koordination, body: { version: item.version } })).status).toBe(200);
  });
});

describe('a translation decided on its own', () => {
  it('is approved alone: the English text goes online, the German change keeps waiting, and the log says so', async () => {
    const before = (await publicEnglish()).summary;
    const translations = await translationsWith('en', { title: 'Integration course in Haldensleben', openingHoursNote: 'Please ring at the side entrance.' });
    const saved = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { summary: 'Ab März auch abends.', translations } } });
    expect(saved.status).toBe(200);
    const item = await queueItem();
    expect(item.changedFields).toEqual(['summary', 'translations']);
    expect(item.pendingTranslations).toEqual(['en']);
    const own = (await cms.client.rest('GET', `/api/moderation/offering/${offering}`, { token: cms.tokens.kvhs })).body.data;
    expect(own.pendingTranslations).toEqual(['en']);

    mail.clear();
    const approved = await cms.client.rest('POST', `/api/moderation/offering/${offering}/translations/en/approve`, { token: cms.tokens.koordination, body: { version: item.version } });
    expect(approved.status).toBe(200);
    const online = await publicEnglish();
    expect(online.localized.title).toBe('Integration course in Haldensleben');
    expect(online.localized.openingHoursNote).toBe('Please ring at the side entrance.');
    expect(online.summary).toBe(before);

    const after = await queueItem();
    expect(after.changedFields).toEqual(['summary']);
    expect(after.pendingTranslations).toEqual([]);
    expect(after.version).toBe(item.version);
    const [toMember] = mail.read();
    expect(recipients(toMember)).toEqual(['kvhs@example.org']);
    expect(toMember.subject).toContain('Übersetzung freigegeben');
    const [latest] = await logActions();
    expect(latest).toMatchObject({ action: 'translation_approved', locale: 'en', byEmail: 'koordination@example.org' });

    // the same translation again: already decided
    const again = await cms.client.rest('POST', `/api/moderation/offering/${offering}/translations/en/approve`, { token: cms.tokens.koordination, body: {} });
    expect(again.status).toBe(409);

    // the German change, decided afterwards, with the version the office saw
    const rest = await cms.client.rest('POST', `/api/moderation/offering/${offering}/approve`, { token: cms.tokens.koordination, body: { version: item.version } });
    expect(rest.status).toBe(200);
    expect((await publicEnglish()).summary).toBe('Ab März auch abends.');
  });

  it('is sent back alone over GraphQL: the German change stays, the returned text cannot go online with it', async () => {
    const translations = await translationsWith('fr', { title: 'Cours d’intégration (brouillon)' });
    await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { summary: 'Kurs im Sommer pausiert.', translations } } });
    const item = await queueItem();
    expect(item.pendingTranslations).toEqual(['fr']);

    const noComment = await cms.client.rest('POST', `/api/moderation/offering/${offering}/translations/fr/send-back`, { token: cms.tokens.koordination, body: { comment: ' ' } });
    expect(noComment.status).toBe(400);
    const unknown = await cms.client.rest('POST', `/api/moderation/offering/${offering}/translations/xx/send-back`, { token: cms.tokens.koordination, body: { comment: 'x' } });
    expect(unknown.status).toBe(400);

    mail.clear();
    const sent = await cms.client.graphql('mutation($id: ID!) { sendBackTranslation(type: "offering", documentId: $id, locale: "fr", comment: "Bitte den Titel ohne Klammer.") }', { id: offering }, { token: cms.tokens.koordination });
    expect(sent.body.errors).toBeUndefined();
    expect(sent.body.data.sendBackTranslation.state).toBe('sent_back');
    const { draft, published } = await versions();
    expect((draft.translations as Row[]).find((entry) => entry.locale === 'fr')?.title ?? null).toBe((published.translations as Row[]).find((entry) => entry.locale === 'fr')?.title ?? null);
    const after = await queueItem();
    expect(after.changedFields).toEqual(['summary']);
    const [toMember] = mail.read();
    expect(toMember.text).toContain('Bitte den Titel ohne Klammer.');
    const [latest] = await logActions();
    expect(latest).toMatchObject({ action: 'translation_sent_back', locale: 'fr', comment: 'Bitte den Titel ohne Klammer.' });
    expect(latest.snapshot.title).toBe('Cours d’intégration (brouillon)');

    const approved = await cms.client.rest('POST', `/api/moderation/offering/${offering}/approve`, { token: cms.tokens.koordination, body: { version: after.version } });
    expect(approved.status).toBe(200);
    const fr = (await cms.client.graphql('query($id: ID!) { offering(documentId: $id) { localized(locale: "fr") { title } } }', { id: offering })).body.data.offering.localized.title;
    expect(fr).not.toBe('Cours d’intégration (brouillon)');
  });

  it('ends the review when the translation was all there was, and the member sees it sent back', async () => {
    const translations = await translationsWith('uk', { title: 'Інтеграційний курс' });
    await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { translations } } });
    const sent = await cms.client.rest('POST', `/api/moderation/offering/${offering}/translations/uk/send-back`, { token: cms.tokens.koordination, body: { comment: 'Bitte vollständig übersetzen.' } });
    expect(sent.status).toBe(200);
    expect(sent.body.data.reviewDone).toBe(true);
    const own = (await cms.client.rest('GET', `/api/moderation/offering/${offering}`, { token: cms.tokens.kvhs })).body.data;
    expect(own.state).toBe('sent_back');
    expect(own.reviewComment).toBe('Bitte vollständig übersetzen.');
    expect(await queueItem()).toBeUndefined();
  });

  it('is decided by the office only, over REST and GraphQL, and nothing changes on a refusal', async () => {
    const translations = await translationsWith('ar', { title: 'دورة الاندماج' });
    await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { translations } } });
    const before = await versions();
    for (const token of [cms.tokens.kvhs, cms.tokens.drk, undefined]) {
      for (const action of ['approve', 'send-back']) {
        const rest = await cms.client.rest('POST', `/api/moderation/offering/${offering}/translations/ar/${action}`, { token, body: { comment: 'x' } });
        expect([401, 403], `${action} ${token ? 'member' : 'anonymous'}`).toContain(rest.status);
      }
      const approve = await cms.client.graphql('mutation($id: ID!) { approveTranslation(type: "offering", documentId: $id, locale: "ar") }', { id: offering }, { token });
      expect(approve.body.data?.approveTranslation ?? null).toBeNull();
      expect(approve.body.errors?.[0]?.extensions?.code ?? approve.body.errors?.[0]?.message).toMatch(/FORBIDDEN|Forbidden|UNAUTHORIZED|Unauthorized/);
      const sendBack = await cms.client.graphql('mutation($id: ID!) { sendBackTranslation(type: "offering", documentId: $id, locale: "ar", comment: "x") }', { id: offering }, { token });
      expect(sendBack.body.data?.sendBackTranslation ?? null).toBeNull();
      expect(sendBack.body.errors?.length).toBeGreaterThan(0);
    }
    const after = await versions();
    expect(after.published.translations).toEqual(before.published.translations);
    expect(after.draft.translations).toEqual(before.draft.translations);
    expect((await logActions()).filter((entry) => entry.action.startsWith('translation_') && entry.locale === 'ar')).toEqual([]);
    // the office may: approved alone, and the review is over
    const approved = await cms.client.graphql('mutation($id: ID!) { approveTranslation(type: "offering", documentId: $id, locale: "ar") }', { id: offering }, { token: cms.tokens.koordination });
    expect(approved.body.errors).toBeUndefined();
    expect(approved.body.data.approveTranslation.reviewDone).toBe(true);
    expect((await cms.client.rest('GET', `/api/moderation/offering/${offering}`, { token: cms.tokens.kvhs })).body.data.state).toBe('live');
  });
});
