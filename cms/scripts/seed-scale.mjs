#!/usr/bin/env node
// Fills the configured database with scale data for measuring (see README, "Scale data").
// Usage: pnpm --filter cms seed:scale [--actors 2000] [--offerings 10000] [--events N] [--news N]
// Reads cms/.env like `strapi start`; refuses a database with real content.
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const { values } = parseArgs({
  options: { actors: { type: 'string' }, offerings: { type: 'string' }, events: { type: 'string' }, news: { type: 'string' } },
});
const number = (name) => {
  if (values[name] === undefined) return undefined;
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} takes a whole number ≥ 0, not "${values[name]}"`);
    process.exit(2);
  }
  return value;
};
const options = { actors: number('actors'), offerings: number('offerings'), events: number('events'), news: number('news') };

const require = createRequire(import.meta.url);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(appDir);
process.env.SEED_DEMO_DATA = 'false'; // seeded explicitly (and first) by the scale seed

const { compileStrapi, createStrapi } = require('@strapi/strapi');
const context = await compileStrapi({ appDir, ignoreDiagnostics: true });
const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
let exitCode = 0;
try {
  const { seedScaleData } = require(path.join(strapi.dirs.dist.src, 'seed', 'scale.js'));
  const counts = await seedScaleData(strapi, { ...options, log: (message) => console.log(message) });
  console.log(JSON.stringify(counts, null, 2));
} catch (error) {
  // a failed bulk insert's message carries the whole statement: the start says enough
  console.error(String(error instanceof Error ? error.message : error).slice(0, 2000));
  exitCode = 1;
}
await strapi.destroy();
process.exit(exitCode);
