import type { Core, UID } from '@strapi/strapi';
import { LOCALE_CODES } from '../i18n/locales';
import * as data from './data';
import { seedDemoData } from './seed';
import { refreshStatistics } from '../bootstrap/indexes';
import { createBulkWriter, newDocumentId, type BulkDocument, type Transaction } from './bulk-writer';

/**
 * Scale data for measuring (`pnpm --filter cms seed:scale`): thousands of published, public
 * actors, offerings, events and news articles on top of the demo data, written in batches through
 * Strapi's tables (bulk-writer.ts) inside one transaction. Every generated entry's slug starts
 * with `scale-`; a database holding anything that is neither that nor demo data is refused.
 */
export const SCALE_PREFIX = 'scale-';
export type ScaleOptions = { actors?: number; offerings?: number; events?: number; news?: number; log?: (message: string) => void };
export type ScaleCounts = { actors: number; offerings: number; events: number; news: number; translations: number; ms: number };

const ACTOR_UID = 'api::actor.actor';
const OFFERING_UID = 'api::offering.offering';
const EVENT_UID = 'api::event.event';
const NEWS_UID = 'api::news-article.news-article';

/** Types whose entries are content; their slugs tell generated and demo entries from real ones. */
const CONTENT: Array<{ uid: string; demoSlugs: string[] }> = [
  { uid: ACTOR_UID, demoSlugs: data.actors.map((item) => item.slug) },
  { uid: OFFERING_UID, demoSlugs: data.offerings.map((item) => item.slug) },
  { uid: EVENT_UID, demoSlugs: data.events.map((item) => item.slug) },
  { uid: NEWS_UID, demoSlugs: data.newsArticles.map((item) => item.slug) },
];

/** Refuses (throws) when any actor, offering, event or news article is neither demo nor scale data. */
export async function refuseRealContent(strapi: Core.Strapi) {
  for (const { uid, demoSlugs } of CONTENT) {
    const real = await strapi.db.query(uid as UID.Schema).findOne({
      select: ['slug'],
      where: { $and: [{ slug: { $notIn: demoSlugs } }, { $or: [{ slug: { $null: true } }, { $not: { slug: { $startsWith: SCALE_PREFIX } } }] }] },
    });
    if (real) {
      throw new Error(`seed:scale refused: ${uid} "${(real as { slug?: string }).slug ?? '(no slug)'}" is real content (neither demo nor ${SCALE_PREFIX}* data)`);
    }
  }
}

/** Deterministic pseudo-random numbers (mulberry32), so two runs produce the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** Skewed towards the front of the list: the district town has more than a small village. */
  const skewed = <T>(items: T[]): T => items[Math.floor(items.length * next() ** 2)];
  const any = <T>(items: T[]): T => items[Math.floor(items.length * next())];
  const some = <T>(items: T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => skewed(items)))];
  return { next, skewed, any, some };
}

const OFFERING_TITLES = [
  'Deutschkurs A1', 'Deutschkurs B1', 'Integrationskurs', 'Sprachcafé', 'Alphabetisierungskurs', 'Hausaufgabenhilfe',
  'Migrationsberatung für Erwachsene', 'Schuldner- und Sozialberatung', 'Rechtsberatung Asyl', 'Begleitung zu Behörden',
  'Bewerbungstraining', 'Berufsorientierung', 'Frauencafé', 'Elterncafé', 'Kinderbetreuung', 'Fahrradwerkstatt',
  'Nähwerkstatt', 'Psychosoziale Beratung', 'Gesundheitssprechstunde', 'Wohnungssuche', 'Sportgruppe', 'Internationaler Chor',
];
const ACTOR_NAMES = ['Beratungsstelle', 'Verein', 'Initiative', 'Kirchengemeinde', 'Bildungswerk', 'Begegnungsstätte', 'Familienzentrum', 'Treffpunkt'];
const ACTOR_KINDS = ['counselling_service', 'association', 'church', 'administration', 'support_service', 'education_provider', 'initiative', 'volunteer_guide', 'other'];
const EVENT_TITLES = ['Interkulturelles Fest', 'Infoabend', 'Sprachtreff', 'Workshop', 'Netzwerktreffen', 'Lesung', 'Kochabend'];
/** A word per locale so translated titles differ from German ones (for search and fallback checks). */
const LOCALE_WORD: Record<string, string> = { en: 'Offer', fr: 'Offre', ar: 'عرض', ru: 'Предложение', ro: 'Ofertă', pl: 'Oferta', uk: 'Пропозиція', fa: 'پیشنهاد' };
const OTHER_LOCALES = LOCALE_CODES.filter((code) => code !== 'de');

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const pad = (index: number) => String(index).padStart(6, '0');
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** About a third of the entries in every locale (each locale a different third). */
const translatedIn = (index: number) => OTHER_LOCALES.filter((_, localeIndex) => (index + localeIndex) % 3 === 0);

async function documentIdsOf(strapi: Core.Strapi, uid: string, where: Record<string, unknown> = {}) {
  const rows = (await strapi.db.query(uid as UID.Schema).findMany({ select: ['documentId'], where: { ...where, publishedAt: { $notNull: true } } })) as Array<{
    documentId: string;
  }>;
  return [...new Set(rows.map((row) => row.documentId))];
}

async function countScale(strapi: Core.Strapi, uid: string) {
  return strapi.db.query(uid as UID.Schema).count({ where: { slug: { $startsWith: SCALE_PREFIX }, publishedAt: { $notNull: true } } });
}

/**
 * Adds scale entries until the database holds the wanted numbers of each (a second run with the
 * same numbers adds nothing). Demo data is seeded first: it provides municipalities, topics,
 * target groups and languages.
 */
export async function seedScaleData(strapi: Core.Strapi, options: ScaleOptions = {}): Promise<ScaleCounts> {
  const started = Date.now();
  const log = options.log ?? ((message: string) => strapi.log.info(message));
  const wanted = { actors: options.actors ?? 2000, offerings: options.offerings ?? 10000 };
  const wantedEvents = options.events ?? Math.round(wanted.offerings / 10);
  const wantedNews = options.news ?? Math.round(wanted.actors / 20);

  await refuseRealContent(strapi);
  await seedDemoData(strapi);

  const municipalities = (await strapi.db.query('api::municipality.municipality').findMany({
    select: ['documentId', 'name', 'slug'],
    where: { publishedAt: { $notNull: true } },
    orderBy: { id: 'asc' },
  })) as Array<{ documentId: string; name: string }>;
  const topics = await documentIdsOf(strapi, 'api::topic.topic');
  const targetGroups = await documentIdsOf(strapi, 'api::target-group.target-group');
  const languages = await documentIdsOf(strapi, 'api::language.language');
  if (municipalities.length === 0 || topics.length === 0) throw new Error('seed:scale: no municipalities or topics (demo data missing)');

  const have = {
    actors: await countScale(strapi, ACTOR_UID),
    offerings: await countScale(strapi, OFFERING_UID),
    events: await countScale(strapi, EVENT_UID),
    news: await strapi.db.query(NEWS_UID).count({ where: { slug: { $startsWith: SCALE_PREFIX }, locale: 'de', publishedAt: { $notNull: true } } }),
  };
  const counts: ScaleCounts = { actors: 0, offerings: 0, events: 0, news: 0, translations: 0, ms: 0 };
  const rand = random(4711 + have.actors + have.offerings);
  const now = new Date();
  const translatedAt = new Date(now.getTime() + 60_000).toISOString();

  // The existing scale actors stay the organisers of new offerings too (read before the
  // transaction: SQLite has one connection, which the transaction holds).
  const actorIds = await documentIdsOf(strapi, ACTOR_UID, { slug: { $startsWith: SCALE_PREFIX } });
  const anyActors = await documentIdsOf(strapi, ACTOR_UID);

  await strapi.db.connection.transaction(async (trx: Transaction) => {
    const writer = createBulkWriter(strapi, trx);

    const actors: BulkDocument[] = [];
    for (let index = have.actors; index < wanted.actors; index += 1) {
      const place = rand.skewed(municipalities);
      const name = `${rand.any(ACTOR_NAMES)} ${place.name} ${index + 1}`;
      const locales = translatedIn(index);
      counts.translations += locales.length;
      actors.push({
        documentId: newDocumentId(),
        fields: {
          name,
          slug: `${SCALE_PREFIX}akteur-${pad(index)}`,
          kind: rand.any(ACTOR_KINDS),
          shortDescription: `${name}: Beratung, Begleitung und Begegnung für Zugewanderte in ${place.name}.`,
          description: paragraph(`${name} unterstützt Menschen mit Migrationsgeschichte in ${place.name} und Umgebung.`),
          barrierFree: rand.any(['yes', 'no', 'unknown']),
          lastConfirmedAt: daysAgo(Math.floor(rand.next() * 400)),
          reviewState: 'approved',
          textChangedAt: now.toISOString(),
        },
        relations: {
          municipalities: [place.documentId, ...rand.some(municipalities, 2).map((item) => item.documentId)].filter((id, i, all) => all.indexOf(id) === i),
          languages: rand.some(languages, 3),
        },
        components: {
          translations: locales.map((locale) => ({ locale, name: `${LOCALE_WORD[locale]}: ${name}`, shortDescription: `${LOCALE_WORD[locale]} · ${place.name}`, translatedAt })),
        },
      });
    }
    await writer.insertDocuments(ACTOR_UID, actors, now);
    counts.actors = actors.length;
    actorIds.push(...actors.map((actor) => actor.documentId));
    if (actorIds.length === 0) actorIds.push(...anyActors);
    log(`seed:scale: ${actors.length} actors`);

    // Offerings, in batches so memory stays flat at any size.
    for (let from = have.offerings; from < wanted.offerings; from += 2000) {
      const offerings: BulkDocument[] = [];
      for (let index = from; index < Math.min(wanted.offerings, from + 2000); index += 1) {
        const place = rand.skewed(municipalities);
        const title = `${rand.any(OFFERING_TITLES)} in ${place.name} ${index + 1}`;
        const locales = translatedIn(index);
        counts.translations += locales.length;
        const expires = rand.next() < 0.2;
        offerings.push({
          documentId: newDocumentId(),
          fields: {
            title,
            slug: `${SCALE_PREFIX}angebot-${pad(index)}`,
            summary: `${title}: offen für alle, die in ${place.name} neu angekommen sind.`,
            description: paragraph(`${title}. Bitte melden Sie sich vorher an; Dolmetschende können vermittelt werden.`),
            free: rand.next() < 0.7,
            registration: rand.any(['required', 'recommended', 'not_required']),
            deliveryMode: rand.any(['on_site', 'on_site', 'online', 'hybrid']),
            barrierFree: rand.any(['yes', 'no', 'unknown']),
            validUntil: expires ? dateIn(Math.floor(rand.next() * 365)) : null,
            lastConfirmedAt: daysAgo(Math.floor(rand.next() * 400)),
            reviewState: 'approved',
            textChangedAt: now.toISOString(),
          },
          relations: {
            actor: [rand.skewed(actorIds)],
            topic: [rand.any(topics)],
            targetGroups: rand.some(targetGroups, 2),
            languages: rand.some(languages, 3),
            municipalities: [place.documentId, ...rand.some(municipalities, 2).map((item) => item.documentId)].filter((id, i, all) => all.indexOf(id) === i),
          },
          components: {
            venueAddress: [{ street: `Hauptstraße ${1 + (index % 90)}`, postalCode: '39340', city: place.name }],
            translations: locales.map((locale) => ({
              locale,
              title: `${LOCALE_WORD[locale]}: ${title}`,
              summary: `${LOCALE_WORD[locale]} · ${place.name}`,
              translatedAt,
            })),
          },
        });
      }
      await writer.insertDocuments(OFFERING_UID, offerings, now);
      counts.offerings += offerings.length;
      log(`seed:scale: ${have.offerings + counts.offerings} offerings`);
    }

    const events: BulkDocument[] = [];
    for (let index = have.events; index < wantedEvents; index += 1) {
      const place = rand.skewed(municipalities);
      const title = `${rand.any(EVENT_TITLES)} in ${place.name} ${index + 1}`;
      const startsAt = new Date(Date.now() + Math.floor((rand.next() * 210 - 30) * 24) * 3_600_000);
      const locales = translatedIn(index);
      counts.translations += locales.length;
      events.push({
        documentId: newDocumentId(),
        fields: {
          title,
          slug: `${SCALE_PREFIX}termin-${pad(index)}`,
          kind: 'public_event',
          visibility: 'public',
          summary: `${title}: alle sind willkommen.`,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
          online: false,
          reviewState: 'approved',
          textChangedAt: now.toISOString(),
        },
        relations: { organiser: [rand.skewed(actorIds)], municipality: [place.documentId] },
        components: { translations: locales.map((locale) => ({ locale, title: `${LOCALE_WORD[locale]}: ${title}`, translatedAt })) },
      });
    }
    await writer.insertDocuments(EVENT_UID, events, now);
    counts.events = events.length;

    // News articles are localized the Strapi way: one row per locale and version of a document.
    const news: BulkDocument[] = [];
    for (let index = have.news; index < wantedNews; index += 1) {
      const documentId = newDocumentId();
      const shared = { date: dateIn(-Math.floor(rand.next() * 365)), responsiblePerson: 'Koordinierungsstelle Migration' };
      const title = `Neues aus dem Netzwerk ${index + 1}`;
      news.push({ documentId, locale: 'de', fields: { ...shared, title, slug: `${SCALE_PREFIX}nachricht-${pad(index)}`, summary: title, body: paragraph(title) } });
      for (const locale of translatedIn(index)) {
        counts.translations += 1;
        const text = `${LOCALE_WORD[locale]}: ${title}`;
        news.push({ documentId, locale, fields: { ...shared, title: text, slug: `${SCALE_PREFIX}nachricht-${pad(index)}-${locale}`, summary: text, body: paragraph(text) } });
      }
    }
    await writer.insertDocuments(NEWS_UID, news, now);
    counts.news = wantedNews - Math.min(have.news, wantedNews);
    await writer.finish();
  });

  // thousands of new rows: the planner's statistics are out of date
  await refreshStatistics(strapi, { full: true });
  counts.ms = Date.now() - started;
  log(`seed:scale: ${JSON.stringify(counts)}`);
  return counts;
}
