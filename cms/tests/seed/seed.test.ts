import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useCms, db } from '../helpers/suite';

/** The demo data: complete enough to demo every feature, and idempotent. */
const cms = useCms();
const require = createRequire(import.meta.url);

/** Every row of every table, ordered, so two dumps can be compared exactly. */
async function dumpDatabase() {
  const knex = cms.strapi.db.connection;
  const tables: string[] =
    cms.database.client === 'postgres'
      ? (await knex.raw("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).rows.map((r: { name: string }) => r.name)
      : (await knex.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).map((r: { name: string }) => r.name);
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = await knex(table).select('*');
    dump[table] = rows.map((row: Record<string, unknown>) => JSON.stringify(row)).sort();
  }
  return dump;
}

describe('demo data', () => {
  it('is idempotent: a second run leaves every document, locale, version and relation as it was', async () => {
    const before = await dumpDatabase();
    expect(Object.keys(before).length).toBeGreaterThan(40);
    const { seedDemoData } = require(path.join(cms.strapi.dirs.dist.src, 'seed', 'seed.js'));
    const counts = await seedDemoData(cms.strapi);
    expect(counts).toEqual({});
    expect(await dumpDatabase()).toEqual(before);
  });

  it('has every municipality of the district with its hierarchy', async () => {
    const municipalities = await db(cms, 'api::municipality.municipality').findMany({ populate: ['parent'] });
    const byKind = (kind: string) => municipalities.filter((m: { kind: string }) => m.kind === kind);
    expect(byKind('unitary_municipality')).toHaveLength(9);
    expect(byKind('collective_municipality')).toHaveLength(4);
    expect(byKind('member_municipality')).toHaveLength(25);
    expect(byKind('member_municipality').every((m: { parent: unknown }) => m.parent)).toBe(true);
  });

  it('has the four working groups, 30+ actors, 80+ offerings and gaps in the coverage', async () => {
    const published = { publishedAt: { $notNull: true } };
    expect(await db(cms, 'api::working-group.working-group').count({ where: published })).toBe(4);
    expect(await db(cms, 'api::actor.actor').count({ where: published })).toBeGreaterThanOrEqual(30);
    expect(await db(cms, 'api::offering.offering').count({ where: published })).toBeGreaterThanOrEqual(80);
    const offerings = await db(cms, 'api::offering.offering').findMany({ where: published, populate: ['municipalities', 'topic'] });
    const covered = new Set(offerings.flatMap((o: { topic: { slug: string }; municipalities: { slug: string }[] }) => o.municipalities.map((m) => `${m.slug}|${o.topic.slug}`)));
    const municipalities = await db(cms, 'api::municipality.municipality').count();
    expect(covered.size).toBeGreaterThan(0);
    expect(covered.size).toBeLessThan(municipalities * 9);
  });

  it('has past and upcoming events, the next plenary and Intercultural Week items', async () => {
    const now = new Date().toISOString();
    const events = await db(cms, 'api::event.event').findMany({ where: { publishedAt: { $notNull: true } } });
    expect(events.some((e: { startsAt: string }) => e.startsAt < now)).toBe(true);
    expect(events.some((e: { kind: string; startsAt: string }) => e.kind === 'plenary' && e.startsAt > now)).toBe(true);
    expect(events.some((e: { kind: string }) => e.kind === 'intercultural_week')).toBe(true);
  });

  it('has news, the network pages and the legal pages', async () => {
    expect(await db(cms, 'api::news-article.news-article').count({ where: { locale: 'de', publishedAt: { $notNull: true } } })).toBeGreaterThanOrEqual(5);
    const pages = await db(cms, 'api::page.page').findMany({ where: { locale: 'de', publishedAt: { $notNull: true } } });
    expect(pages.map((p: { key: string }) => p.key).sort()).toEqual(
      ['about', 'accessibility', 'coordination_group', 'coordination_office', 'easy_language', 'imprint', 'privacy'].sort(),
    );
  });

  it('has moderation work waiting: a changed actor draft and a never published offering', async () => {
    const drk = await db(cms, 'api::actor.actor').findMany({ where: { slug: 'drk-kreisverband-boerde' } });
    expect(drk).toHaveLength(2);
    expect(drk[0].shortDescription).not.toBe(drk[1].shortDescription);
    const unpublished = await db(cms, 'api::offering.offering').findMany({ where: { slug: 'hausaufgabenhilfe-wanzleben' } });
    expect(unpublished).toHaveLength(1);
    expect(unpublished[0].publishedAt).toBeNull();
  });

  it('holds the privacy canary: rich text with an image and a link on another host', async () => {
    const article = await db(cms, 'api::news-article.news-article').findOne({ where: { slug: 'interkulturelle-woche-rueckblick', locale: 'de' } });
    const body = JSON.stringify(article.body);
    expect(body).toContain('https://canary.example.net/canary.jpg');
    expect(body).toContain('https://canary.example.net/rueckblick');
  });
});
