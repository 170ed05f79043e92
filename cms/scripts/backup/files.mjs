// The file half of backup and restore: folders walked, copied and checksummed (sha256).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Relative paths of every file below `dir` (none when it does not exist), sorted. */
export async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export function sha256(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Files that count as content: the repository keeps an empty uploads folder with a .gitkeep. */
export const isContent = (relative) => relative !== '.gitkeep';

export async function copyFolder(from, to) {
  await mkdir(to, { recursive: true });
  if ((await stat(from).catch(() => null))?.isDirectory()) await cp(from, to, { recursive: true, filter: (source) => isContent(path.relative(from, source)) });
}

/** Empties a folder but keeps it (it may be a mounted volume). */
export async function emptyFolder(dir) {
  await mkdir(dir, { recursive: true });
  for (const entry of await readdir(dir)) if (isContent(entry)) await rm(path.join(dir, entry), { recursive: true, force: true });
}
