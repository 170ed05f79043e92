import { describe, expect, it, beforeAll } from 'vitest';
import { useCms } from '../helpers/suite';

/** No unbounded lists and no unbounded nesting, over GraphQL and REST alike. */
const cms = useCms();

beforeAll(async () => {
  // More published entries than the maximum page size.
  for (let i = 0; i < 110; i += 1) {
    await cms.strapi.documents('api::topic.topic').create({ data: { name: `Testthema ${i}` } });
  }
});

describe('limits', () => {
  it('GraphQL returns 25 by default and at most 100', async () => {
    const byDefault = await cms.client.graphql('{ topics { slug } }');
    expect(byDefault.body.data.topics).toHaveLength(25);
    // more than 100 topics exist: a larger or unlimited page is cut to exactly 100, not refused, not empty
    for (const limit of [1000, -1]) {
      const result = await cms.client.graphql(`{ topics(pagination: { limit: ${limit} }) { slug } }`);
      expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
      expect(result.body.data.topics).toHaveLength(100);
    }
    const pageSize = await cms.client.graphql('{ topics(pagination: { page: 1, pageSize: 1000 }) { slug } }');
    expect(pageSize.body.errors, JSON.stringify(pageSize.body.errors)).toBeUndefined();
    expect(pageSize.body.data.topics).toHaveLength(100);
  });

  it('GraphQL nested lists are bounded too', async () => {
    const result = await cms.client.graphql('{ actors(pagination: { limit: 1 }) { offerings(pagination: { limit: 1000 }) { slug } } }');
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.actors[0].offerings.length).toBeLessThanOrEqual(100);
  });

  it('REST returns 25 by default and at most 100', async () => {
    const byDefault = await cms.client.rest('GET', '/api/topics');
    expect(byDefault.body.data).toHaveLength(25);
    expect(byDefault.body.meta.pagination.total).toBeGreaterThan(100);
    for (const query of ['pagination[pageSize]=1000', 'pagination[limit]=1000']) {
      const result = await cms.client.rest('GET', `/api/topics?${query}`);
      expect(result.status).toBe(200);
      expect(result.body.data.length, query).toBe(100);
    }
    // "unlimited" is not: Strapi answers a short page (not an error, not everything)
    const unlimited = await cms.client.rest('GET', '/api/topics?pagination[limit]=-1');
    expect(unlimited.status).toBe(200);
    expect(unlimited.body.data.length).toBeGreaterThan(0);
    expect(unlimited.body.data.length).toBeLessThanOrEqual(100);
  });

  it('GraphQL refuses queries nested deeper than the depth limit', async () => {
    let selection = 'slug';
    for (let i = 0; i < 6; i += 1) selection = `actor { offerings { ${selection} } }`;
    const result = await cms.client.graphql(`{ offerings { ${selection} } }`);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.message).toMatch(/exceeds maximum operation depth/);
  });

  it('REST refuses populate nested deeper than five levels, with a clear message', async () => {
    const deep = '/api/actors?populate[offerings][populate][actor][populate][offerings][populate][actor][populate][offerings][populate][actor]=true';
    const result = await cms.client.rest('GET', deep);
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(/at most 5/);
    const dotted = await cms.client.rest('GET', '/api/actors?populate=offerings.actor.offerings.actor.offerings.actor');
    expect(dotted.status).toBe(400);
    const allowed = await cms.client.rest('GET', '/api/actors?populate[offerings][populate][topic]=true');
    expect(allowed.status).toBe(200);
  });
});
