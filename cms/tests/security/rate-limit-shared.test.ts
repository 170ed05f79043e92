import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';

/**
 * Two CMS processes behind one proxy share their rate limits through Redis (REDIS_URL): the
 * (max+1)-th attempt of one visitor is refused although the attempts were spread over both.
 * Needs the Redis server on 127.0.0.1:6379 (REDIS_URL to change).
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = 'test-site-proxy-secret';
const PREFIX = `boerde-test-${randomBytes(4).toString('hex')}`;
const cms = useCms({ REDIS_URL, RATE_LIMIT_PREFIX: PREFIX, AUTH_RATE_LIMIT_MAX: '4', SUBMISSION_RATE_LIMIT_MAX: '3', SITE_PROXY_SECRET: SECRET });

let second: ChildProcess;
let secondUrl = '';

beforeAll(async () => {
  second = spawn(process.execPath, [path.join(__dirname, '../helpers/cms-process.cjs')], { env: { ...process.env }, stdio: ['ignore', 'pipe', 'inherit'] });
  secondUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    second.stdout!.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n').find((candidate) => candidate.startsWith('{"port"'));
      if (line) resolve(`http://127.0.0.1:${JSON.parse(line).port}`);
    });
    second.on('exit', (code) => reject(new Error(`second CMS process ended with ${code}`)));
  });
});

afterAll(async () => {
  if (second && second.exitCode === null) {
    const ended = new Promise((resolve) => second.once('exit', resolve));
    second.kill('SIGTERM');
    await ended;
  }
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${PREFIX}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

const viaSite = (address: string) => ({ 'content-type': 'application/json', 'x-client-address': address, 'x-site-secret': SECRET });

async function post(baseUrl: string, route: string, body: unknown, address: string) {
  const response = await fetch(new URL(route, baseUrl), { method: 'POST', headers: viaSite(address), body: JSON.stringify(body) });
  return response.status;
}

describe('rate limits shared by two CMS processes through Redis', () => {
  it('runs two separate processes', async () => {
    expect(second.pid).not.toBe(process.pid);
    expect((await fetch(new URL('/api/topics', secondUrl))).status).toBe(200);
  });

  it('refuses the fifth wrong sign-in of one visitor although the attempts alternate between the processes', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push(await post(i % 2 === 0 ? cms.baseUrl : secondUrl, '/api/auth/local', { identifier: 'kvhs@example.org', password: 'falsch-falsch' }, '203.0.113.70'));
    }
    expect(statuses).toEqual([400, 400, 400, 400, 429]);
    // another visitor is not affected, on either process
    expect(await post(secondUrl, '/api/auth/local', { identifier: 'kvhs@example.org', password: 'falsch-falsch' }, '198.51.100.71')).toBe(400);
  });

  it('refuses the fourth public report of one visitor spread over both processes', async () => {
    const statuses = [];
    for (const baseUrl of [secondUrl, cms.baseUrl, secondUrl, cms.baseUrl]) {
      statuses.push(await post(baseUrl, '/api/reports/submit', { kind: 'contact', message: 'Hallo Netzwerk' }, '203.0.113.80'));
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
  });

  it('keeps the counters in Redis under the configured prefix', async () => {
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${PREFIX}:*`);
    await redis.quit();
    expect(keys.some((key) => key.startsWith(`${PREFIX}:auth:`) && key.includes('203.0.113.70'))).toBe(true);
    expect(keys.some((key) => key.startsWith(`${PREFIX}:submission:`) && key.includes('203.0.113.80'))).toBe(true);
  });
});
