import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';

/**
 * In production (NODE_ENV=production) nobody sends document text, the office included; the site's
 * documents and documents added through GRAPHQL_TRUSTED_DOCUMENTS_EXTRA run by hash.
 */
const THIRD_PARTY = 'query ThirdPartyTopics { topics(pagination: { pageSize: 100 }) { slug } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const extraFile = path.join(mkdtempSync(path.join(tmpdir(), 'boerde-extra-')), 'third-party.json');
writeFileSync(extraFile, JSON.stringify({ [`sha256:${sha256(THIRD_PARTY)}`]: THIRD_PARTY }));

// production requires SITE_PROXY_SECRET and SITE_CHANGES_SECRET (src/bootstrap/production-checks.ts)
const cms = useCms({ NODE_ENV: 'production', SITE_PROXY_SECRET: 'test-site-proxy-secret', SITE_CHANGES_SECRET: 'test-site-changes-secret', GRAPHQL_FREE_FORM: '', GRAPHQL_TRUSTED_DOCUMENTS_EXTRA: extraFile });

const manifest: Record<string, string> = JSON.parse(readFileSync(path.resolve(__dirname, '../../trusted-documents.json'), 'utf8'));
const taxonomies = Object.entries(manifest).find(([, text]) => text.startsWith('query Taxonomies'));

async function post(body: unknown, token?: string) {
  const response = await fetch(new URL('/graphql', cms.baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> } };
}
const byHash = (hash: string, variables: Record<string, unknown> = {}) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables });

describe('trusted documents in production', () => {
  it('the site’s documents run by hash', async () => {
    expect(taxonomies).toBeDefined();
    const { status, body } = await post(byHash(taxonomies![0].replace(/^sha256:/, ''), { locale: 'de' }));
    expect(status).toBe(200);
    expect(body.data.municipalities.length).toBeGreaterThan(0);
  });

  it('a third party’s document from GRAPHQL_TRUSTED_DOCUMENTS_EXTRA runs by hash', async () => {
    const { status, body } = await post(byHash(sha256(THIRD_PARTY)));
    expect(status).toBe(200);
    expect(body.data.topics.length).toBeGreaterThan(0);
  });

  for (const [who, token] of [
    ['the public', () => undefined],
    ['a member', () => cms.tokens.kvhs],
    ['the office', () => cms.tokens.koordination],
  ] as const) {
    it(`document text from ${who} is refused (even a trusted document’s own text)`, async () => {
      for (const query of ['{ topics { slug } }', THIRD_PARTY]) {
        const { status, body } = await post({ query }, token());
        expect(status).toBe(400);
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(body.data).toBeUndefined();
      }
    });
  }
});
