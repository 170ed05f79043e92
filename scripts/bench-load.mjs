#!/usr/bin/env node
// `pnpm bench:load`: throughput and latency of the site and the CMS under load, on scale data.
// Not a test: it asserts nothing, it prints one table and the targets of issue 10 as pass/fail.
//
// For each data size (100 and 10,000 offerings) it seeds a fresh database (`seed:scale`, demo data
// included), starts the CMS, the built site and a second site process with SITE_CACHE=off (the
// same way as the e2e suite, web/tests/e2e/servers.ts), and runs autocannon against:
//   static     a CSS file from the site's own server (the ceiling)
//   cached     /de/angebote from the site (16 and 64 connections)
//   uncached   /de/angebote from the SITE_CACHE=off site
//   graphql    the list query behind it, straight to the CMS as a trusted-document hash (the floor)
//   search     /de/suche?q=… from the site
// Peak RSS is sampled from /proc (the process and its descendants) while each row runs.
//
// Options (or env): --database sqlite|postgres (BENCH_DATABASE, default sqlite),
// --duration seconds per row (BENCH_DURATION, default 5), --sizes 100,10000 (BENCH_SIZES).
// PostgreSQL: BENCH_PG_HOST/PORT/USER/PASSWORD (default 127.0.0.1:5432, postgres, no password);
// a throw-away database is created and dropped.
import { spawnSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { startServers, CMS_ENV, cmsDir, webDir } = await import('../web/tests/e2e/servers.ts');

const { values } = parseArgs({ options: { database: { type: 'string' }, duration: { type: 'string' }, sizes: { type: 'string' } } });
const DATABASE = values.database ?? process.env.BENCH_DATABASE ?? 'sqlite';
const DURATION = Number(values.duration ?? process.env.BENCH_DURATION ?? 5);
const SIZES = (values.sizes ?? process.env.BENCH_SIZES ?? '100,10000').split(',').map(Number);
if (!['sqlite', 'postgres'].includes(DATABASE) || !(DURATION > 0) || SIZES.some((size) => !(size > 0))) {
  console.error('usage: pnpm bench:load [--database sqlite|postgres] [--duration seconds] [--sizes 100,10000]');
  process.exit(2);
}
const SEARCH_QUERY = 'Deutschkurs';

// --- the database of one size ----------------------------------------------------------------------

const requireFromCms = createRequire(path.join(cmsDir, 'package.json'));
const pg = {
  host: process.env.BENCH_PG_HOST ?? '127.0.0.1',
  port: Number(process.env.BENCH_PG_PORT ?? 5432),
  user: process.env.BENCH_PG_USER ?? 'postgres',
  password: process.env.BENCH_PG_PASSWORD ?? '',
};

async function pgAdmin(sql) {
  const { Client } = requireFromCms('pg');
  const client = new Client({ ...pg, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database for one size: its CMS environment and how to drop it. */
async function createDatabase(size, workDir) {
  if (DATABASE === 'sqlite') {
    return { env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(workDir, `bench-${size}.db`) }, drop: async () => {} };
  }
  const name = `boerde_bench_${size}_${Date.now()}`;
  await pgAdmin(`CREATE DATABASE "${name}"`);
  return {
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: pg.host,
      DATABASE_PORT: String(pg.port),
      DATABASE_USERNAME: pg.user,
      DATABASE_PASSWORD: pg.password,
      DATABASE_NAME: name,
    },
    drop: () => pgAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

function seed(size, env) {
  const actors = Math.max(20, Math.round(size / 5));
  console.log(`▶ bench: seeding ${size} offerings, ${actors} actors (${DATABASE})…`);
  const result = spawnSync(process.execPath, [path.join(cmsDir, 'scripts', 'seed-scale.mjs'), '--offerings', String(size), '--actors', String(actors)], {
    cwd: cmsDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...CMS_ENV, LOG_LEVEL: 'error', ...env },
  });
  if (result.status !== 0) throw new Error(`seed:scale failed (exit ${result.status ?? result.signal})`);
}

// --- memory ------------------------------------------------------------------------------------------

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid) {
  if (!pid) return 0;
  const children = new Map();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift();
    try {
      const match = readFileSync(`/proc/${current}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      total += match ? Number(match[1]) * 1024 : 0;
    } catch {
      // exited meanwhile
    }
    queue.push(...(children.get(current) ?? []));
  }
  return total;
}

// --- one row -----------------------------------------------------------------------------------------

async function run(row, { cmsPid, sitePid }) {
  // warm-up: the first request fills caches and compiles code paths
  const warm = await fetch(row.url, { method: row.method ?? 'GET', headers: row.headers, body: row.body });
  const warmBody = await warm.text();
  if (!warm.ok || (row.check && !row.check(warmBody))) throw new Error(`${row.name}: warm-up answered ${warm.status}: ${warmBody.slice(0, 200)}`);
  const peak = { cms: treeRss(cmsPid), site: treeRss(sitePid) };
  const sampler = setInterval(() => {
    peak.cms = Math.max(peak.cms, treeRss(cmsPid));
    peak.site = Math.max(peak.site, treeRss(sitePid));
  }, 250);
  try {
    const result = await autocannon({
      url: row.url,
      method: row.method ?? 'GET',
      headers: row.headers,
      body: row.body,
      connections: row.connections,
      duration: DURATION,
    });
    return {
      ...row,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      rssCms: peak.cms,
      rssSite: peak.site,
    };
  } finally {
    clearInterval(sampler);
  }
}

function rowsFor(servers) {
  const client = path.join(webDir, 'build', 'client');
  const css = readdirSync(client, { recursive: true }).find((name) => String(name).endsWith('.css'));
  if (!css) throw new Error(`no CSS file in ${client}: build the site first`);
  const manifest = JSON.parse(readFileSync(path.join(cmsDir, 'trusted-documents.json'), 'utf8'));
  const hash = Object.entries(manifest).find(([, source]) => /query OfferingList\b/.test(source))?.[0];
  if (!hash) throw new Error('OfferingList is not in cms/trusted-documents.json');
  const graphqlBody = JSON.stringify({
    extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') } },
    variables: { locale: 'de', page: 1, pageSize: 20, byConfirmation: false, today: new Date().toISOString().slice(0, 10) },
  });
  const html = (body) => body.includes('<html');
  const uncached = servers.extraSiteUrls[0];
  return [
    { name: 'static file (ceiling)', key: 'static', url: `${servers.siteUrl}/${String(css).split(path.sep).join('/')}`, connections: 16, site: 'cached' },
    { name: 'cached /de/angebote', key: 'cached', url: `${servers.siteUrl}/de/angebote`, connections: 16, site: 'cached', check: html },
    { name: 'cached /de/angebote, 64 conn.', key: 'cached64', url: `${servers.siteUrl}/de/angebote`, connections: 64, site: 'cached', check: html },
    { name: 'uncached /de/angebote', key: 'uncached', url: `${uncached}/de/angebote`, connections: 16, site: 'uncached', check: html },
    {
      name: 'raw GraphQL OfferingList (floor)',
      key: 'graphql',
      url: `${servers.cmsUrl}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: graphqlBody,
      connections: 16,
      site: null,
      check: (body) => !JSON.parse(body).errors,
    },
    { name: `search /de/suche?q=${SEARCH_QUERY}`, key: 'search', url: `${servers.siteUrl}/de/suche?q=${SEARCH_QUERY}`, connections: 16, site: 'cached', check: html },
  ];
}

// --- output ------------------------------------------------------------------------------------------

const mb = (bytes) => (bytes ? `${Math.round(bytes / 1048576)} MB` : '–');
function printTable(results) {
  const columns = [
    ['offerings', (r) => r.size.toLocaleString('en')],
    ['what', (r) => r.name],
    ['conn.', (r) => r.connections],
    ['req/s', (r) => (r.failed ? 'failed' : r.rps.toFixed(1))],
    ['p50', (r) => (r.failed ? '' : `${r.p50} ms`)],
    ['p99', (r) => (r.failed ? '' : `${r.p99} ms`)],
    ['errors', (r) => (r.failed ? r.failed : r.errors)],
    ['peak RSS CMS', (r) => mb(r.rssCms)],
    ['peak RSS site', (r) => mb(r.rssSite)],
  ];
  const cells = [columns.map(([title]) => title), ...results.map((row) => columns.map(([, cell]) => String(cell(row))))];
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => line[index].length)));
  const line = (items) => items.map((value, index) => (index === 1 ? value.padEnd(widths[index]) : value.padStart(widths[index]))).join('  ');
  console.log(line(cells[0]));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const items of cells.slice(1)) console.log(line(items));
}

function printTargets(results) {
  const get = (size, key) => results.find((row) => row.size === size && row.key === key && !row.failed);
  const verdict = (ok) => (ok === undefined ? 'n/a ' : ok ? 'PASS' : 'FAIL');
  const lines = [];
  for (const size of SIZES) {
    const [staticRow, cached, cached64, uncached, graphqlRow] = ['static', 'cached', 'cached64', 'uncached', 'graphql'].map((key) => get(size, key));
    const at = `at ${size.toLocaleString('en')}`;
    if (staticRow && cached) lines.push([cached.rps / staticRow.rps >= 0.5, `cached / static req/s ≥ 0.5 ${at}: ${(cached.rps / staticRow.rps).toFixed(2)}`]);
    if (uncached && graphqlRow) lines.push([uncached.p50 <= 1.5 * graphqlRow.p50, `uncached p50 ≤ 1.5 × raw GraphQL p50 ${at}: ${uncached.p50} ms vs ${graphqlRow.p50} ms`]);
    if (cached64) lines.push([cached64.p99 < 50 && cached64.errors === 0, `cached p99 < 50 ms at 64 connections, 0 errors ${at}: ${cached64.p99} ms, ${cached64.errors} errors`]);
    if (graphqlRow) lines.push([graphqlRow.rps >= 50, `raw GraphQL list query ≥ 50 req/s ${at}: ${graphqlRow.rps.toFixed(1)}`]);
  }
  const [small, large] = [Math.min(...SIZES), Math.max(...SIZES)];
  for (const key of ['uncached', 'cached']) {
    const [a, b] = [get(small, key), get(large, key)];
    if (a && b && small !== large) lines.push([b.p50 <= 2 * Math.max(a.p50, 1), `${key} list page p50 at ${large.toLocaleString('en')} ≤ 2 × at ${small.toLocaleString('en')}: ${b.p50} ms vs ${a.p50} ms`]);
  }
  console.log('\nTargets (issue 10):');
  for (const [ok, text] of lines) console.log(`  ${verdict(ok)}  ${text}`);
}

// --- main --------------------------------------------------------------------------------------------

const results = [];
const started = Date.now();
for (const size of SIZES) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'boerde-bench-'));
  const database = await createDatabase(size, workDir);
  try {
    seed(size, database.env);
    const servers = await startServers({ cmsEnv: { ...database.env, SEED_DEMO_DATA: 'false', LOG_LEVEL: 'error' }, extraSites: [{ SITE_CACHE: 'off' }] });
    try {
      for (const row of rowsFor(servers)) {
        process.stdout.write(`▶ bench: ${size} offerings, ${row.name}…\n`);
        const sitePid = row.site === 'uncached' ? servers.pids.extraSites[0] : row.site ? servers.pids.site : undefined;
        try {
          results.push({ size, ...(await run(row, { cmsPid: servers.pids.cms, sitePid })) });
        } catch (error) {
          results.push({ size, ...row, failed: error.message.split('\n')[0].slice(0, 60) });
        }
      }
    } finally {
      await servers.stop();
    }
  } finally {
    await database.drop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

console.log(`\n${DATABASE}, ${DURATION} s per row, Node ${process.version}, ${cpus().length} cores; run took ${Math.round((Date.now() - started) / 1000)} s`);
console.log('Peak RSS: resident memory of the process and its children (the CMS row counts `pnpm exec` and Strapi), sampled every 250 ms.\n');
printTable(results);
printTargets(results);
process.exit(results.some((row) => row.failed) ? 1 : 0);
