import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isInputObjectType, Kind, parse, visit, type TypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';

/**
 * Trusted documents, on a CMS booted without the tests' free-form override (development default):
 * the public and members run the site's documents by hash and nothing else; the office may still
 * send documents of its own outside production.
 */
const cms = useCms({ GRAPHQL_FREE_FORM: '' });

const manifest: Record<string, string> = JSON.parse(readFileSync(path.resolve(__dirname, '../../trusted-documents.json'), 'utf8'));
const documents = Object.entries(manifest).map(([key, text]) => {
  const definition = parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return { hash: key.replace(/^sha256:/, ''), text, name: definition && 'name' in definition ? definition.name?.value ?? '' : '', definition };
});
const byName = (name: string) => {
  const found = documents.find((d) => d.name === name);
  if (!found) throw new Error(`no document ${name} in trusted-documents.json`);
  return found;
};
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const now = new Date();
/** A plausible value for each required variable, by its type. */
const sample = (type: TypeNode): unknown => {
  if (type.kind !== Kind.NON_NULL_TYPE) return undefined;
  const inner = type.type;
  if (inner.kind === Kind.LIST_TYPE) return [];
  const name = inner.name.value;
  if (name === 'Int') return 5;
  if (name === 'DateTime') return now.toISOString();
  if (name === 'Date') return now.toISOString().slice(0, 10);
  if (name === 'Boolean') return false;
  return 'de';
};
const sampleVariables = (definition: (typeof documents)[number]['definition']) =>
  Object.fromEntries(
    (definition && 'variableDefinitions' in definition ? definition.variableDefinitions ?? [] : [])
      .map((v) => [v.variable.name.value, sample(v.type)] as const)
      .filter(([, value]) => value !== undefined),
  );

type Body = { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };

async function post(body: unknown, token?: string): Promise<{ status: number; body: Body }> {
  const response = await fetch(new URL('/graphql', cms.baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const byHash = (hash: string, variables: Record<string, unknown> = {}) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables });
const codes = (body: Body) => (body.errors ?? []).map((error) => error.extensions?.code);

const callers = [
  ['the public', () => undefined],
  ['a member', () => cms.tokens.kvhs],
] as const;

describe('the site’s documents run by hash', () => {
  it('the manifest holds the site’s documents, each under the SHA-256 of its text', () => {
    expect(documents.length).toBeGreaterThan(20);
    for (const { hash, text } of documents) expect(sha256(text)).toBe(hash);
  });

  for (const [who, token] of callers) {
    it(`every public document answers ${who} without errors`, async () => {
      // StaleEntries is the office's (it runs with the office's token); every other one is public
      for (const document of documents.filter((d) => d.name !== 'StaleEntries')) {
        const { status, body } = await post(byHash(document.hash, sampleVariables(document.definition)), token());
        expect({ name: document.name, status, errors: body.errors }).toEqual({ name: document.name, status: 200, errors: undefined });
        expect(body.data).toBeTruthy();
      }
    });
  }

  it('answers with the same data as the document itself (office, free-form)', async () => {
    const taxonomies = byName('Taxonomies');
    const hashed = await post(byHash(taxonomies.hash, { locale: 'de' }));
    const text = await post({ query: taxonomies.text, variables: { locale: 'de' } }, cms.tokens.koordination);
    expect(hashed.body.data.municipalities.length).toBeGreaterThan(0);
    expect(hashed.body).toEqual(text.body);
  });

  it('the office’s document runs by hash with the office’s token', async () => {
    const stale = byName('StaleEntries');
    const { status, body } = await post(byHash(stale.hash, sampleVariables(stale.definition)), cms.tokens.koordination);
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    expect(body.data.actors_connection).toBeTruthy();
  });

  it('over GET too (hash and variables in the URL)', async () => {
    const taxonomies = byName('Taxonomies');
    const url = new URL('/graphql', cms.baseUrl);
    url.searchParams.set('extensions', JSON.stringify(byHash(taxonomies.hash).extensions));
    url.searchParams.set('variables', JSON.stringify({ locale: 'de' }));
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.data.municipalities.length).toBeGreaterThan(0);
  });
});

describe('anything else is refused for the public and members', () => {
  const freeForm = '{ offerings { title } }';

  for (const [who, token] of callers) {
    it(`a free-form document from ${who}: 400 FORBIDDEN, nothing run`, async () => {
      const { status, body } = await post({ query: freeForm }, token());
      expect(status).toBe(400);
      expect(codes(body)).toEqual(['FORBIDDEN']);
      expect(body.errors?.[0].message).toMatch(/trusted documents/);
      expect(body.data).toBeUndefined();
    });

    it(`a site document sent as text from ${who} (not by hash): refused`, async () => {
      const { status, body } = await post({ query: byName('Taxonomies').text, variables: { locale: 'de' } }, token());
      expect(status).toBe(400);
      expect(codes(body)).toEqual(['FORBIDDEN']);
      expect(body.data).toBeUndefined();
    });

    it(`free-form text together with a trusted hash from ${who}: refused`, async () => {
      const { status, body } = await post({ query: freeForm, ...byHash(byName('Taxonomies').hash, { locale: 'de' }) }, token());
      expect(status).toBe(400);
      expect(codes(body)).toEqual(['FORBIDDEN']);
      expect(body.data).toBeUndefined();
    });

    it(`an altered document (its own hash, or the original's) from ${who}: refused`, async () => {
      const original = byName('OfferingId');
      const altered = original.text.replace('documentId', 'documentId title contact { email }');
      expect(altered).not.toBe(original.text);
      const ownHash = await post(byHash(sha256(altered), { slug: 'x' }), token());
      expect(ownHash.status).toBe(400);
      expect(codes(ownHash.body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(ownHash.body.data).toBeUndefined();
      const originalHash = await post({ query: altered, ...byHash(original.hash, { slug: 'x' }) }, token());
      expect(originalHash.status).toBe(400);
      expect(originalHash.body.data).toBeUndefined();
    });

    it(`an unknown or malformed hash from ${who}: 400 PERSISTED_QUERY_NOT_FOUND`, async () => {
      for (const hash of ['0'.repeat(64), `sha256:${byName('Taxonomies').hash}`, 42, null]) {
        const { status, body } = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, token());
        expect({ hash, status, codes: codes(body) }).toEqual({ hash, status: 400, codes: ['PERSISTED_QUERY_NOT_FOUND'] });
        expect(body.data).toBeUndefined();
      }
    });

    it(`a batch (array) of requests from ${who}: refused as a whole`, async () => {
      const taxonomies = byHash(byName('Taxonomies').hash, { locale: 'de' });
      for (const batch of [[{ query: freeForm }], [taxonomies, { query: freeForm }], [taxonomies, taxonomies]]) {
        const { status, body } = await post(batch, token());
        expect(status).toBe(400);
        expect(JSON.stringify(body)).not.toContain('"data"');
      }
    });

    it(`a free-form document in a GET URL from ${who}: refused`, async () => {
      const url = new URL('/graphql', cms.baseUrl);
      url.searchParams.set('query', freeForm);
      const token_ = token();
      const response = await fetch(url, {
        headers: { 'apollo-require-preflight': 'true', ...(token_ ? { authorization: `Bearer ${token_}` } : {}) },
      });
      const body = await response.json();
      expect(response.status).toBe(400);
      expect(codes(body)).toEqual(['FORBIDDEN']);
      expect(body.data).toBeUndefined();
    });
  }

  it('a mutation the site does not ship is refused as text (the public submission mutation included)', async () => {
    const { status, body } = await post({
      query: 'mutation { submitReport(data: { kind: contact, message: "Hallo", email: "a@example.org" }) { ok } }',
    });
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['FORBIDDEN']);
  });
});

describe('variables cannot widen a trusted document', () => {
  const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
  const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

  it('no site document takes an input object (filters, pagination) as a variable, or a variable as a whole filters, sort or pagination argument', () => {
    const found: string[] = [];
    for (const { name, text } of documents) {
      visit(parse(text), {
        VariableDefinition(node) {
          if (isInputObjectType(schema.getType(namedType(node.type)))) found.push(`${name}: $${node.variable.name.value}: ${namedType(node.type)}`);
        },
        Argument(node) {
          if (['filters', 'sort', 'pagination', 'status'].includes(node.name.value) && node.value.kind === Kind.VARIABLE) {
            found.push(`${name}: ${node.name.value}: $${node.value.name.value}`);
          }
        },
      });
    }
    expect(found).toEqual([]);
  });

  it('variables the document does not declare (filters, status, pagination) change nothing', async () => {
    const list = byName('EventList');
    const variables = sampleVariables(list.definition);
    const plain = await post(byHash(list.hash, variables));
    const hostile = await post(
      byHash(list.hash, {
        ...variables,
        filters: { visibility: { eq: 'internal' } },
        status: 'DRAFT',
        pagination: { pageSize: 1000 },
        sort: ['venueName:asc'],
      }),
    );
    expect(plain.status).toBe(200);
    expect(hostile).toEqual(plain);
  });

  it('a value of another type than declared (an object for a scalar) is refused before anything runs', async () => {
    const detail = byName('OfferingDetail');
    const { status, body } = await post(byHash(detail.hash, { locale: 'de', slug: { contains: '' } }));
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
  });
});

describe('the office', () => {
  it('may send documents of its own outside production', async () => {
    const { status, body } = await post({ query: '{ offerings(pagination: { pageSize: 1 }) { title } }' }, cms.tokens.koordination);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.offerings).toHaveLength(1);
  });
});
