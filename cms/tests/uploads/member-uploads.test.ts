import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { request } from 'node:http';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';
import { checkStoredUploads, quarantineDir } from '../../src/uploads/check-stored';

/**
 * Uploads cannot carry script: whatever a member (or the office, through the content API) sends,
 * what is stored is a re-encoded PNG, JPEG or WebP under a name the server chose, and everything
 * under /uploads is served as an image (or not at all) with a sandboxing CSP. Files stored earlier
 * are re-encoded or taken off public serving at start.
 */
const cms = useCms();

const UPLOAD_CSP = "default-src 'none'; sandbox";
const SCRIPT = '<script>alert(document.domain)</script>';
const uploadsDir = () => path.join(cms.strapi.dirs.static.public, 'uploads');

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 40 } } });
let fixtures: Record<string, Buffer>;

beforeAll(async () => {
  const gif = await solid(8, 6).gif().toBuffer();
  const png = await solid(40, 30).png().toBuffer();
  fixtures = {
    gifWithScript: Buffer.concat([gif, Buffer.from(`;alert(document.domain)//${SCRIPT}`)]),
    // a "GIF" that is nothing but text: valid JavaScript and HTML, no valid image
    textPolyglot: Buffer.from(`GIF89a=1;alert(document.domain)//${SCRIPT}`),
    html: Buffer.from(`<!doctype html><html><body>${SCRIPT}</body></html>`),
    svg: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>`),
    pngWithExifAndScript: Buffer.concat([await solid(40, 30).png().withExif({ IFD0: { Copyright: 'secret-exif-marker', ImageDescription: SCRIPT } }).toBuffer(), Buffer.from(SCRIPT)]),
    jpeg: await solid(64, 48).jpeg().withExif({ IFD0: { Artist: 'secret-exif-marker' } }).toBuffer(),
    webp: await solid(32, 32).webp().toBuffer(),
    truncatedPng: png.subarray(0, Math.floor(png.length * 0.6)),
    // a decompression bomb: 50 megapixels in about 160 kB
    hugePng: await solid(10_000, 5_000).png({ compressionLevel: 9 }).toBuffer(),
  };
});

async function post(pathname: string, token: string | undefined, file: Buffer, name: string, field = 'file') {
  const form = new FormData();
  form.set(field, new Blob([new Uint8Array(file)]), name);
  const response = await fetch(new URL(pathname, cms.baseUrl), { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: form });
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
}
const memberUpload = (file: Buffer, name: string) => post('/api/member/uploads', cms.tokens.kvhs, file, name);

/** GET over raw HTTP (the path is sent exactly as written, no normalisation). */
function rawGet(rawPath: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const url = new URL(cms.baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: rawPath, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The stored row, the served response and what the served bytes decode to. */
async function served(id: number) {
  const row = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id } });
  const response = await rawGet(row.url);
  const metadata = await sharp(response.body).metadata();
  return { row, response, metadata };
}

/** The bytes end where the format ends: nothing after IEND (PNG), EOI (JPEG) or the RIFF length (WebP). */
function endsCleanly(kind: 'png' | 'jpeg' | 'webp', bytes: Buffer): boolean {
  if (kind === 'png') return bytes.subarray(-12).equals(Buffer.from('0000000049454e44ae426082', 'hex'));
  if (kind === 'jpeg') return bytes.subarray(-2).equals(Buffer.from('ffd9', 'hex'));
  return bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.readUInt32LE(4) + 8 === bytes.length;
}

function expectImageHeaders(headers: Record<string, string | string[] | undefined>, mime: string) {
  expect(headers['content-type']).toBe(mime);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-disposition']).toBe('inline');
  expect(headers['content-security-policy']).toBe(UPLOAD_CSP);
}

describe('member uploads are re-encoded and named by the server', () => {
  it.each([
    ['a GIF with JavaScript after it, named .js', 'gifWithScript', 'logo.js', 'png'],
    ['the same GIF named .html', 'gifWithScript', 'seite.html', 'png'],
    ['a PNG with EXIF and script bytes after IEND', 'pngWithExifAndScript', 'logo.png', 'png'],
    ['a JPEG with EXIF, named .png', 'jpeg', 'foto.png', 'jpeg'],
    ['a WebP', 'webp', 'bild.webp', 'webp'],
  ] as const)('%s (fixture %s, sent as %s) → stored and served as %s, only pixels', async (_label, fixture, name, kind) => {
    const mime = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' }[kind];
    const ext = { png: '.png', jpeg: '.jpg', webp: '.webp' }[kind];
    const result = await memberUpload(fixtures[fixture], name);
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    expect(result.body.data.mime).toBe(mime);

    const { row, response, metadata } = await served(result.body.data.id);
    expect(row.ext).toBe(ext);
    expect(row.mime).toBe(mime);
    expect(row.name).toBe(`bild${ext}`);
    expect(row.url).toMatch(new RegExp(`^/uploads/bild_[0-9a-f]{10}\\${ext}$`));
    expect(response.status).toBe(200);
    expectImageHeaders(response.headers, mime);
    expect(metadata.format).toBe(kind);
    expect(metadata.exif, 'no EXIF left').toBeUndefined();
    expect(endsCleanly(kind, response.body), 'no bytes after the image').toBe(true);
    const text = response.body.toString('latin1');
    expect(text).not.toContain('alert(');
    expect(text).not.toContain('secret-exif-marker');
    // stored on disk exactly as served
    expect(readFileSync(path.join(cms.strapi.dirs.static.public, row.url)).equals(response.body)).toBe(true);
  });

  it.each([
    ['a text "GIF" polyglot named .js', 'textPolyglot', 'polyglot.js', /damaged|megapixels/],
    ['an HTML file', 'html', 'seite.html', /Only JPEG, PNG, WebP or GIF images/],
    ['an SVG', 'svg', 'logo.svg', /Only JPEG, PNG, WebP or GIF images/],
    ['an SVG named .png', 'svg', 'logo.png', /Only JPEG, PNG, WebP or GIF images/],
    ['a truncated PNG', 'truncatedPng', 'kaputt.png', /damaged or incomplete/],
    ['a 50-megapixel PNG', 'hugePng', 'riesig.png', /more than 40 megapixels/],
  ] as const)('%s → 400 with a clear message, nothing stored', async (_label, fixture, name, message) => {
    const before = await cms.strapi.db.query('plugin::upload.file').count();
    const filesBefore = readdirSync(uploadsDir()).length;
    const result = await memberUpload(fixtures[fixture], name);
    expect(result.status, JSON.stringify(result.body)).toBe(400);
    expect(result.body.error.message).toMatch(message);
    expect(await cms.strapi.db.query('plugin::upload.file').count()).toBe(before);
    expect(readdirSync(uploadsDir()).length).toBe(filesBefore);
  });

  it('a file over 5 MB → 413', async () => {
    const result = await memberUpload(Buffer.concat([fixtures.webp, Buffer.alloc(5 * 1024 * 1024)]), 'gross.webp');
    expect(result.status).toBe(413);
    expect(result.body.error.message).toContain('5 MB');
  });
});

describe("the office's upload through the content API takes the same path", () => {
  it('POST /api/upload stores a GIF named .js as a clean PNG', async () => {
    const result = await post('/api/upload', cms.tokens.koordination, fixtures.gifWithScript, 'logo.js', 'files');
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    const { row, response, metadata } = await served(result.body[0].id);
    expect([row.ext, row.mime, metadata.format]).toEqual(['.png', 'image/png', 'png']);
    expectImageHeaders(response.headers, 'image/png');
    expect(response.body.toString('latin1')).not.toContain('alert(');
  });

  it('POST /api/upload refuses an HTML file', async () => {
    const result = await post('/api/upload', cms.tokens.koordination, fixtures.html, 'seite.html', 'files');
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(/Only JPEG, PNG, WebP or GIF images/);
  });

  it('replacing a file keeps its URL and stores the new picture as the kind its extension names', async () => {
    const original = await memberUpload(fixtures.webp, 'a.webp');
    const result = await post(`/api/upload?id=${original.body.data.id}`, cms.tokens.koordination, fixtures.pngWithExifAndScript, 'neu.html', 'files');
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    const { row, response, metadata } = await served(original.body.data.id);
    expect(row.url).toBe(original.body.data.url);
    expect([row.mime, metadata.format, metadata.width]).toEqual(['image/webp', 'webp', 40]);
    expectImageHeaders(response.headers, 'image/webp');
    expect(endsCleanly('webp', response.body)).toBe(true);
  });
});

describe('serving /uploads', () => {
  const planted = `planted-${randomBytes(4).toString('hex')}`;
  beforeAll(() => {
    // files that must never be served, even if they are on disk
    writeFileSync(path.join(uploadsDir(), `${planted}.html`), `<html>${SCRIPT}</html>`);
    writeFileSync(path.join(uploadsDir(), `${planted}.js`), 'alert(document.domain)');
    writeFileSync(path.join(uploadsDir(), `${planted}.svg`), fixtures.svg);
  });
  afterAll(() => {
    for (const ext of ['html', 'js', 'svg']) rmSync(path.join(uploadsDir(), `${planted}.${ext}`), { force: true });
  });

  it.each([
    `/uploads/${planted}.html`,
    `/uploads/${planted}.js`,
    `/uploads/${planted}.svg`,
    `/%75ploads/${planted}.html`,
    `/uploads/%2e%2e/uploads/${planted}.html`,
    `/UPLOADS/${planted}.js`,
    `/foo/../uploads/${planted}.html`,
  ])('%s → 404 with the sandbox CSP', async (rawPath) => {
    const response = await rawGet(rawPath);
    expect(response.status).toBe(404);
    expect(response.headers['content-security-policy']).toBe(UPLOAD_CSP);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body.toString()).not.toContain('alert');
  });

  it('a missing image is 404 with the same headers', async () => {
    const response = await rawGet('/uploads/nicht-da.png');
    expect(response.status).toBe(404);
    expect(response.headers['content-security-policy']).toBe(UPLOAD_CSP);
  });
});

describe('files stored before: the start-up check', () => {
  const tag = randomBytes(4).toString('hex');
  const seeded: Record<string, number> = {};
  let goodPngBytes: Buffer;

  async function seed(key: string, ext: string, mime: string, bytes: Buffer, formats: Record<string, unknown> | null = null) {
    const hash = `${key}_${tag}`;
    writeFileSync(path.join(uploadsDir(), `${hash}${ext}`), bytes);
    const row = await cms.strapi.db.query('plugin::upload.file').create({
      data: { name: `${key}${ext}`, hash, ext, mime, url: `/uploads/${hash}${ext}`, size: bytes.length / 1024, provider: 'local', formats },
    });
    seeded[key] = row.id;
  }

  beforeAll(async () => {
    goodPngBytes = await solid(20, 20).png().toBuffer();
    const thumbHash = `thumbnail_good_${tag}`;
    writeFileSync(path.join(uploadsDir(), `${thumbHash}.html`), `<html>${SCRIPT}</html>`);
    await seed('gifjs', '.js', 'application/javascript', fixtures.gifWithScript);
    await seed('page', '.html', 'text/html', fixtures.html);
    await seed('vector', '.svg', 'image/svg+xml', fixtures.svg);
    await seed('good', '.png', 'image/png', goodPngBytes, {
      thumbnail: { name: 'thumbnail_good.html', hash: thumbHash, ext: '.html', mime: 'text/html', url: `/uploads/${thumbHash}.html`, size: 1 },
    });
    // served as is before the check? no: the extension alone keeps them off
    expect((await rawGet(`/uploads/gifjs_${tag}.js`)).status).toBe(404);
  });

  it('re-encodes what decodes, moves the rest out of public/uploads, logs, and leaves clean files alone', async () => {
    const counts = await checkStoredUploads(cms.strapi);
    expect(counts).toEqual({ reencoded: 1, quarantined: 2 });

    const gif = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: seeded.gifjs } });
    expect([gif.ext, gif.mime, gif.url]).toEqual(['.png', 'image/png', `/uploads/gifjs_${tag}.png`]);
    const response = await rawGet(gif.url);
    expect(response.status).toBe(200);
    expectImageHeaders(response.headers, 'image/png');
    expect((await sharp(response.body).metadata()).format).toBe('png');
    expect(response.body.toString('latin1')).not.toContain('alert(');
    expect(existsSync(path.join(uploadsDir(), `gifjs_${tag}.js`))).toBe(false);

    for (const key of ['page', 'vector']) {
      const row = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: seeded[key] } });
      expect(existsSync(path.join(cms.strapi.dirs.static.public, row.url)), `${key} is off public/uploads`).toBe(false);
      expect((await rawGet(row.url)).status).toBe(404);
    }
    const quarantined = readdirSync(quarantineDir());
    for (const name of [`gifjs_${tag}.js`, `page_${tag}.html`, `vector_${tag}.svg`, `thumbnail_good_${tag}.html`]) {
      expect(quarantined.some((file) => file.endsWith(`-${name}`)), `${name} kept outside public/`).toBe(true);
    }

    const good = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: seeded.good } });
    expect(good.url).toBe(`/uploads/good_${tag}.png`);
    expect(readFileSync(path.join(uploadsDir(), `good_${tag}.png`)).equals(goodPngBytes)).toBe(true);
    expect(good.formats, 'the HTML "thumbnail" is dropped').toEqual({});
  });

  it('a second start finds nothing to do', async () => {
    expect(await checkStoredUploads(cms.strapi)).toEqual({ reencoded: 0, quarantined: 0 });
  });

  afterAll(() => {
    for (const file of readdirSync(uploadsDir())) if (file.includes(tag)) rmSync(path.join(uploadsDir(), file), { force: true });
  });
});
