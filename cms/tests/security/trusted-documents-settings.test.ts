import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mayRunFreeForm, readManifest, SITE_MANIFEST, trustedDocumentsSettings } from '../../src/graphql/trusted-documents';
import type { Caller } from '../../src/access/caller';

/** The settings of trusted documents, without Strapi: which callers may send document text, where. */
const dir = mkdtempSync(path.join(tmpdir(), 'boerde-trusted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const write = (name: string, content: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
const SITE_DOCUMENT = 'query Site { global { siteName } }';
write(SITE_MANIFEST, { [`sha256:${sha256(SITE_DOCUMENT)}`]: SITE_DOCUMENT });

const envOf = (values: Record<string, string>) => (name: string) => values[name];
const settings = (values: Record<string, string>) => trustedDocumentsSettings(envOf(values), dir);

describe('who may send document text', () => {
  it('in production: nobody, and no setting changes that (the CMS refuses to start)', () => {
    expect(settings({ NODE_ENV: 'production' }).freeForm).toBe('none');
    expect(settings({ NODE_ENV: 'production', GRAPHQL_FREE_FORM: 'none' }).freeForm).toBe('none');
    expect(() => settings({ NODE_ENV: 'production', GRAPHQL_FREE_FORM: 'office' })).toThrow(/production only trusted documents run/);
    expect(() => settings({ NODE_ENV: 'production', GRAPHQL_FREE_FORM: 'everyone' })).toThrow(/production only trusted documents run/);
  });

  it('outside production: the office by default; `none` and `everyone` when set', () => {
    expect(settings({ NODE_ENV: 'development' }).freeForm).toBe('office');
    expect(settings({}).freeForm).toBe('office');
    expect(settings({ NODE_ENV: 'development', GRAPHQL_FREE_FORM: 'none' }).freeForm).toBe('none');
    expect(settings({ NODE_ENV: 'test', GRAPHQL_FREE_FORM: 'everyone' }).freeForm).toBe('everyone');
  });

  it('an unknown value is refused at start', () => {
    expect(() => settings({ GRAPHQL_FREE_FORM: 'members' })).toThrow(/must be one of none, office, everyone/);
  });

  const callers: Array<[string, Caller]> = [
    ['public', { kind: 'public' }],
    ['member', { kind: 'member', userId: 1, actorDocumentId: 'a' }],
    ['public user of another role', { kind: 'public', userId: 2 }],
    ['coordination', { kind: 'coordination', userId: 3 }],
    ['admin (full-access API token)', { kind: 'admin' }],
  ];
  it.each(callers)('%s', (name, caller) => {
    const office = caller.kind === 'coordination' || caller.kind === 'admin';
    expect(mayRunFreeForm('none', caller)).toBe(false);
    expect(mayRunFreeForm('office', caller)).toBe(office);
    expect(mayRunFreeForm('everyone', caller)).toBe(true);
  });
});

describe('manifests', () => {
  it('the site manifest is keyed by the hex SHA-256 of each document', () => {
    expect([...settings({}).documents]).toEqual([[sha256(SITE_DOCUMENT), SITE_DOCUMENT]]);
  });

  it('GRAPHQL_TRUSTED_DOCUMENTS_EXTRA adds documents for third parties', () => {
    const extra = 'query ThirdParty { topics { name } }';
    write('extra.json', { [sha256(extra)]: extra });
    const { documents } = settings({ NODE_ENV: 'production', GRAPHQL_TRUSTED_DOCUMENTS_EXTRA: 'extra.json' });
    expect(documents.get(sha256(extra))).toBe(extra);
    expect(documents.get(sha256(SITE_DOCUMENT))).toBe(SITE_DOCUMENT);
  });

  it('a document that does not match its hash, a malformed key, a missing or broken file: the CMS refuses to start', () => {
    const tampered = write('tampered.json', { [sha256(SITE_DOCUMENT)]: SITE_DOCUMENT.replace('siteName', 'siteName contact') });
    expect(() => readManifest(tampered)).toThrow(/is not the SHA-256 of its document/);
    expect(() => readManifest(write('key.json', { Site: SITE_DOCUMENT }))).toThrow(/is not the SHA-256 of its document/);
    expect(() => readManifest(write('list.json', [SITE_DOCUMENT]))).toThrow(/must map hashes to documents/);
    expect(() => readManifest(write('broken.json', '{'))).toThrow(/is not JSON/);
    expect(() => readManifest(path.join(dir, 'missing.json'))).toThrow(/does not exist/);
    expect(() => settings({ GRAPHQL_TRUSTED_DOCUMENTS_EXTRA: 'tampered.json' })).toThrow(/is not the SHA-256/);
  });
});
