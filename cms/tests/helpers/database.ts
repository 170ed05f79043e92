import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

/**
 * The suite runs on SQLite by default and on PostgreSQL when TEST_DATABASE=postgres.
 * Each test file gets its own throw-away database.
 */
export type TestDatabase = {
  client: 'sqlite' | 'postgres';
  env: Record<string, string>;
  drop: () => Promise<void>;
  /** leaves an empty database under the same name (as after a total loss, before a restore) */
  wipe: () => Promise<void>;
};

const require = createRequire(import.meta.url);

export const wantsPostgres = () => process.env.TEST_DATABASE === 'postgres';

export function postgresSettings() {
  return {
    host: process.env.TEST_PG_HOST ?? '127.0.0.1',
    port: Number(process.env.TEST_PG_PORT ?? 5432),
    user: process.env.TEST_PG_USER ?? 'postgres',
    password: process.env.TEST_PG_PASSWORD ?? '',
  };
}

async function withAdminClient<T>(run: (client: { query: (sql: string) => Promise<unknown> }) => Promise<T>): Promise<T> {
  const { Client } = require('pg');
  const client = new Client({ ...postgresSettings(), database: process.env.TEST_PG_ADMIN_DATABASE ?? 'postgres' });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(): Promise<boolean> {
  try {
    await withAdminClient((client) => client.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

/**
 * A new database: empty, or a copy of `template` (the DATABASE_* settings of a database of the
 * same client that nobody is connected to: PostgreSQL copies it with CREATE DATABASE … TEMPLATE).
 */
export async function createTestDatabase(template?: Record<string, string>): Promise<TestDatabase> {
  if (wantsPostgres()) {
    const name = `boerde_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
    const copy = template?.DATABASE_CLIENT === 'postgres' ? ` TEMPLATE "${template.DATABASE_NAME}"` : '';
    await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"${copy}`));
    const settings = postgresSettings();
    return {
      client: 'postgres',
      env: {
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: settings.host,
        DATABASE_PORT: String(settings.port),
        DATABASE_USERNAME: settings.user,
        DATABASE_PASSWORD: settings.password,
        DATABASE_NAME: name,
      },
      drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
      wipe: () =>
        withAdminClient(async (client) => {
          await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          await client.query(`CREATE DATABASE "${name}"`);
        }),
    };
  }
  const directory = mkdtempSync(path.join(tmpdir(), 'boerde-test-'));
  if (template?.DATABASE_CLIENT === 'sqlite') copyFileSync(template.DATABASE_FILENAME, path.join(directory, 'data.db'));
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(directory, 'data.db') },
    drop: async () => rmSync(directory, { recursive: true, force: true }),
    wipe: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path.join(directory, `data.db${suffix}`), { force: true });
    },
  };
}
