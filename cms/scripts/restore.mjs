#!/usr/bin/env node
// pnpm restore ARCHIVE [--force] [--check]
// Restores an archive written by `pnpm backup` into the database and folders the CMS is configured
// with (stop the CMS first). Order: unpack into a temporary folder, check every file against the
// manifest's sha256 (a damaged archive stops here, naming the file, before anything is touched),
// refuse a target that holds data unless --force, restore, then compare the row counts and
// checksums of what was restored with the manifest. --check stops after the checksums (restore drill).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { loadSettings, cmsDir } from './backup/settings.mjs';
import { countRows, restoreDatabase } from './backup/database.mjs';
import { copyFolder, emptyFolder, isContent, listFiles, sha256 } from './backup/files.mjs';

const require = createRequire(path.join(cmsDir, 'package.json'));
const tar = require('tar');

class Refusal extends Error {}

const FOLDERS = { uploads: (settings) => settings.uploadsDir, 'private-files': (settings) => settings.privateDir };

async function unpack(archive, into) {
  if (!existsSync(archive)) throw new Refusal(`No such archive: ${archive}`);
  try {
    await tar.extract({ file: archive, cwd: into, strict: true });
  } catch (error) {
    throw new Refusal(`The archive is damaged and cannot be unpacked (${error.message}). Nothing was changed.`);
  }
  let manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(into, 'manifest.json'), 'utf8'));
  } catch {
    throw new Refusal('The archive has no readable manifest.json: it is damaged or not a backup of this CMS. Nothing was changed.');
  }
  if (manifest?.format !== 1 || typeof manifest.files !== 'object' || !manifest.database?.counts) {
    throw new Refusal('manifest.json is not a backup manifest of this CMS (format 1). Nothing was changed.');
  }
  return manifest;
}

/** Every file of the manifest is there with its checksum, and nothing else is. */
async function verifyUnpacked(manifest, dir) {
  const present = new Set();
  for (const folder of ['database', 'uploads', 'private-files']) {
    for (const relative of (await listFiles(path.join(dir, folder))).filter(isContent)) present.add(`${folder}/${relative}`);
  }
  for (const [name, expected] of Object.entries(manifest.files)) {
    if (!present.has(name)) throw new Refusal(`Damaged archive: ${name} is missing. Nothing was changed.`);
    if ((await sha256(path.join(dir, name))) !== expected) throw new Refusal(`Damaged archive: ${name} failed its sha256 checksum. Nothing was changed.`);
    present.delete(name);
  }
  if (present.size > 0) throw new Refusal(`Damaged archive: ${[...present][0]} is not in the manifest. Nothing was changed.`);
}

async function targetContents(settings) {
  const found = [];
  const tables = Object.keys(await countRows(settings.database));
  if (tables.length > 0) found.push(`the database has ${tables.length} tables`);
  for (const [folder, dirOf] of Object.entries(FOLDERS)) {
    const files = (await listFiles(dirOf(settings))).filter(isContent);
    if (files.length > 0) found.push(`${folder} (${dirOf(settings)}) has ${files.length} files`);
  }
  return found;
}

async function verifyRestored(manifest, settings) {
  const problems = [];
  const counts = await countRows(settings.database);
  const tables = new Set([...Object.keys(counts), ...Object.keys(manifest.database.counts)]);
  for (const table of tables) {
    if (counts[table] !== manifest.database.counts[table]) problems.push(`table ${table}: ${counts[table] ?? 'missing'} rows, the manifest says ${manifest.database.counts[table] ?? 'none'}`);
  }
  for (const [folder, dirOf] of Object.entries(FOLDERS)) {
    const expected = Object.entries(manifest.files).filter(([name]) => name.startsWith(`${folder}/`));
    const actual = (await listFiles(dirOf(settings))).filter(isContent);
    if (actual.length !== expected.length) problems.push(`${folder}: ${actual.length} files, the manifest says ${expected.length}`);
    for (const [name, hash] of expected) {
      const file = path.join(dirOf(settings), name.slice(folder.length + 1));
      if (!existsSync(file) || (await sha256(file)) !== hash) problems.push(`${name}: checksum differs after restoring`);
    }
  }
  return problems;
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const checkOnly = args.includes('--check');
  const [archiveArgument, ...rest] = args.filter((arg) => !arg.startsWith('--'));
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--force' && arg !== '--check');
  if (!archiveArgument || rest.length > 0 || unknown.length > 0) throw new Refusal('Usage: pnpm restore ARCHIVE [--force] [--check]');
  const archive = path.resolve(archiveArgument);
  const settings = loadSettings();
  const work = await mkdtemp(path.join(tmpdir(), 'boerde-restore-'));
  try {
    const manifest = await unpack(archive, work);
    await verifyUnpacked(manifest, work);
    console.log(`Archive ${path.basename(archive)} of ${manifest.createdAt}: all ${Object.keys(manifest.files).length} files match their checksums.`);
    if (manifest.database.client !== settings.database.client) {
      throw new Refusal(`The archive holds a ${manifest.database.client} database, but the CMS is configured for ${settings.database.client} (DATABASE_CLIENT). Nothing was changed.`);
    }
    if (checkOnly) return;
    if (manifest.strapi?.version !== settings.strapiVersion) {
      console.warn(`Note: the archive was written by Strapi ${manifest.strapi?.version}, this CMS runs ${settings.strapiVersion}; Strapi migrates the schema at its next start.`);
    }
    const found = await targetContents(settings);
    if (found.length > 0 && !force) {
      throw new Refusal(`The target is not empty: ${found.join('; ')}. Nothing was changed. Restore over it with --force (it replaces everything).`);
    }
    await restoreDatabase(settings.database, path.join(work, manifest.database.file));
    for (const [folder, dirOf] of Object.entries(FOLDERS)) {
      await emptyFolder(dirOf(settings));
      await copyFolder(path.join(work, folder), dirOf(settings));
    }
    const problems = await verifyRestored(manifest, settings);
    if (problems.length > 0) {
      console.error(`Restored, but it does not match the manifest:\n  ${problems.join('\n  ')}`);
      process.exitCode = 2;
      return;
    }
    const rows = Object.values(manifest.database.counts).reduce((sum, n) => sum + n, 0);
    console.log(`Restored and verified: ${Object.keys(manifest.database.counts).length} tables, ${rows} rows, ${Object.keys(manifest.files).length - 1} files.`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Refusal ? error.message : `Restore failed: ${error.message}`);
  process.exit(1);
});
