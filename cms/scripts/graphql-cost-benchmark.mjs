#!/usr/bin/env node
// Prints what the nested-list attack of issue 9 costs the CMS: time to answer, memory growth, and how
// long a health check waits meanwhile. Boots the CMS with demo data on a throw-away SQLite database.
// Usage: node scripts/graphql-cost-benchmark.mjs [levels=6] [appDir=this cms]
// (An appDir of an older checkout, with node_modules linked to this one, gives the "before" figures.)
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const levels = Number(process.argv[2] ?? 6);
const appDir = path.resolve(process.argv[3] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const require = createRequire(path.join(appDir, 'package.json'));
const dataDir = mkdtempSync(path.join(tmpdir(), 'boerde-bench-'));
Object.assign(process.env, {
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
  APP_KEYS: 'benchKeyA,benchKeyB',
  API_TOKEN_SALT: 'bench',
  ADMIN_JWT_SECRET: 'bench',
  TRANSFER_TOKEN_SALT: 'bench',
  JWT_SECRET: 'bench',
  ENCRYPTION_KEY: 'bench-encryption-key-0123456789',
  SEED_DEMO_DATA: 'true',
  LOG_LEVEL: 'error',
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: path.join(dataDir, 'data.db'),
  MAIL_OUTBOX_DIR: path.join(dataDir, 'mail'),
  PRIVATE_FILES_DIR: path.join(dataDir, 'private'),
});
process.chdir(appDir);

const { compileStrapi, createStrapi } = require('@strapi/strapi');
const strapi = await createStrapi({ ...(await compileStrapi({ appDir, ignoreDiagnostics: true })), autoReload: false, serveAdminPanel: false }).load();
strapi.server.mount();
await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${strapi.server.httpServer.address().port}`;

let selection = 'slug';
for (let level = levels - 1; level >= 1; level -= 1) selection = `${level % 2 === 1 ? 'actors' : 'municipalities'}(pagination: { limit: 100 }) { ${selection} }`;
const attack = `{ municipalities(pagination: { limit: 100 }) { ${selection} } }`;

// One small request first, so that the figures do not include Apollo's first-request work.
await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ topics(pagination: { limit: 1 }) { slug } }' }) });

const mb = (bytes) => `${Math.round(bytes / 2 ** 20)} MB`;
global.gc?.();
const rssBefore = process.memoryUsage().rss;
let rssPeak = rssBefore;
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);

const started = performance.now();
const answer = fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: attack }), signal: AbortSignal.timeout(600_000) })
  .then(async (response) => ({ status: response.status, body: (await response.text()).slice(0, 200), ms: performance.now() - started }))
  .catch((error) => ({ status: 'no answer', body: String(error), ms: performance.now() - started }));
// Health checks while the attack runs, from another process (this one serves the CMS and would wait
// with it): how long do other callers wait?
const prober = spawn(process.execPath, ['-e', `
  (async () => { for (;;) { const t = performance.now(); const r = await fetch('${base}/_health');
    console.log(JSON.stringify({ status: r.status, ms: performance.now() - t })); await new Promise((ok) => setTimeout(ok, 250)); } })();`]);
const healthWaits = [];
prober.stdout.on('data', (chunk) => healthWaits.push(...String(chunk).trim().split('\n').map((line) => JSON.parse(line))));
const result = await answer;
await new Promise((resolve) => setTimeout(resolve, 1000)); // the health check under way, if any
prober.kill();
clearInterval(sampler);
const slowest = healthWaits.reduce((max, wait) => (wait.ms > max.ms ? wait : max), { status: '-', ms: 0 });

console.log(`attack: ${levels} levels of nested lists, 100 each (${appDir})`);
console.log(`  answer:  HTTP ${result.status} after ${Math.round(result.ms)} ms: ${result.body.replace(/\s+/g, ' ')}`);
console.log(`  memory:  ${mb(rssBefore)} before, ${mb(rssPeak)} at the peak (+${mb(rssPeak - rssBefore)})`);
console.log(`  health checks meanwhile: ${healthWaits.length}, the slowest HTTP ${slowest.status} after ${Math.round(slowest.ms)} ms`);

const removeAll = process.removeAllListeners;
process.removeAllListeners = () => process;
await strapi.destroy();
process.removeAllListeners = removeAll;
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
