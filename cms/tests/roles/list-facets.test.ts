import { beforeAll, describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';

/**
 * The public lists' facet counts and positions (content/facet-counts.ts) over real HTTP. Reference
 * numbers come from Strapi's document service with the public list's rules written out, so a wrong
 * join, a counted draft, a withdrawn or ended offering, or a facet narrowing its own counts shows
 * as a difference.
 */
const cms = useCms();
const OFFERING = 'api::offering.offering';
const ACTOR = 'api::actor.actor';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() - 36 * 3600_000));

const offeringsWhere = (filters: Record<string, unknown>) =>
  cms.strapi.documents(OFFERING).count({
    status: 'published',
    filters: { withdrawnAt: { $null: true }, $or: [{ validUntil: { $null: true } }, { validUntil: { $gte: today } }], ...filters },
  } as never);
const actorsWhere = (filters: Record<string, unknown>) =>
  cms.strapi.documents(ACTOR).count({ status: 'published', filters: { withdrawnAt: { $null: true }, ...filters } } as never);

type Counts = { total: number; facets: Record<string, Record<string, number> | number> };
const get = (path: string, token?: string) => cms.client.rest('GET', path, { token });

let topics: string[];
let areas: Array<{ slug: string; kind: string; members: Array<{ slug: string }> }>;
const areaOf = (slug: string) => {
  const municipality = areas.find((m) => m.slug === slug)!;
  return municipality.kind === 'collective_municipality' ? [slug, ...municipality.members.map((m) => m.slug)] : [slug];
};

beforeAll(async () => {
  topics = (await cms.strapi.db.query('api::topic.topic').findMany({ select: ['slug'] })).map((t: { slug: string }) => t.slug);
  areas = await cms.strapi.db.query('api::municipality.municipality').findMany({ select: ['slug', 'kind'], populate: { members: { select: ['slug'] } } });
});

describe('offering facet counts', () => {
  it('counts every value of every facet given the other facets (OR within a facet, AND across)', async () => {
    const [a, b] = topics;
    const vg = areas.find((m) => m.kind === 'collective_municipality' && m.members.length > 0)!.slug;
    const response = await get(`/api/offering-facets?topic=${a}&topic=${b}&municipality=haldensleben&municipality=${vg}&free=1`);
    expect(response.status).toBe(200);
    const counts = response.body.data as Counts;
    const topicRule = { topic: { slug: { $in: [a, b] } } };
    const municipalityRule = { municipalities: { slug: { $in: ['haldensleben', ...areaOf(vg)] } } };
    const freeRule = { free: { $eq: true } };
    expect(counts.total).toBe(await offeringsWhere({ $and: [topicRule, municipalityRule, freeRule] }));
    // a topic's count ignores the chosen topics but keeps the municipalities and "free"
    for (const topic of topics) {
      expect((counts.facets.topic as Record<string, number>)[topic] ?? 0, topic).toBe(
        await offeringsWhere({ $and: [{ topic: { slug: { $eq: topic } } }, municipalityRule, freeRule] })
      );
    }
    // a Verbandsgemeinde counts its members' offerings too
    for (const area of areas) {
      expect((counts.facets.municipality as Record<string, number>)[area.slug] ?? 0, area.slug).toBe(
        await offeringsWhere({ $and: [{ municipalities: { slug: { $in: areaOf(area.slug) } } }, topicRule, freeRule] })
      );
    }
    expect(counts.facets.free).toBe(counts.total);
    expect(counts.facets.online).toBe(await offeringsWhere({ $and: [topicRule, municipalityRule, freeRule, { deliveryMode: { $in: ['online', 'hybrid'] } }] }));
    expect(Object.values(counts.facets.topic as Record<string, number>).some((n) => n > 0)).toBe(true);
    // the same public numbers for a signed-in member and the office
    expect((await get(`/api/offering-facets?topic=${a}&topic=${b}&municipality=haldensleben&municipality=${vg}&free=1`, cms.tokens.kvhs)).body.data).toEqual(counts);
  });

  it('counts no draft, withdrawn or ended offering, in counts and positions', async () => {
    const topic = topics[0]!;
    const municipality = (await cms.strapi.db.query('api::municipality.municipality').findOne({ where: { slug: 'haldensleben' } })) as { documentId: string };
    const topicRow = (await cms.strapi.db.query('api::topic.topic').findOne({ where: { slug: topic } })) as { documentId: string };
    const count = async () => ((await get(`/api/offering-facets?topic=${topic}`)).body.data as Counts).total;
    const positions = async () => ((await get(`/api/offering-positions?topic=${topic}`)).body.data as Array<{ documentId: string; approximate: boolean }>);
    const before = await count();
    const draft = await cms.strapi.documents(OFFERING).create({
      data: { title: 'Facettenprobe', slug: `facettenprobe-${Date.now()}`, topic: topicRow.documentId, municipalities: [municipality.documentId] } as never,
    });
    expect(await count()).toBe(before);
    expect((await positions()).some((p) => p.documentId === draft.documentId)).toBe(false);
    await cms.strapi.documents(OFFERING).publish({ documentId: draft.documentId });
    expect(await count()).toBe(before + 1);
    // without a location of its own it stands at its municipality's centre, marked approximate
    expect((await positions()).find((p) => p.documentId === draft.documentId)?.approximate).toBe(true);
    await cms.strapi.db.query(OFFERING).updateMany({ where: { documentId: draft.documentId }, data: { validUntil: yesterday } });
    expect(await count()).toBe(before);
    expect((await positions()).some((p) => p.documentId === draft.documentId)).toBe(false);
    await cms.strapi.db.query(OFFERING).updateMany({ where: { documentId: draft.documentId }, data: { validUntil: null, withdrawnAt: new Date() } });
    expect(await count()).toBe(before);
    await cms.strapi.documents(OFFERING).delete({ documentId: draft.documentId });
  });

  it('gives the position of every matching public offering, its own location first', async () => {
    const response = await get('/api/offering-positions?municipality=haldensleben');
    expect(response.status).toBe(200);
    const positions = response.body.data as Array<{ documentId: string; latitude: number; longitude: number; approximate: boolean }>;
    expect(positions.length).toBe(await offeringsWhere({ municipalities: { slug: { $in: ['haldensleben'] } } }));
    const located = positions.find((p) => !p.approximate)!;
    const stored = (await cms.strapi.documents(OFFERING).findOne({ documentId: located.documentId, status: 'published', populate: ['location'] } as never)) as {
      location: { latitude: number; longitude: number };
    };
    expect(located.latitude).toBeCloseTo(Number(stored.location.latitude), 4);
    expect(located.longitude).toBeCloseTo(Number(stored.location.longitude), 4);
    for (const p of positions) {
      expect(p.latitude).toBeGreaterThan(51.9);
      expect(p.latitude).toBeLessThan(52.6);
    }
  });

  it('refuses unknown facets and values with 400', async () => {
    for (const path of [
      '/api/offering-facets?colour=red',
      '/api/offering-facets?topic=no-such-topic',
      '/api/offering-facets?municipality=Haldensleben%27--',
      '/api/offering-facets?free=maybe',
      '/api/offering-positions?language=xx',
      '/api/actor-facets?topic=sprache',
      '/api/actor-facets?kind=pirate',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(JSON.stringify(response.body), path).not.toMatch(/at .*\.ts:|stack/i);
    }
  });
});

describe('actor facet counts', () => {
  it('counts kinds, municipalities and languages of public actors given the other facets', async () => {
    const response = await get('/api/actor-facets?language=de&language=ar');
    expect(response.status).toBe(200);
    const counts = response.body.data as Counts;
    const languageRule = { languages: { code: { $in: ['de', 'ar'] } } };
    expect(counts.total).toBe(await actorsWhere(languageRule));
    expect(counts.total).toBeGreaterThan(0);
    for (const [kind, n] of Object.entries(counts.facets.kind as Record<string, number>)) {
      expect(n, kind).toBe(await actorsWhere({ $and: [languageRule, { kind: { $eq: kind } }] }));
    }
    expect(Object.values(counts.facets.kind as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(counts.total);
    expect((counts.facets.language as Record<string, number>).de).toBe(await actorsWhere({ languages: { code: { $eq: 'de' } } }));
    const positions = (await get('/api/actor-positions?language=de&language=ar')).body.data as unknown[];
    expect(positions.length).toBe(counts.total);
  });
});
