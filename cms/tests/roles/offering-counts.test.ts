import { beforeAll, describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';

/**
 * Offering counts by the database (content/offering-counts.ts) over real HTTP: the home page's topic
 * counts (public) and the office's coverage matrix (office only). The reference numbers come from
 * Strapi's own document service with the public list's rules written out, so a wrong join, a
 * counted draft or a counted withdrawn or ended offering shows as a difference.
 */
const cms = useCms();
const OFFERING = 'api::offering.offering';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() - 36 * 3600_000));

const visible = (extra: Record<string, unknown>) => ({
  status: 'published' as const,
  filters: { withdrawnAt: { $null: true }, $or: [{ validUntil: { $null: true } }, { validUntil: { $gte: today } }], ...extra },
});
const reference = (extra: Record<string, unknown>) => cms.strapi.documents(OFFERING).count(visible(extra) as never);

type Counts = { total: number; topics: Record<string, number> };
const topicCounts = async (token?: string) => cms.client.rest('GET', '/api/offering-counts', { token });
const coverage = async (token?: string) => cms.client.rest('GET', '/api/office/coverage', { token });

let topics: Array<{ documentId: string; slug: string }>;
let municipalities: Array<{ documentId: string; slug: string; kind: string; members: Array<{ slug: string }> }>;

beforeAll(async () => {
  topics = await cms.strapi.db.query('api::topic.topic').findMany({ select: ['documentId', 'slug'] });
  municipalities = await cms.strapi.db.query('api::municipality.municipality').findMany({ select: ['documentId', 'slug', 'kind'], populate: { members: { select: ['slug'] } } });
});

describe('topic counts', () => {
  it('answers anyone with the number of current public offerings per topic and in all', async () => {
    const response = await topicCounts();
    expect(response.status).toBe(200);
    const counts = response.body.data as Counts;
    expect(counts.total).toBe(await reference({}));
    expect(counts.total).toBeGreaterThan(0);
    for (const topic of topics) {
      const expected = await reference({ topic: { slug: { $eq: topic.slug } } });
      expect(counts.topics[topic.slug] ?? 0, topic.slug).toBe(expected);
    }
    expect(Object.values(counts.topics).some((count) => count > 0)).toBe(true);
    // a signed-in member gets the same public numbers
    expect((await topicCounts(cms.tokens.kvhs)).body.data).toEqual(counts);
  });

  it('counts a new offering only once it is published, and no longer once it is withdrawn or has ended', async () => {
    const topic = topics[0]!;
    const count = async () => ((await topicCounts()).body.data as Counts).topics[topic.slug] ?? 0;
    const before = await count();
    const totalBefore = ((await topicCounts()).body.data as Counts).total;

    const draft = await cms.strapi.documents(OFFERING).create({
      data: { title: 'Zählprobe Entwurf', slug: `zaehlprobe-${Date.now()}`, topic: topic.documentId, municipalities: [municipalities[0]!.documentId] } as never,
    });
    expect(await count()).toBe(before);
    expect(((await topicCounts()).body.data as Counts).total).toBe(totalBefore);

    await cms.strapi.documents(OFFERING).publish({ documentId: draft.documentId });
    expect(await count()).toBe(before + 1);
    expect(((await topicCounts()).body.data as Counts).total).toBe(totalBefore + 1);

    await cms.strapi.db.query(OFFERING).updateMany({ where: { documentId: draft.documentId }, data: { validUntil: yesterday } });
    expect(await count()).toBe(before);
    await cms.strapi.db.query(OFFERING).updateMany({ where: { documentId: draft.documentId }, data: { validUntil: today } });
    expect(await count()).toBe(before + 1);

    await cms.strapi.db.query(OFFERING).updateMany({ where: { documentId: draft.documentId }, data: { withdrawnAt: new Date() } });
    expect(await count()).toBe(before);
    expect(((await topicCounts()).body.data as Counts).total).toBe(totalBefore);
    await cms.strapi.documents(OFFERING).delete({ documentId: draft.documentId });
  });
});

describe('the coverage matrix', () => {
  it('is refused to the public and to members', async () => {
    expect((await coverage()).status).toBe(403);
    expect((await coverage(cms.tokens.kvhs)).status).toBe(403);
    expect((await coverage(cms.tokens.drk)).status).toBe(403);
  });

  it('gives the office each municipality (a Verbandsgemeinde with its members, each offering once) per topic', async () => {
    const response = await coverage(cms.tokens.koordination);
    expect(response.status).toBe(200);
    const matrix = response.body.data as Record<string, Counts>;
    expect(municipalities.some((m) => m.kind === 'collective_municipality' && (matrix[m.slug]?.total ?? 0) > 0)).toBe(true);
    for (const municipality of municipalities) {
      const area = municipality.kind === 'collective_municipality' ? [municipality.slug, ...municipality.members.map((member) => member.slug)] : [municipality.slug];
      const inArea = { municipalities: { slug: { $in: area } } };
      expect(matrix[municipality.slug]?.total ?? 0, municipality.slug).toBe(await reference(inArea));
      for (const topic of topics) {
        const expected = await reference({ ...inArea, topic: { slug: { $eq: topic.slug } } });
        expect(matrix[municipality.slug]?.topics[topic.slug] ?? 0, `${municipality.slug} × ${topic.slug}`).toBe(expected);
      }
    }
  });
});
