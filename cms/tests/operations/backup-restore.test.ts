import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';
import { fullDump } from '../helpers/full-dump';

/**
 * `pnpm backup` / `pnpm restore` (cms/scripts/backup.mjs, restore.mjs) as the operator runs them,
 * with the CMS's environment: back up the demo data after a member edit waits for review and the
 * office stored an internal document, wipe database and folders, restore, and find every row of
 * every table and every file as it was. A damaged archive and a non-empty target change nothing.
 */
const require = createRequire(import.meta.url);
const tar = require('tar');
const cms = useCms();
const scripts = path.resolve(__dirname, '../../scripts');
const work = mkdtempSync(path.join(tmpdir(), 'boerde-backup-test-'));
const archive = path.join(work, 'backup.tar.gz');
const OFFERING = 'api::offering.offering';

type Run = { code: number; stdout: string; stderr: string };
const runScript = (script: string, args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile(process.execPath, [path.join(scripts, script), ...args], { env: { ...process.env }, cwd: work }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

const filesIn = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
      }),
  );
const allFiles = () => ({ uploads: filesIn(path.join(cms.publicDir, 'uploads')), private: filesIn(cms.privateDir) });

async function upload(route: string, token: string, bytes: Buffer, name: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set('file', new Blob([new Uint8Array(bytes)]), name);
  const response = await fetch(new URL(route, cms.baseUrl), { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: response.status, body: await response.json() };
}

let before: Awaited<ReturnType<typeof fullDump>>;
let filesBefore: ReturnType<typeof allFiles>;

beforeAll(async () => {
  // a member's change waiting for review (a draft next to the published version)
  const offering = (await cms.strapi.db.query(OFFERING).findOne({ where: { slug: 'integrationskurs-haldensleben' } })).documentId;
  const saved = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { summary: 'Neuer Kurs ab März, jetzt auch samstags.' } } });
  expect(saved.status).toBe(200);
  // a member's picture, stored with Strapi's smaller formats
  const picture = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2a7' } }).png().toBuffer();
  expect((await upload('/api/member/uploads', cms.tokens.kvhs, picture, 'logo.png')).status).toBe(201);
  // an internal document of a working group
  const group = await cms.strapi.db.query('api::working-group.working-group').findOne({ where: { publishedAt: { $notNull: true } } });
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  expect((await upload('/api/working-group-documents/upload', cms.tokens.koordination, pdf, 'protokoll.pdf', { title: 'Protokoll', workingGroup: group.documentId })).status).toBe(201);

  // the backup runs while the CMS is running
  const backup = await runScript('backup.mjs', [archive]);
  expect(backup.code, backup.stderr).toBe(0);
  before = await fullDump(cms.database);
  filesBefore = allFiles();
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('backup and restore', () => {
  it('backs up what is there: database, uploads with their formats, internal documents, and a manifest', async () => {
    expect(Object.keys(filesBefore.uploads).length).toBeGreaterThanOrEqual(3); // original + generated formats
    expect(Object.keys(filesBefore.private)).toHaveLength(1);
    const moderation = before.moderation_entries as Array<{ action: string }>;
    expect(moderation.some((entry) => entry.action === 'submitted')).toBe(true);
    const listing = new Set<string>();
    await tar.list({ file: archive, onReadEntry: (entry: { path: string }) => listing.add(entry.path) });
    expect(listing.has('manifest.json')).toBe(true);
    const unpacked = path.join(work, 'listing');
    rmSync(unpacked, { recursive: true, force: true });
    (await import('node:fs')).mkdirSync(unpacked);
    await tar.extract({ file: archive, cwd: unpacked });
    const manifest = JSON.parse(readFileSync(path.join(unpacked, 'manifest.json'), 'utf8'));
    expect(manifest.database.client).toBe(cms.database.client);
    expect(manifest.database.counts).toEqual(Object.fromEntries(Object.entries(before).map(([table, rows]) => [table, rows.length])));
    expect(manifest.strapi.version).toMatch(/^5\./);
    expect(Object.keys(manifest.files).filter((name) => name.startsWith('uploads/')).sort()).toEqual(Object.keys(filesBefore.uploads).map((name) => `uploads/${name}`).sort());
    for (const [name, hash] of Object.entries(filesBefore.private)) expect(manifest.files[`private-files/${name}`]).toBe(hash);
  });

  it('refuses to restore over the running data without --force, and changes nothing', async () => {
    const result = await runScript('restore.mjs', [archive]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The target is not empty');
    expect(await fullDump(cms.database)).toEqual(before);
    expect(allFiles()).toEqual(filesBefore);
  });

  it('refuses a damaged archive before touching anything, naming the file that failed, even with --force', async () => {
    // one internal document changed inside an otherwise valid archive
    const unpacked = path.join(work, 'damaged');
    (await import('node:fs')).mkdirSync(unpacked);
    await tar.extract({ file: archive, cwd: unpacked });
    const [document] = Object.keys(filesBefore.private);
    writeFileSync(path.join(unpacked, 'private-files', document), 'not the protocol');
    const damaged = path.join(work, 'damaged.tar.gz');
    await tar.create({ gzip: true, file: damaged, cwd: unpacked }, readdirSync(unpacked));
    const result = await runScript('restore.mjs', [damaged, '--force']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`private-files/${document} failed its sha256 checksum`);

    // bytes flipped in the compressed archive
    const broken = path.join(work, 'broken.tar.gz');
    copyFileSync(archive, broken);
    const bytes = readFileSync(broken);
    for (let i = 200; i < 260; i += 1) bytes[Math.floor(bytes.length / 2) + i] ^= 0xff;
    writeFileSync(broken, bytes);
    const brokenResult = await runScript('restore.mjs', [broken, '--force']);
    expect(brokenResult.code).toBe(1);
    expect(brokenResult.stderr).toMatch(/damaged/);

    expect(await fullDump(cms.database)).toEqual(before);
    expect(allFiles()).toEqual(filesBefore);
  });

  it('after losing database and files, restores every row of every table and every file as it was', async () => {
    await cms.shutdown();
    await cms.database.wipe();
    rmSync(path.join(cms.publicDir, 'uploads'), { recursive: true, force: true });
    rmSync(cms.privateDir, { recursive: true, force: true });
    expect(existsSync(cms.privateDir)).toBe(false);

    const result = await runScript('restore.mjs', [archive]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Restored and verified');

    const after = await fullDump(cms.database);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(allFiles()).toEqual(filesBefore);
  });
});
