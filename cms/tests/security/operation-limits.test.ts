import { describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';
import { committedSchema, dummyVariables, siteDocuments } from '../helpers/site-documents';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, operationCost } from '../../src/graphql/operation-cost';
import { OPERATION_LIMITS } from '../../src/graphql/operation-limits';
import { MAX_POPULATE_COST } from '../../src/middlewares/query-bounds';
import { getIntrospectionQuery, parse } from 'graphql';
import type { GraphQLResult } from '../helpers/http';

/**
 * Every caller's GraphQL operations are bounded before they run: tokens, depth, aliases, directives,
 * fields after fragment expansion, and a cost in which nested lists multiply by their page size.
 */
const cms = useCms();

/** municipalities → actors → municipalities …, `levels` lists of `size` each: the attack of issue 9. */
function nestedLists(levels: number, size = 100) {
  let selection = 'slug';
  for (let level = levels - 1; level >= 1; level -= 1) {
    selection = `${level % 2 === 1 ? 'actors' : 'municipalities'}(pagination: { limit: ${size} }) { ${selection} }`;
  }
  return `{ municipalities(pagination: { limit: ${size} }) { ${selection} } }`;
}

const healthy = async () => (await fetch(new URL('/_health', cms.baseUrl))).status;

function expectRefused(result: GraphQLResult, limit: string, message: RegExp) {
  if (result.status !== 400) console.log(JSON.stringify(result.body).slice(0, 1500));
  expect(result.status).toBe(400);
  expect(result.body.data).toBeUndefined();
  expect(result.body.errors).toHaveLength(1);
  expect(result.body.errors![0].message).toMatch(message);
  if (limit === 'tokens') expect(result.body.errors![0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  else expect(result.body.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit });
}

describe('GraphQL operation limits', () => {
  it('the six-level nested lists of issue 9 are refused by their cost, for the public and the office alike, and the CMS stays responsive', async () => {
    for (const token of [undefined, cms.tokens.koordination, cms.tokens.kvhs]) {
      const result = await cms.client.graphql(nestedLists(6), {}, { token });
      expectRefused(result, 'cost', new RegExp(`costs \\d+; the cost limit is ${OPERATION_LIMITS.cost}`));
      expect(result.body.errors![0].extensions!.cost).toBeGreaterThan(100 ** 6);
      expect(await healthy()).toBe(204);
    }
  });

  it('the cost counts page sizes given as variables, and the default page size where none is given', async () => {
    const query = 'query($size: Int) { municipalities(pagination: { limit: $size }) { actors(pagination: { limit: $size }) { municipalities(pagination: { limit: $size }) { slug } } } }';
    expectRefused(await cms.client.graphql(query, { size: 100 }), 'cost', /the cost limit is/);
    const small = await cms.client.graphql(query, { size: 5 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data.municipalities.length).toBeGreaterThan(0);
    // Without pagination each list counts 25: 25 × (1 + 25 × (1 + 25 × 2)) = 31,900 is allowed …
    const defaults = await cms.client.graphql('{ municipalities { actors { municipalities { slug } } } }');
    expect(defaults.body.errors).toBeUndefined();
    // … one level more is 25 × … × 25 × 2 ≈ 800,000 and is not.
    expectRefused(await cms.client.graphql('{ municipalities { actors { municipalities { actors { slug } } } } }'), 'cost', /the cost limit is/);
  });

  it('2,000 aliases are refused by the token limit, and 50 aliases within it by the alias limit', async () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: topics { slug }`).join(' ')} }`;
    expectRefused(await cms.client.graphql(aliases(2000)), 'tokens', new RegExp(`more th\\w+ ${OPERATION_LIMITS.tokens} tokens`));
    expectRefused(await cms.client.graphql(aliases(50)), 'aliases', new RegExp(`50 aliases; the alias limit is ${OPERATION_LIMITS.aliases}`));
    expect(await healthy()).toBe(204);
  });

  it('a token bomb (a huge argument list) is refused before it is parsed whole', async () => {
    const slugs = Array.from({ length: 100_000 }, () => '"x"').join(',');
    const result = await cms.client.graphql(`{ topics(filters: { slug: { in: [${slugs}] } }) { slug } }`);
    expectRefused(result, 'tokens', new RegExp(`${OPERATION_LIMITS.tokens} tokens`));
    expect(await healthy()).toBe(204);
  });

  it('a deeply nested fragment cycle is refused by the depth limit', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `F${i}`);
    const fragments = names.map((name, i) => {
      const next = names[(i + 1) % names.length];
      return i % 2 === 0 ? `fragment ${name} on Municipality { slug actors { ...${next} } }` : `fragment ${name} on Actor { slug municipalities { ...${next} } }`;
    });
    const result = await cms.client.graphql(`{ municipalities { ...F0 } } ${fragments.join(' ')}`);
    expectRefused(result, 'depth', new RegExp(`exceeds maximum operation depth of ${OPERATION_LIMITS.depth}`));
    expect(await healthy()).toBe(204);
  });

  it('a fragment bomb (each fragment spreading the next many times) is refused by the field limit', async () => {
    const spreads = (name: string) => Array.from({ length: 40 }, () => `...${name}`).join(' ');
    const query = `{ municipalities { ...A } }
      fragment A on Municipality { actors { ${spreads('B')} } }
      fragment B on Actor { municipalities { ${spreads('C')} } }
      fragment C on Municipality { actors { ${spreads('D')} } }
      fragment D on Actor { municipalities { ${spreads('E')} } }
      fragment E on Municipality { slug name }`;
    expectRefused(await cms.client.graphql(query), 'fields', new RegExp(`the field limit is ${OPERATION_LIMITS.fields}`));
    expect(await healthy()).toBe(204);
  });

  it('more directives than the limit are refused', async () => {
    const fields = Array.from({ length: OPERATION_LIMITS.directives + 1 }, () => 'slug @include(if: true)').join(' ');
    expectRefused(await cms.client.graphql(`{ topics { ${fields} } }`), 'directives', /directive limit is/);
  });

  it('variables that do not fit the operation still get GraphQL’s own error', async () => {
    const result = await cms.client.graphql('query($size: Int) { topics(pagination: { limit: $size }) { slug } }', { size: 'alle' });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.message).toMatch(/\$size/);
  });

  it('leave introspection alone (it reads the schema in memory, not the database)', async () => {
    const result = await cms.client.graphql(getIntrospectionQuery());
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.__schema.types.length).toBeGreaterThan(100);
  });

  it('the limits hold for GET requests too', async () => {
    expectRefused(await cms.client.graphql(nestedLists(4), {}, { method: 'GET' }), 'cost', /the cost limit is/);
  });

  it('the cost model uses the page sizes the GraphQL plugin is configured with', () => {
    expect(cms.strapi.config.get('plugin::graphql.defaultLimit')).toBe(DEFAULT_PAGE_SIZE);
    expect(cms.strapi.config.get('plugin::graphql.maxLimit')).toBe(MAX_PAGE_SIZE);
    expect(cms.strapi.config.get('plugin::graphql.depthLimit')).toBe(OPERATION_LIMITS.depth);
  });
});

describe('REST populate cost', () => {
  it('refuses to-many relations populated three levels deep at 100 rows, naming the limit', async () => {
    const chain = '/api/municipalities?pagination[pageSize]=100&populate[actors][populate][municipalities][populate][actors]=true';
    const result = await cms.client.rest('GET', chain);
    expect(result.status).toBe(400);
    expect(result.body.data).toBeNull();
    expect(result.body.error.message).toMatch(new RegExp(`may return \\d+ objects; the populate cost limit is ${MAX_POPULATE_COST}`));
    for (const token of [cms.tokens.koordination, cms.tokens.kvhs]) expect((await cms.client.rest('GET', chain, { token })).status).toBe(400);
    // the same with 5 rows a page is within the limit
    const small = await cms.client.rest('GET', chain.replace('pageSize]=100', 'pageSize]=5'));
    expect(small.status).toBe(200);
    expect(small.body.data.length).toBeGreaterThan(0);
  });

  it('does not refuse the populate combinations of the privacy tests (tests/public-api/privacy.test.ts)', async () => {
    const types = ['actors', 'offerings', 'municipalities', 'working-groups', 'events', 'news-articles', 'pages', 'topics', 'target-groups', 'languages'];
    const combinations = ['populate=*', 'populate[offerings][populate]=*&populate[actors][populate]=*', 'populate[actor][populate]=*&populate[organiser][populate]=*'];
    for (const type of types) {
      for (const populate of combinations) {
        const result = await cms.client.rest('GET', `/api/${type}?${populate}&pagination[pageSize]=100`);
        expect(`${type}?${populate}: ${result.body?.error?.message ?? result.status}`).not.toMatch(/populate cost limit/);
      }
    }
  });

  it('allows a whole type populated two levels deep', async () => {
    for (const path of ['/api/actors?populate=*&pagination[pageSize]=100', '/api/actors?populate[offerings][populate]=*&pagination[pageSize]=100', '/api/offerings?populate[actor][populate]=*&pagination[pageSize]=100']) {
      const result = await cms.client.rest('GET', path);
      expect(result.status).toBe(200);
      expect(result.body.data.length).toBeGreaterThan(0);
    }
  });
});

describe('the site’s own documents', () => {
  const documents = siteDocuments();
  const schema = committedSchema();

  it('are all found', () => {
    expect(documents.length).toBeGreaterThanOrEqual(28);
    expect(documents.filter((document) => document.asOffice).map((document) => document.name)).toEqual(['StaleEntries']);
  });

  it('cost at most a third of the limit with every page at its maximum size', () => {
    const costs = documents.map((document) => ({ name: document.name, cost: operationCost(schema, parse(document.source), dummyVariables(schema, document.source)) }));
    console.table(costs.sort((a, b) => b.cost - a.cost).slice(0, 6));
    for (const { cost } of costs) expect(cost).toBeLessThanOrEqual(OPERATION_LIMITS.cost / 3);
  });

  it.each(documents.map((document) => [document.name, document] as const))('%s runs against the CMS', async (_name, document) => {
    const token = document.asOffice ? cms.tokens.koordination : undefined;
    const result = await cms.client.graphql(document.source, dummyVariables(schema, document.source), { token });
    expect(result.body.errors).toBeUndefined();
    expect(result.status).toBe(200);
  });
});
