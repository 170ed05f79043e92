#!/usr/bin/env node
// Seeds the demo data into the configured database on request (production: only when asked).
// Usage: pnpm --filter cms seed   (reads cms/.env like `strapi start`)
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(appDir);
process.env.SEED_DEMO_DATA = 'false'; // seed explicitly below, once

const { compileStrapi, createStrapi } = require('@strapi/strapi');
const context = await compileStrapi({ appDir, ignoreDiagnostics: true });
const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
const { seedDemoData } = require(path.join(strapi.dirs.dist.src, 'seed', 'seed.js'));
const counts = await seedDemoData(strapi);
console.log(JSON.stringify(counts, null, 2));
await strapi.destroy();
process.exit(0);
