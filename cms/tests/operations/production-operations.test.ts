/**
 * Running it in production: readiness (`/_readyz` asks the database), the request log (one line per
 * request with the request id the site sent, no query strings, no secrets), the reverse proxy's
 * client address (only the entry the proxy wrote), the first administrator never through the public
 * registration page, and the start-up refusals (real `strapi start` child processes with bad settings).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';
import { productionProblems, REQUIRED_SECRETS } from '../../src/bootstrap/production-checks';

const require = createRequire(import.meta.url);
const SECRET = 'test-site-proxy-secret';
const cms = useCms({ NODE_ENV: 'production', SITE_PROXY_SECRET: SECRET, SITE_CHANGES_SECRET: 'test-site-changes-secret', GRAPHQL_FREE_FORM: '', TRUST_PROXY: 'true' });

/** Every line the CMS logs while a test runs (in JSON, as in production). */
const lines: string[] = [];
beforeAll(() => {
  const { winston } = require('@strapi/logger');
  cms.strapi.log.level = 'debug';
  cms.strapi.log.add(
    new winston.transports.Stream({
      level: 'debug',
      stream: new Writable({
        write(chunk, _encoding, done) {
          lines.push(...chunk.toString().split('\n').filter(Boolean));
          done();
        },
      }),
    }),
  );
  // what Koa takes for the client's address, for the proxy test (the router matches at request time)
  cms.strapi.server.router.get('/__client-ip', (ctx) => {
    ctx.body = { ip: ctx.ip };
  });
});

describe('readiness', () => {
  it('GET /_readyz answers 200 while the database answers, uncached and without cookies', async () => {
    const response = await fetch(`${cms.baseUrl}/_readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', database: 'ok' });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

});

describe('request log', () => {
  it('logs one JSON line per request with the request id the site sent, the path without its query', async () => {
    const response = await fetch(`${cms.baseUrl}/api/offerings?filters[title][$eq]=geheimes-suchwort`, { headers: { 'x-request-id': 'site-req-0001' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('site-req-0001');
    const line = lines.map((text) => JSON.parse(text)).find((entry) => entry.requestId === 'site-req-0001');
    expect(line).toMatchObject({ level: 'http', method: 'GET', path: '/api/offerings', status: 200, requestId: 'site-req-0001' });
    expect(typeof line.durationMs).toBe('number');
    expect(lines.join('\n')).not.toContain('geheimes-suchwort');
  });

  it('replaces a request id that does not look like one with a fresh one', async () => {
    const response = await fetch(`${cms.baseUrl}/api/offerings`, { headers: { 'x-request-id': `a"}{ ${'x'.repeat(200)}` } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a sign-in leaves neither the password nor the JWT in any line', async () => {
    const response = await fetch(`${cms.baseUrl}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'site-req-0002' },
      body: JSON.stringify({ identifier: 'kvhs@example.org', password: 'demo-Passwort-1' }),
    });
    const { jwt } = await response.json();
    expect(jwt).toMatch(/^eyJ/);
    // a request carrying the token, and a failing one that Strapi logs as an error
    await fetch(`${cms.baseUrl}/api/session`, { headers: { authorization: `Bearer ${jwt}` } });
    expect(lines.some((text) => text.includes('site-req-0002'))).toBe(true);
    const all = lines.join('\n');
    for (const secret of ['demo-Passwort-1', jwt, 'kvhs@example.org']) expect(all).not.toContain(secret);
  });
});

describe('client address behind the reverse proxy (TRUST_PROXY=true)', () => {
  it('takes the last X-Forwarded-For entry (the one the proxy wrote), never a client-supplied leftmost one', async () => {
    const response = await fetch(`${cms.baseUrl}/__client-ip`, { headers: { 'x-forwarded-for': '203.0.113.66, 198.51.100.7' } });
    expect(await response.json()).toEqual({ ip: '198.51.100.7' });
  });
});

describe('the first administrator', () => {
  it('in production, the public registration route and page answer 403 and create nobody', async () => {
    const register = await fetch(`${cms.baseUrl}/admin/register-admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'intruder@example.org', firstname: 'In', lastname: 'Truder', password: 'Intruder-Passwort-1' }),
    });
    expect(register.status).toBe(403);
    expect((await register.json()).error.message).toMatch(/admin:create-user/);
    for (const variant of ['/admin/register-admin/', '/admin/Register-Admin', '/admin/auth/register-admin']) {
      expect((await fetch(`${cms.baseUrl}${variant}`, { method: variant.includes('auth') ? 'GET' : 'POST' })).status).toBe(403);
    }
    expect(await cms.strapi.db.query('admin::user').count()).toBe(0);
  });
});

describe('start-up checks in production', () => {
  const complete = (): Record<string, string> => ({
    NODE_ENV: 'production',
    APP_KEYS: 'k1-aaaaaaaa,k2-bbbbbbbb',
    API_TOKEN_SALT: 'salt-aaaaaaaa',
    ADMIN_JWT_SECRET: 'admin-jwt-aaaaaaaa',
    TRANSFER_TOKEN_SALT: 'transfer-aaaaaaaa',
    JWT_SECRET: 'jwt-aaaaaaaa',
    ENCRYPTION_KEY: 'encryption-key-aaaaaaaaaaaaaaaaaaaaaaa',
    SITE_PROXY_SECRET: 'site-proxy-aaaaaaaa',
    SITE_CHANGES_SECRET: 'site-changes-aaaaaaaa',
    SMTP_HOST: 'smtp.example.org',
  });

  it('a complete environment has no problems; each missing or placeholder secret is named', () => {
    expect(productionProblems(complete())).toEqual([]);
    expect(productionProblems({ ...complete(), SMTP_HOST: '', MAIL_OUTBOX_DIR: '/data/outbox' })).toEqual([]);
    for (const name of REQUIRED_SECRETS) {
      expect(productionProblems({ ...complete(), [name]: '' })).toEqual([expect.stringMatching(new RegExp(`^${name} is missing`))]);
      expect(productionProblems({ ...complete(), [name]: 'change-me' })).toEqual([expect.stringMatching(new RegExp(`^${name} still holds the change-me`))]);
    }
    expect(productionProblems({ ...complete(), SMTP_PASSWORD: 'change-me' })).toEqual([expect.stringMatching(/^SMTP_PASSWORD/)]);
    expect(productionProblems({ ...complete(), DATABASE_PASSWORD: 'change-me' })).toEqual([expect.stringMatching(/^DATABASE_PASSWORD/)]);
    expect(productionProblems({ ...complete(), SMTP_HOST: '' })).toEqual([expect.stringMatching(/^SMTP_HOST is missing.*MAIL_OUTBOX_DIR/)]);
  });

  // `strapi start` itself, as docker-compose runs it (the test's boot compiled dist/ already)
  const workDir = mkdtempSync(path.join(tmpdir(), 'boerde-refusal-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));
  const strapiBin = path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');

  function start(env: Record<string, string>, name: string): Promise<{ code: number | null; output: string; databaseCreated: boolean }> {
    const database = path.join(workDir, `${name}.db`);
    const child = spawn(process.execPath, [strapiBin, 'start'], {
      cwd: path.resolve(__dirname, '../..'),
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', STRAPI_TELEMETRY_DISABLED: 'true', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    return new Promise((resolve) =>
      child.on('exit', (code) => {
        clearTimeout(killer);
        resolve({ code, output, databaseCreated: existsSync(database) });
      }),
    );
  }

  // One process (each costs seconds to load Strapi): every problem is listed in the one refusal.
  it('refuses to start, exit code 1, naming each variable, before the database is touched', async () => {
    const { APP_KEYS: _keys, SMTP_HOST: _smtp, ...env } = complete();
    const result = await start({ ...env, JWT_SECRET: 'change-me', SITE_PROXY_SECRET: '' }, 'refused');
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/Refusing to start in production/);
    expect(result.output).toMatch(/APP_KEYS is missing/);
    expect(result.output).toMatch(/JWT_SECRET still holds the change-me placeholder/);
    expect(result.output).toMatch(/SITE_PROXY_SECRET is missing/);
    expect(result.output).toMatch(/SMTP_HOST is missing.*MAIL_OUTBOX_DIR/);
    expect(result.output).not.toMatch(/API_TOKEN_SALT|ENCRYPTION_KEY/);
    expect(result.databaseCreated).toBe(false);
  }, 120_000);
});

// Last: it takes the database connections away and gives them back.
describe('readiness without a database', () => {
  it('answers 503 when the database cannot be reached (no connection), 200 again once it can', async () => {
    const knex = cms.strapi.db.connection;
    await knex.client.destroy();
    try {
      const response = await fetch(`${cms.baseUrl}/_readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    } finally {
      knex.client.initializePool();
    }
    expect((await fetch(`${cms.baseUrl}/_readyz`)).status).toBe(200);
  });
});
