import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';
import { siteDocuments } from '../helpers/site-documents';

/**
 * The site's list and detail documents cost a number of SQL statements that depends neither on
 * the page size nor on the size of the data: association, component and `localized` fields are
 * loaded once per request and field (src/graphql/batch-loading.ts), not once per row. Statements
 * are counted with Knex's `query` event while one GraphQL request runs, first with about 100
 * offerings, then after the bulk scale seed raised them to 10,000.
 */
const require = createRequire(import.meta.url);
const cms = useCms();

const documentNamed = (name: string) => {
  const document = siteDocuments().find((candidate) => candidate.name === name);
  if (!document) throw new Error(`no site document ${name} in trusted-documents.json`);
  return document.source;
};
const OFFERING_LIST = documentNamed('OfferingList');
const OFFERING_DETAIL = documentNamed('OfferingDetail');

const listVariables = (pageSize: number) => ({ byConfirmation: false, locale: 'uk', page: 1, pageSize, today: new Date().toISOString().slice(0, 10) });

/**
 * Runs one request and returns its answer with the SQL statements it caused. The same request runs
 * once before, uncounted: PostgreSQL's pool opens connections on demand and sets each one up with
 * statements of its own, which belong to no request.
 */
async function counted(query: string, variables: Record<string, unknown>) {
  await cms.client.graphql(query, variables);
  const statements: string[] = [];
  const listener = (event: { sql: string }) => statements.push(event.sql);
  cms.strapi.db.connection.on('query', listener);
  try {
    const result = await cms.client.graphql(query, variables);
    expect(result.body.errors).toBeUndefined();
    return { data: result.body.data, statements };
  } finally {
    cms.strapi.db.connection.off('query', listener);
  }
}

async function seedScale(offerings: number, actors: number) {
  const { seedScaleData } = require(path.join(cms.strapi.dirs.dist.src, 'seed', 'scale.js'));
  await seedScaleData(cms.strapi, { offerings, actors, events: 0, news: 0, log: () => undefined });
  const total = await cms.strapi.db.query('api::offering.offering').count({ where: { publishedAt: { $notNull: true } } });
  expect(total).toBeGreaterThanOrEqual(offerings);
  // The seed ran in this process and kept the event loop busy past the server's keep-alive timeout:
  // let the server close its idle sockets now, before the client would reuse one.
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Published municipalities of an offering straight from the database, sorted as the document asks. */
async function municipalitySlugs(documentId: string) {
  const row = await cms.strapi.db.query('api::offering.offering').findOne({
    where: { documentId, publishedAt: { $notNull: true } },
    populate: { municipalities: { orderBy: { name: 'asc' } } },
  });
  return row.municipalities.map((municipality: { slug: string }) => municipality.slug);
}

describe('SQL statements per site request', () => {
  const counts: Record<string, number> = {};
  const log: Record<string, string[]> = {};

  async function measure(size: string) {
    for (const pageSize of [5, 20]) {
      const { data, statements } = await counted(OFFERING_LIST, listVariables(pageSize));
      const nodes = data.byTitle.nodes;
      expect(nodes).toHaveLength(pageSize);
      // batched loading still gives every row its own relations and text
      for (const node of nodes.slice(0, 5)) {
        expect(node.municipalities.map((municipality: { slug: string }) => municipality.slug)).toEqual(await municipalitySlugs(node.documentId));
        expect(node.localized.title).toBeTruthy();
        expect(node.actor?.slug).toBeTruthy();
      }
      counts[`list ${pageSize} at ${size}`] = statements.length;
      log[`list ${pageSize} at ${size}`] = statements;
    }
    const { data: list } = await counted(OFFERING_LIST, listVariables(1));
    const { data, statements } = await counted(OFFERING_DETAIL, { locale: 'uk', slug: list.byTitle.nodes[0].slug });
    expect(data.offerings).toHaveLength(1);
    counts[`detail at ${size}`] = statements.length;
    log[`detail at ${size}`] = statements;
  }

  it('the offerings list costs the same at 5 and 20 rows, with 100 and with 10,000 offerings; so does a detail page', async () => {
    await seedScale(100, 20);
    await measure('100');
    await seedScale(10_000, 2_000);
    await measure('10,000');
    console.log('SQL statements per request:', counts);
    const list = ['list 5 at 100', 'list 20 at 100', 'list 5 at 10,000', 'list 20 at 10,000'].map((key) => counts[key]);
    expect(new Set(list).size, JSON.stringify({ counts, log }, null, 1)).toBe(1);
    expect(counts['detail at 100'], JSON.stringify({ counts, log }, null, 1)).toBe(counts['detail at 10,000']);
    // a bound that an N+1 would break at 20 rows (each row has 8 per-row fields)
    expect(list[0]).toBeLessThan(40);
  });
});
