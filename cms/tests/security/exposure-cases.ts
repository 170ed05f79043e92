import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';
import { errorCodes } from '../helpers/http';

/**
 * What the CMS tells about itself in the mode `pnpm start` runs it in (development) and in
 * production: no stack trace or server path in any error, introspection and the GraphQL sandbox
 * for requests from this machine in development only. A request counts as remote when the site
 * names a remote visitor with its signed client address (as it does for every visitor).
 */
const SECRET = 'test-site-proxy-secret';
const remoteVisitor = { 'x-client-address': '203.0.113.7', 'x-site-secret': SECRET };
const localVisitor = { 'x-client-address': '127.0.0.1', 'x-site-secret': SECRET };

/** Anything that shows the server's insides: a stack trace, a frame, an absolute path, the app's directory. */
export function internalsIn(text: string): string[] {
  const patterns = [/stacktrace/i, /"exception"/, /node_modules/, /\/(work|home|root|usr|tmp|opt|srv|var)\//, /\bat [^\s"]+ \(/, /\.(js|ts|mjs|cjs):\d+/, new RegExp(process.cwd().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))];
  return patterns.filter((pattern) => pattern.test(text)).map(String);
}

/** Queries and mutations that fail in different layers: parsing, validation, variables, permissions, resolvers, the database. */
const FAILING = [
  { name: 'a syntax error', query: '{ offerings { title ' },
  { name: 'an unknown field', query: '{ offerings { secretField } }' },
  { name: 'a variable of the wrong type', query: 'query($limit: Int) { moderationLog(limit: $limit) }', variables: { limit: 'viele' } },
  { name: 'an office-only query', query: '{ moderationQueue }' },
  { name: 'an office-only mutation', query: 'mutation { approveEntry(type: "offering", documentId: "x", version: "y") }' },
  { name: 'an invalid sort key', query: '{ offerings(sort: "doesNotExist:asc") { title } }' },
  { name: 'a filter the database layer fails on', query: '{ offerings(filters: { title: { between: ["a"] } }) { title } }' },
];

const INTROSPECTIONS = [
  { name: '__schema', query: '{ __schema { queryType { name } } }' },
  { name: '__type', query: '{ __type(name: "Offering") { fields { name } } }' },
  { name: 'an aliased __schema inside a fragment', query: 'query { ...F } fragment F on Query { s: __schema { types { name } } }' },
];
const TYPENAME = '{ __typename offerings(pagination: { limit: 1 }) { __typename } }';
const INTERNAL_FAILURE = '{ offerings(filters: { title: { between: ["a"] } }) { title } }';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * In production nobody sends document text (trusted documents): there, the suite's documents are
 * a third party's documents (GRAPHQL_TRUSTED_DOCUMENTS_EXTRA) and go by hash, so the same failures
 * and introspection attempts reach the server as in development.
 */
function productionDocuments(): string {
  const documents = [...FAILING.map(({ query }) => query), ...INTROSPECTIONS.map(({ query }) => query), TYPENAME, INTERNAL_FAILURE];
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'boerde-exposure-')), 'documents.json');
  writeFileSync(file, JSON.stringify(Object.fromEntries(documents.map((document) => [`sha256:${sha256(document)}`, document]))));
  return file;
}

export function exposureSuite(mode: 'development' | 'production') {
  const cms = useCms(
    mode === 'production'
      ? { NODE_ENV: mode, SITE_PROXY_SECRET: SECRET, SITE_CHANGES_SECRET: SECRET, GRAPHQL_FREE_FORM: '', GRAPHQL_TRUSTED_DOCUMENTS_EXTRA: productionDocuments() }
      : { NODE_ENV: mode, SITE_PROXY_SECRET: SECRET, SITE_CHANGES_SECRET: SECRET },
  );

  async function graphql(body: { query: string; variables?: unknown }, headers: Record<string, string> = {}, token?: string) {
    const sent = mode === 'production' ? { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(body.query) } }, variables: body.variables } : body;
    const response = await fetch(new URL('/graphql', cms.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify(sent),
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) };
  }

  describe(`errors in ${mode}`, () => {
    it.each(FAILING)('$name, as the public and as a member: an error without stack trace or server path', async ({ query, variables }) => {
      for (const token of [undefined, cms.tokens.kvhs]) {
        const result = await graphql({ query, variables }, {}, token);
        expect(result.body.errors?.length, result.text).toBeGreaterThan(0);
        expect(internalsIn(result.text), result.text).toEqual([]);
      }
    });

    it('a failure inside the server is "Internal Server Error", without the underlying message', async () => {
      // the office's queries are not bound by the public allow-list, so this one reaches the database layer
      const result = await graphql({ query: INTERNAL_FAILURE }, {}, cms.tokens.koordination);
      expect(result.body.errors).toEqual([expect.objectContaining({ message: 'Internal Server Error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    });

    it('a REST request the server fails on answers 500 without stack trace or path', async () => {
      const response = await fetch(new URL('/api/offerings?filters[title][$between]=a', cms.baseUrl), { headers: { authorization: `Bearer ${cms.tokens.koordination}` } });
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(JSON.parse(text).error).toEqual({ status: 500, name: 'InternalServerError', message: 'Internal Server Error' });
      expect(internalsIn(text), text).toEqual([]);
    });
  });

  describe(`introspection and sandbox in ${mode}`, () => {
    const introspections = INTROSPECTIONS;

    it.each(introspections)('$name from a remote visitor is refused (FORBIDDEN), also with a token', async ({ query }) => {
      for (const token of [undefined, cms.tokens.kvhs, cms.tokens.koordination]) {
        const result = await graphql({ query }, remoteVisitor, token);
        expect(result.status, result.text).toBe(403);
        expect(errorCodes({ status: result.status, body: result.body }), result.text).toEqual(['FORBIDDEN']);
        expect(result.body.data, result.text).toBeUndefined();
      }
    });

    it.each(introspections)(`$name from localhost is ${mode === 'development' ? 'answered' : 'refused'}`, async ({ query }) => {
      for (const headers of [{}, localVisitor]) {
        const result = await graphql({ query }, headers);
        expect(errorCodes({ status: result.status, body: result.body }), result.text).toEqual(mode === 'development' ? [] : ['FORBIDDEN']);
        expect(Object.keys(result.body.data ?? {}), result.text).toHaveLength(mode === 'development' ? 1 : 0);
      }
    });

    it('__typename stays available to everyone (it is not introspection of the schema)', async () => {
      const result = await graphql({ query: TYPENAME }, remoteVisitor);
      expect(result.body).toEqual({ data: { __typename: 'Query', offerings: [{ __typename: 'Offering' }] } });
    });

    it(`the sandbox page: ${mode === 'development' ? 'for localhost only' : 'for nobody'}`, async () => {
      const page = (headers: Record<string, string>) => fetch(new URL('/graphql', cms.baseUrl), { headers: { accept: 'text/html', ...headers } });
      const remote = await page(remoteVisitor);
      expect(remote.status).toBe(404);
      expect(await remote.text()).not.toContain('<html');
      const local = await page({});
      expect(local.status).toBe(mode === 'development' ? 200 : 404);
      expect((await local.text()).includes('<html')).toBe(mode === 'development');
    });
  });
}
