import { describe, expect, it } from 'vitest';
import { useCms, db } from '../helpers/suite';
import { errorCodes } from '../helpers/http';

/** What the public does get: published versions, in every locale, with per-field German fallback. */
const cms = useCms();

const LOCALES = ['de', 'en', 'fr', 'ar', 'ru', 'ro', 'pl', 'uk', 'fa'];

describe('published content', () => {
  it('lists exactly the published offerings (the never-published one is absent)', async () => {
    const result = await cms.client.graphql('{ offerings_connection(pagination: { limit: 100 }) { nodes { slug } pageInfo { total } } }');
    const published = await db(cms, 'api::offering.offering').count({ where: { publishedAt: { $notNull: true } } });
    expect(result.body.data.offerings_connection.pageInfo.total).toBe(published);
    expect(result.body.data.offerings_connection.nodes.map((o: { slug: string }) => o.slug)).not.toContain('hausaufgabenhilfe-wanzleben');
  });

  it('shows the published text of an actor whose changed draft waits for review', async () => {
    const versions = await db(cms, 'api::actor.actor').findMany({ where: { slug: 'drk-kreisverband-boerde' }, orderBy: { id: 'asc' } });
    const draft = versions.find((v: { publishedAt: string | null }) => v.publishedAt === null);
    const live = versions.find((v: { publishedAt: string | null }) => v.publishedAt !== null);
    expect(draft.shortDescription).not.toBe(live.shortDescription);

    const graphql = await cms.client.graphql('{ actors(filters: { slug: { eq: "drk-kreisverband-boerde" } }) { shortDescription } }');
    expect(graphql.body.data.actors).toEqual([{ shortDescription: live.shortDescription }]);
    const rest = await cms.client.rest('GET', '/api/actors?filters[slug][$eq]=drk-kreisverband-boerde');
    expect(rest.body.data.map((a: { shortDescription: string }) => a.shortDescription)).toEqual([live.shortDescription]);
  });

  it.each(LOCALES)('returns the partly translated offering in %s with per-field German fallback', async (locale) => {
    const result = await cms.client.graphql(
      'query($locale: String!) { offerings(filters: { slug: { eq: "sprachcafe-wolmirstedt" } }) { title description localized(locale: $locale) { locale title description fallbackFields } } }',
      { locale },
    );
    expect(result.body.errors).toBeUndefined();
    const [offering] = result.body.data.offerings;
    const text = offering.localized;
    expect(text.locale).toBe(locale);
    // The description exists only in German: every locale gets the German one.
    expect(text.description).toEqual(offering.description);
    expect(JSON.stringify(text.description)).toContain('Zungenbrecher');

    const row = await db(cms, 'api::offering.offering').findOne({ where: { slug: 'sprachcafe-wolmirstedt', publishedAt: { $notNull: true } }, populate: { translations: true } });
    const translation = row.translations.find((t: { locale: string }) => t.locale === locale);
    if (locale === 'de') {
      expect(text.title).toBe(row.title);
      expect(text.fallbackFields).toEqual([]);
    } else if (translation?.title) {
      expect(text.title).toBe(translation.title);
      expect(text.title).not.toBe(row.title);
      expect(text.fallbackFields).toContain('description');
      expect(text.fallbackFields).not.toContain('title');
    } else {
      expect(text.title).toBe(row.title);
      expect(text.fallbackFields).toEqual(expect.arrayContaining(['title', 'description']));
    }
  });

  it('has the translated title in en, ar and uk for the partly translated offering', async () => {
    const result = await cms.client.graphql(
      '{ offerings(filters: { slug: { eq: "sprachcafe-wolmirstedt" } }) { title en: localized(locale: "en") { title } ar: localized(locale: "ar") { title } uk: localized(locale: "uk") { title } } }',
    );
    const [offering] = result.body.data.offerings;
    for (const locale of ['en', 'ar', 'uk']) expect(offering[locale].title).not.toBe(offering.title);
    expect(offering.ar.title).toMatch(/[\u0600-\u06FF]/);
    expect(offering.uk.title).toMatch(/[\u0400-\u04FF]/);
  });

  it('refuses an unknown locale with a clear error', async () => {
    const result = await cms.client.graphql('{ offerings(pagination: { limit: 1 }) { localized(locale: "xx") { title } } }');
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('translates taxonomy labels', async () => {
    const result = await cms.client.graphql('{ topics(sort: "sortOrder:asc") { slug name ar: localized(locale: "ar") { name fallbackFields } } }');
    expect(result.body.data.topics).toHaveLength(9);
    for (const topic of result.body.data.topics) {
      expect(topic.ar.name).toMatch(/[\u0600-\u06FF]/);
      expect(topic.ar.fallbackFields).not.toContain('name');
    }
  });

  it.each(['en', 'ar', 'uk'])('serves news and pages natively localized in %s', async (locale) => {
    const result = await cms.client.graphql(
      'query($locale: I18NLocaleCode) { pages(locale: $locale, filters: { slug: { eq: "ueber-das-netzwerk" } }) { title locale slug } global(locale: $locale) { siteName motto } }',
      { locale },
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.pages).toEqual([expect.objectContaining({ locale, slug: 'ueber-das-netzwerk' })]);
    const german = await cms.client.graphql('{ pages(filters: { slug: { eq: "ueber-das-netzwerk" } }) { title } global { motto } }');
    expect(result.body.data.pages[0].title).not.toBe(german.body.data.pages[0].title);
    expect(result.body.data.global.motto).not.toBe(german.body.data.global.motto);
  });

  it('keeps the Verbandsgemeinde hierarchy', async () => {
    const result = await cms.client.graphql('{ municipalities(filters: { kind: { eq: "collective_municipality" } }) { slug members(pagination: { limit: 50 }) { slug } } }');
    const municipalities = result.body.data.municipalities;
    expect(municipalities).toHaveLength(4);
    const elbeHeide = municipalities.find((m: { slug: string }) => m.slug === 'verbandsgemeinde-elbe-heide');
    expect(elbeHeide.members).toHaveLength(7);
  });

  it('never shows internal events, at the root or through relations', async () => {
    const internal = await db(cms, 'api::event.event').count({ where: { visibility: 'internal', publishedAt: { $notNull: true } } });
    expect(internal).toBeGreaterThan(0);
    const root = await cms.client.graphql('{ events(pagination: { limit: 100 }) { visibility } }');
    expect(root.body.data.events.length).toBeGreaterThan(0);
    expect(root.body.data.events.every((e: { visibility: string }) => e.visibility === 'public')).toBe(true);
    const asked = await cms.client.graphql('{ events(filters: { visibility: { eq: "internal" } }) { title } }');
    expect(asked.body.data.events).toEqual([]);
    const nested = await cms.client.graphql('{ workingGroups { events(pagination: { limit: 100 }) { visibility } events_connection { nodes { visibility } } } }');
    const nestedEvents = nested.body.data.workingGroups.flatMap((g: { events: unknown[]; events_connection: { nodes: unknown[] } }) => [...g.events, ...g.events_connection.nodes]);
    expect(nestedEvents.every((e: { visibility: string }) => e.visibility === 'public')).toBe(true);
    for (const query of ['/api/working-groups?populate=events', '/api/working-groups?populate=*', '/api/working-groups?populate[events][filters][visibility][$eq]=internal', '/api/actors?populate[workingGroups][populate]=events&pagination[pageSize]=100']) {
      const rest = await cms.client.rest('GET', query);
      expect(rest.status).toBe(200);
      expect(JSON.stringify(rest.body)).not.toContain('"visibility":"internal"');
    }
    const oneInternal = await db(cms, 'api::event.event').findOne({ where: { visibility: 'internal', publishedAt: { $notNull: true } } });
    expect((await cms.client.rest('GET', `/api/events/${oneInternal.documentId}`)).status).toBe(404);
    const single = await cms.client.graphql('query($id: ID!) { event(documentId: $id) { title } }', { id: oneInternal.documentId });
    expect(single.body.data.event).toBeNull();
  });

  it('lets the office see internal events', async () => {
    const result = await cms.client.graphql('{ events(filters: { visibility: { eq: "internal" } }) { title } }', {}, { token: cms.tokens.koordination });
    expect(result.body.data.events.length).toBeGreaterThan(0);
  });
});
