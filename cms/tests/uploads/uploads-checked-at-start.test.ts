import { createRequire } from 'node:module';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { destroyStrapi, startStrapi, type TestStrapi } from '../helpers/strapi';

/**
 * The start-up check is wired into the boot: files stored by an older version (here: written
 * straight into the upload table and public/uploads) are re-encoded or taken off public serving
 * when the CMS starts again on the same database.
 */
const require = createRequire(import.meta.url);
const appDir = path.resolve(__dirname, '../..');
const tag = randomBytes(4).toString('hex');

let first: TestStrapi;
let second: any;


beforeAll(async () => {
  first = await startStrapi();
});

afterAll(async () => {
  if (second) await destroyStrapi(second);
  const uploads = path.join(appDir, 'public', 'uploads');
  for (const name of [`gifjs_${tag}.js`, `gifjs_${tag}.png`, `page_${tag}.html`]) rmSync(path.join(uploads, name), { force: true });
  await first?.database.drop();
  for (const directory of [first?.mailDir, process.env.PRIVATE_FILES_DIR]) if (directory) rmSync(directory, { recursive: true, force: true });
});

it('a GIF stored as .js is re-encoded and an HTML file is taken off public/uploads at the next start', async () => {
  const uploads = path.join(first.strapi.dirs.static.public, 'uploads');
  const gif = Buffer.concat([await sharp({ create: { width: 6, height: 4, channels: 3, background: '#08f' } }).gif().toBuffer(), Buffer.from(';alert(document.domain)//')]);
  const files = [
    { key: 'gifjs', ext: '.js', mime: 'application/javascript', bytes: gif },
    { key: 'page', ext: '.html', mime: 'text/html', bytes: Buffer.from('<script>alert(document.domain)</script>') },
  ];
  const ids: Record<string, number> = {};
  for (const file of files) {
    const hash = `${file.key}_${tag}`;
    writeFileSync(path.join(uploads, `${hash}${file.ext}`), file.bytes);
    const row = await first.strapi.db.query('plugin::upload.file').create({
      data: { name: `${file.key}${file.ext}`, hash, ext: file.ext, mime: file.mime, url: `/uploads/${hash}${file.ext}`, size: 1, provider: 'local' },
    });
    ids[file.key] = row.id;
  }
  await destroyStrapi(first.strapi);

  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const context = await compileStrapi({ appDir, ignoreDiagnostics: true });
  second = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();

  const gifRow = await second.db.query('plugin::upload.file').findOne({ where: { id: ids.gifjs } });
  expect([gifRow.ext, gifRow.mime, gifRow.url]).toEqual(['.png', 'image/png', `/uploads/gifjs_${tag}.png`]);
  const stored = readFileSync(path.join(uploads, `gifjs_${tag}.png`));
  expect((await sharp(stored).metadata()).format).toBe('png');
  expect(stored.toString('latin1')).not.toContain('alert(');
  expect(existsSync(path.join(uploads, `gifjs_${tag}.js`))).toBe(false);

  const pageRow = await second.db.query('plugin::upload.file').findOne({ where: { id: ids.page } });
  expect(pageRow.url).toBe(`/uploads/page_${tag}.html`);
  expect(existsSync(path.join(uploads, `page_${tag}.html`)), 'no longer in public/uploads').toBe(false);
});
