import { createRequire } from 'node:module';
import type { TestDatabase } from './database';

const require = createRequire(import.meta.url);

/**
 * Every row of every table of a test database, read straight from the database (not through the
 * CMS or the code under test): documents, their draft and published rows, locales, join tables,
 * the moderation log, users, files. Rows are sorted, so two dumps compare with toEqual.
 */
export async function fullDump(database: TestDatabase): Promise<Record<string, unknown[]>> {
  const sortRows = (rows: unknown[]) => rows.map((row) => JSON.parse(JSON.stringify(row))).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const dump: Record<string, unknown[]> = {};
  if (database.client === 'sqlite') {
    const Database = require('better-sqlite3');
    const db = new Database(database.env.DATABASE_FILENAME, { readonly: true, fileMustExist: true });
    try {
      for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all()) {
        dump[name] = sortRows(db.prepare(`SELECT * FROM "${name}"`).all());
      }
    } finally {
      db.close();
    }
    return dump;
  }
  const { Client } = require('pg');
  const client = new Client({
    host: database.env.DATABASE_HOST,
    port: Number(database.env.DATABASE_PORT),
    user: database.env.DATABASE_USERNAME,
    password: database.env.DATABASE_PASSWORD,
    database: database.env.DATABASE_NAME,
  });
  await client.connect();
  try {
    const tables = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    for (const { tablename } of tables.rows) dump[tablename] = sortRows((await client.query(`SELECT * FROM public."${tablename}"`)).rows);
  } finally {
    await client.end();
  }
  return dump;
}
