#!/usr/bin/env node
// pnpm backup [ARCHIVE | FOLDER]
// Writes one archive (tar.gz) with the CMS's database, the public uploads and the internal documents
// of the working groups, plus manifest.json (row counts per table, sha256 of every file, database
// kind, Strapi version and schema hash, time). Runs while the CMS is running. Without an argument
// the archive goes to BACKUP_DIR (default: backups/ in the repository); with BACKUP_KEEP_DAYS set,
// older archives there are deleted afterwards. See README, "Operations".
import { mkdtemp, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { loadSettings, cmsDir } from './backup/settings.mjs';
import { databaseFileName, dumpDatabase } from './backup/database.mjs';
import { copyFolder, isContent, listFiles, sha256 } from './backup/files.mjs';

const require = createRequire(path.join(cmsDir, 'package.json'));
const tar = require('tar');
const ARCHIVE_PATTERN = /^boerde-backup-.*\.tar\.gz$/;

async function archivePath(argument) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const name = `boerde-backup-${stamp}.tar.gz`;
  if (argument?.endsWith('.tar.gz')) return path.resolve(argument);
  const folder = path.resolve(argument ?? process.env.BACKUP_DIR ?? path.join(cmsDir, '..', 'backups'));
  await mkdir(folder, { recursive: true });
  return path.join(folder, name);
}

async function pruneOld(folder, keepDays, keep) {
  if (!keepDays) return [];
  const cutoff = Date.now() - keepDays * 24 * 60 * 60 * 1000;
  const removed = [];
  for (const name of await readdir(folder)) {
    const file = path.join(folder, name);
    if (!ARCHIVE_PATTERN.test(name) || file === keep) continue;
    if ((await stat(file)).mtimeMs < cutoff) {
      await rm(file);
      removed.push(name);
    }
  }
  return removed;
}

async function main() {
  // resolved before loadSettings() moves into the CMS folder
  const target = await archivePath(process.argv[2]);
  const settings = loadSettings();
  const staging = await mkdtemp(path.join(tmpdir(), 'boerde-backup-'));
  // written under a temporary name: a backup that stops halfway never looks like a finished one
  const partial = `${target}.partial`;
  try {
    await mkdir(path.join(staging, 'database'));
    const { counts, schemaHash } = await dumpDatabase(settings.database, path.join(staging, databaseFileName(settings.database)));
    await copyFolder(settings.uploadsDir, path.join(staging, 'uploads'));
    await copyFolder(settings.privateDir, path.join(staging, 'private-files'));

    const files = {};
    for (const folder of ['database', 'uploads', 'private-files']) {
      for (const relative of (await listFiles(path.join(staging, folder))).filter(isContent)) {
        files[`${folder}/${relative}`] = await sha256(path.join(staging, folder, relative));
      }
    }
    const manifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      database: { client: settings.database.client, file: databaseFileName(settings.database), counts },
      strapi: { version: settings.strapiVersion, schemaHash },
      files,
    };
    await writeFile(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, ['manifest.json', 'database', 'uploads', 'private-files']);
    await rename(partial, target);
    const removed = await pruneOld(path.dirname(target), Number(process.env.BACKUP_KEEP_DAYS ?? 0), target);

    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    console.log(`Backup written: ${target}`);
    console.log(`  database ${settings.database.client}: ${Object.keys(counts).length} tables, ${rows} rows`);
    console.log(`  files: ${Object.keys(files).length - 1} (uploads and internal documents)`);
    for (const name of removed) console.log(`  deleted old archive ${name} (older than ${process.env.BACKUP_KEEP_DAYS} days)`);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}

main().catch((error) => {
  console.error(`Backup failed: ${error.message}`);
  process.exit(1);
});
