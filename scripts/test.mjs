#!/usr/bin/env node
// `pnpm test`: every test of the workspace. The CMS suite runs once per database in
// TEST_DATABASES (default "sqlite,postgres"); PostgreSQL is skipped, visibly, when none is
// reachable, unless REQUIRE_POSTGRES=1 (CI), which turns that skip into a failure. The site's
// end-to-end suite (web/tests/e2e: real CMS, built site, Chromium) is skipped the same way when
// Chromium is missing, unless REQUIRE_CHROMIUM=1.
// Ends with one line: "N passed, N failed" (plus skipped, if any).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.ci', 'out');
mkdirSync(outDir, { recursive: true });
const databases = (process.env.TEST_DATABASES ?? 'sqlite,postgres').split(',').map((d) => d.trim()).filter(Boolean);
const requirePostgres = process.env.REQUIRE_POSTGRES === '1';
const requireChromium = process.env.REQUIRE_CHROMIUM === '1';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const extraArgs = process.argv.slice(2);

const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];

function vitest(label, cwd, env, reportName, configArgs = []) {
  const report = path.join(outDir, reportName);
  rmSync(report, { force: true });
  console.log(`\n\x1b[1m▶ ${label}\x1b[0m`);
  const result = spawnSync('pnpm', ['exec', 'vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs], {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (!existsSync(report)) {
    totals.failed += 1;
    notes.push(`${label}: no test report (vitest exited with ${result.status})`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + (json.numTodoTests ?? 0);
  // A file that fails to load counts as a failure even when it has no failed test.
  const brokenFiles = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.every((a) => a.status !== 'failed'));
  totals.failed += brokenFiles.length;
  for (const file of brokenFiles) notes.push(`${label}: ${path.relative(root, file.name)} failed to run: ${file.message?.split('\n')[0]}`);
  if (result.status !== 0 && json.numFailedTests === 0 && brokenFiles.length === 0) {
    totals.failed += 1;
    notes.push(`${label}: vitest exited with ${result.status}`);
  }
}

async function postgresReachable() {
  const require = createRequire(path.join(root, 'cms', 'package.json'));
  const { Client } = require('pg');
  const client = new Client({
    host: process.env.TEST_PG_HOST ?? '127.0.0.1',
    port: Number(process.env.TEST_PG_PORT ?? 5432),
    user: process.env.TEST_PG_USER ?? 'postgres',
    password: process.env.TEST_PG_PASSWORD ?? '',
    database: process.env.TEST_PG_ADMIN_DATABASE ?? 'postgres',
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    return error.message;
  }
}

vitest('site (web): unit tests', path.join(root, 'web'), {}, 'web-results.json');

if (existsSync(chromiumPath)) {
  vitest('site (web): end-to-end in Chromium', path.join(root, 'web'), { CHROMIUM_PATH: chromiumPath }, 'web-e2e-results.json', ['-c', 'vitest.e2e.config.ts']);
} else {
  const message = `Chromium not found at ${chromiumPath} (apt-get install -y chromium): site end-to-end suite SKIPPED`;
  if (requireChromium) {
    totals.failed += 1;
    notes.push(`${message} — REQUIRE_CHROMIUM=1 makes this a failure`);
  } else {
    totals.skipped += 1;
    notes.push(message);
    console.log(`\n\x1b[33m⚠ ${message}\x1b[0m`);
  }
}

for (const database of databases) {
  if (database === 'postgres') {
    const reachable = await postgresReachable();
    if (reachable !== true) {
      const message = `PostgreSQL not reachable (${reachable}): CMS suite on PostgreSQL SKIPPED`;
      if (requirePostgres) {
        totals.failed += 1;
        notes.push(`${message} — REQUIRE_POSTGRES=1 makes this a failure`);
      } else {
        totals.skipped += 1;
        notes.push(message);
        console.log(`\n\x1b[33m⚠ ${message}\x1b[0m`);
      }
      continue;
    }
  }
  vitest(`CMS on ${database}`, path.join(root, 'cms'), { TEST_DATABASE: database }, `cms-${database}-results.json`);
}

for (const note of notes) console.log(`\x1b[33m• ${note}\x1b[0m`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
