// The database half of backup and restore: PostgreSQL through pg_dump / pg_restore (custom format),
// SQLite through SQLite's online backup API (better-sqlite3), plus row counts per table.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cmsDir } from './settings.mjs';

const require = createRequire(path.join(cmsDir, 'package.json'));

export const databaseFileName = (database) => (database.client === 'postgres' ? 'database/dump.pgcustom' : 'database/data.db');

const quote = (name) => `"${String(name).replaceAll('"', '""')}"`;

function pgEnvironment(connection) {
  const env = { ...process.env };
  // the database itself is named with --dbname (a name or a connection string)
  if (!connection.connectionString) Object.assign(env, { PGHOST: connection.host, PGPORT: String(connection.port), PGUSER: connection.user });
  if (connection.password) env.PGPASSWORD = connection.password;
  if (connection.ssl) env.PGSSLMODE = connection.ssl.rejectUnauthorized === false ? 'require' : 'verify-full';
  return env;
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) =>
      reject(error.code === 'ENOENT' ? new Error(`${command} was not found: install the PostgreSQL client tools (the server's major version or newer).`) : error),
    );
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

async function withPg(connection, work) {
  const { Client } = require('pg');
  const client = new Client(connection.connectionString ? { connectionString: connection.connectionString, ssl: connection.ssl } : connection);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function pgCounts(client, schema) {
  const { rows } = await client.query('SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename', [schema]);
  const counts = {};
  for (const { tablename } of rows) {
    const result = await client.query(`SELECT count(*)::int AS n FROM ${quote(schema)}.${quote(tablename)}`);
    counts[tablename] = result.rows[0].n;
  }
  return counts;
}

function sqliteCounts(file) {
  const Database = require('better-sqlite3');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT count(*) AS n FROM ${quote(name)}`).get().n]));
  } finally {
    db.close();
  }
}

/** The schema hash Strapi stored at its last start (tells which schema the data belongs to). */
function schemaHashFromCounts(read) {
  try {
    return read();
  } catch {
    return null;
  }
}

/**
 * Writes the database to `target` and returns the row count of every table as of that copy:
 * PostgreSQL dumps and counts inside one snapshot, SQLite counts the copy itself.
 */
export async function dumpDatabase(database, target) {
  if (database.client === 'sqlite') {
    const Database = require('better-sqlite3');
    const source = new Database(database.filename, { readonly: true, fileMustExist: true });
    try {
      await source.backup(target);
    } finally {
      source.close();
    }
    const counts = sqliteCounts(target);
    const db = new (require('better-sqlite3'))(target, { readonly: true });
    const schemaHash = schemaHashFromCounts(() => db.prepare('SELECT hash FROM strapi_database_schema ORDER BY id DESC LIMIT 1').get()?.hash ?? null);
    db.close();
    return { counts, schemaHash };
  }
  const schema = database.connection.schema ?? 'public';
  return withPg(database.connection, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const snapshot = (await client.query('SELECT pg_export_snapshot() AS id')).rows[0].id;
      const counts = await pgCounts(client, schema);
      const schemaHash = await client
        .query(`SELECT hash FROM ${quote(schema)}.strapi_database_schema ORDER BY id DESC LIMIT 1`)
        .then((result) => result.rows[0]?.hash ?? null, () => null);
      await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, `--schema=${schema}`, `--file=${target}`, `--dbname=${database.connection.connectionString ?? database.connection.database}`], pgEnvironment(database.connection));
      return { counts, schemaHash };
    } finally {
      await client.query('COMMIT');
    }
  });
}

/** Row counts of the configured database as it is now ({} when it has no tables or no file). */
export async function countRows(database) {
  if (database.client === 'sqlite') return existsSync(database.filename) ? sqliteCounts(database.filename) : {};
  return withPg(database.connection, (client) => pgCounts(client, database.connection.schema ?? 'public'));
}

/** Replaces the configured database with the dumped one (the caller checked emptiness or --force). */
export async function restoreDatabase(database, source) {
  if (database.client === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm', '-journal']) await rm(database.filename + suffix, { force: true });
    await mkdir(path.dirname(database.filename), { recursive: true });
    await copyFile(source, database.filename);
    return;
  }
  const schema = database.connection.schema ?? 'public';
  await withPg(database.connection, async (client) => {
    await client.query(`DROP SCHEMA IF EXISTS ${quote(schema)} CASCADE`);
  });
  // One transaction: a failing restore leaves no half-restored schema behind.
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${database.connection.connectionString ?? database.connection.database}`, source], pgEnvironment(database.connection));
}
