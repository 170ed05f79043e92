import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';
import { postgresSettings } from '../helpers/database';

/**
 * A statement the database gives up on answers 503 with a message saying so, over REST and GraphQL,
 * and the CMS goes on answering. PostgreSQL: the statement timeout (1 s here) cancels an insert that
 * waits for a lock; SQLite: the busy timeout (5 s) ends a write that finds the file locked.
 */
const cms = useCms({ DATABASE_STATEMENT_TIMEOUT_MS: '1000' });
const require = createRequire(import.meta.url);

/** Another connection that holds the reports table (PostgreSQL) or the database file (SQLite) locked. */
async function lockReports(): Promise<() => Promise<void>> {
  if (cms.database.client === 'postgres') {
    const { Client } = require('pg');
    const client = new Client({ ...postgresSettings(), database: cms.database.env.DATABASE_NAME });
    await client.connect();
    await client.query('BEGIN');
    await client.query('LOCK TABLE reports IN ACCESS EXCLUSIVE MODE');
    return async () => {
      await client.query('ROLLBACK');
      await client.end();
    };
  }
  const Database = require('better-sqlite3');
  const connection = new Database(cms.database.env.DATABASE_FILENAME);
  // a writer's lock: others may still read (signing in, permissions), but not write
  connection.exec('BEGIN IMMEDIATE');
  return async () => {
    connection.exec('ROLLBACK');
    connection.close();
  };
}

const report = { kind: 'contact', message: 'Wann ist das Sprachcafé wieder geöffnet?' };
let release: (() => Promise<void>) | undefined;
afterEach(async () => {
  await release?.();
  release = undefined;
});

describe('database timeouts', () => {
  it('REST answers 503 with a clear message, and the CMS answers again at once', async () => {
    release = await lockReports();
    const refused = await cms.client.rest('POST', '/api/reports/submit', { body: report });
    expect(refused.status).toBe(503);
    expect(refused.body.error).toMatchObject({ status: 503, name: 'ServiceUnavailableError' });
    expect(refused.body.error.message).toMatch(/statement timeout/);
    expect(JSON.stringify(refused.body)).not.toMatch(/\bat \w+.*\.js|node_modules/);
    expect((await fetch(new URL('/_health', cms.baseUrl))).status).toBe(204);
    await release();
    release = undefined;
    const stored = await cms.client.rest('POST', '/api/reports/submit', { body: report });
    expect(stored.status).toBeLessThan(300);
  });

  it('GraphQL answers 503 with DATABASE_TIMEOUT instead of an internal error', async () => {
    release = await lockReports();
    const result = await cms.client.graphql('mutation($data: ReportSubmissionInput!) { submitReport(data: $data) { receivedAt } }', { data: report });
    expect(result.status).toBe(503);
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors![0]).toMatchObject({ extensions: { code: 'DATABASE_TIMEOUT' } });
    expect(result.body.errors![0].message).toMatch(/statement timeout/);
    await release();
    release = undefined;
    const stored = await cms.client.graphql('mutation($data: ReportSubmissionInput!) { submitReport(data: $data) { receivedAt } }', { data: report });
    expect(stored.body.errors).toBeUndefined();
  });
});
