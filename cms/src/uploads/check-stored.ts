import { type FileHandle, copyFile, mkdir, open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { privateFilesDir } from '../working-groups/documents';
import { SERVED_EXTENSIONS } from './image-policy';
import { ImageRefused, reencodeImage } from './reencode';

const FILE_UID = 'plugin::upload.file';

/** One stored file: the main file of an upload row or one of its formats (thumbnail, small, …). */
type StoredFile = { hash: string; ext: string; mime: string; url: string; size?: number; width?: number | null; height?: number | null; [key: string]: unknown };

/** Where files that may not be served are moved: outside public/, kept for an administrator to look at. */
export const quarantineDir = () => path.join(privateFilesDir(), 'quarantined-uploads');

type Outcome = { state: 'ok' | 'missing' } | { state: 'reencoded'; file: StoredFile } | { state: 'quarantined' };

/** The type of a stored file by its first bytes; undefined when it cannot be read. */
async function sniffedMime(location: string): Promise<string | null | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(location, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(4100);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const { fileTypeFromBuffer } = await import('file-type');
    return (await fileTypeFromBuffer(new Uint8Array(head.subarray(0, bytesRead))))?.mime ?? null;
  } finally {
    await handle.close();
  }
}

/** public/uploads and the quarantine may be different volumes (docker-compose), where rename fails. */
async function moveFile(from: string, to: string) {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await unlink(from);
  }
}

async function checkFile(strapi: Core.Strapi, file: StoredFile): Promise<Outcome> {
  const uploadsDir = path.join(strapi.dirs.static.public, 'uploads');
  const location = path.resolve(strapi.dirs.static.public, `.${file.url}`);
  // a URL pointing elsewhere (another provider, a crafted row) is not this check's business
  if (!file.url?.startsWith('/uploads/') || path.dirname(location) !== uploadsDir) return { state: 'ok' };
  const sniffed = await sniffedMime(location);
  if (sniffed === undefined) return { state: 'missing' };
  const servedAs = SERVED_EXTENSIONS[path.extname(location).toLowerCase()];
  if (servedAs && servedAs === file.mime && sniffed === servedAs) return { state: 'ok' };

  const buffer = await readFile(location);
  await mkdir(quarantineDir(), { recursive: true, mode: 0o700 });
  const quarantine = () => moveFile(location, path.join(quarantineDir(), `${Date.now()}-${path.basename(location)}`));
  try {
    const image = await reencodeImage(buffer);
    const url = `/uploads/${file.hash}${image.ext}`;
    const target = path.resolve(strapi.dirs.static.public, `.${url}`);
    if (path.dirname(target) !== uploadsDir) throw new ImageRefused('not an image', `unusable hash ${JSON.stringify(file.hash)}`);
    if (target !== location) await quarantine();
    await writeFile(target, image.data);
    return {
      state: 'reencoded',
      file: { ...file, ext: image.ext, mime: image.mime, url, size: Math.round((image.data.length / 1024) * 100) / 100, width: image.width, height: image.height },
    };
  } catch (error) {
    if (!(error instanceof ImageRefused)) throw error;
    await quarantine();
    return { state: 'quarantined' };
  }
}

/**
 * The migration of files stored before uploads were re-encoded (and of any that arrive past the
 * upload service, e.g. a data transfer): at every start, each file of the upload table whose
 * extension, recorded type and content are not one and the same PNG, JPEG or WebP is re-encoded
 * (when it decodes as an image; its URL takes the new extension) or moved out of public/uploads.
 * Cheap when all is well: only the first bytes of each file are read.
 */
export async function checkStoredUploads(strapi: Core.Strapi): Promise<{ reencoded: number; quarantined: number }> {
  const rows: Array<StoredFile & { id: number; name: string; formats: Record<string, StoredFile> | null; provider: string }> = await strapi.db
    .query(FILE_UID)
    .findMany({ where: { provider: 'local' }, select: ['id', 'name', 'hash', 'ext', 'mime', 'url', 'size', 'width', 'height', 'formats', 'provider'] });
  const counts = { reencoded: 0, quarantined: 0 };
  for (const row of rows) {
    const main = await checkFile(strapi, row);
    const formats: Record<string, StoredFile> = {};
    let formatsChanged = false;
    for (const [key, format] of Object.entries(row.formats ?? {})) {
      const outcome = await checkFile(strapi, format);
      if (outcome.state === 'reencoded') formats[key] = outcome.file;
      if (outcome.state === 'ok' || outcome.state === 'missing') formats[key] = format;
      formatsChanged ||= outcome.state === 'reencoded' || outcome.state === 'quarantined';
    }
    const data: Record<string, unknown> = formatsChanged ? { formats } : {};
    if (main.state === 'reencoded') {
      const { ext, mime, url, size, width, height } = main.file;
      Object.assign(data, { ext, mime, url, size, width, height });
      counts.reencoded += 1;
      strapi.log.warn(`Upload ${row.id} ("${row.name}", ${row.url}) was not a clean PNG, JPEG or WebP: re-encoded as ${url}`);
    } else if (main.state === 'quarantined') {
      counts.quarantined += 1;
      strapi.log.warn(`Upload ${row.id} ("${row.name}", ${row.url}) is no image that may be served: moved to ${quarantineDir()}, no longer public`);
    }
    if (Object.keys(data).length > 0) await strapi.db.query(FILE_UID).update({ where: { id: row.id }, data });
  }
  return counts;
}
