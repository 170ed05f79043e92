import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from './database';
import { TEST_ENV } from './test-env';

const require = createRequire(import.meta.url);
const appDir = path.resolve(__dirname, '../..');

export type TestStrapi = {
  strapi: any;
  baseUrl: string;
  database: TestDatabase;
  mailDir: string;
  /** the CMS's public folder (uploads below it) and internal documents folder, its own per test file */
  publicDir: string;
  privateDir: string;
  /** stops the CMS but keeps its database and folders (backup tests restart or restore them) */
  shutdown: () => Promise<void>;
  stop: () => Promise<void>;
};


/** Boots the real CMS (compiled from src/) on a fresh database and serves it on a free port. */
/** Stops a Strapi instance inside a test worker. */
export async function destroyStrapi(strapi: any) {
  // destroy() calls process.removeAllListeners(), which would kill the Vitest worker
  const removeAll = process.removeAllListeners;
  process.removeAllListeners = (() => process) as typeof process.removeAllListeners;
  try {
    await strapi.destroy();
  } finally {
    process.removeAllListeners = removeAll;
  }
}

export async function startStrapi(extraEnv: Record<string, string> = {}): Promise<TestStrapi> {
  // The suite's globalSetup compiled dist/ and seeded a template database: copy it. Without one
  // (a run outside the suite's config), compile and seed here as before.
  const template = inject('cmsTemplateDatabase');
  const database = await createTestDatabase(template);
  const mailDir = mkdtempSync(path.join(tmpdir(), 'boerde-mail-'));
  const privateDir = mkdtempSync(path.join(tmpdir(), 'boerde-private-'));
  const publicDir = mkdtempSync(path.join(tmpdir(), 'boerde-public-'));
  mkdirSync(path.join(publicDir, 'uploads'));
  Object.assign(process.env, TEST_ENV, { MAIL_OUTBOX_DIR: mailDir, PRIVATE_FILES_DIR: privateDir, PUBLIC_DIR: publicDir }, database.env, extraEnv);
  process.chdir(appDir);
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const context = template ? { appDir, distDir: path.join(appDir, 'dist') } : await compileStrapi({ appDir, ignoreDiagnostics: true });
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  strapi.server.mount();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  let running = true;
  async function shutdown() {
    if (!running) return;
    running = false;
    await destroyStrapi(strapi);
  }
  return {
    strapi,
    database,
    mailDir,
    publicDir,
    privateDir,
    baseUrl: `http://127.0.0.1:${port}`,
    shutdown,
    async stop() {
      await shutdown();
      await database.drop();
      for (const dir of [mailDir, privateDir, publicDir]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
