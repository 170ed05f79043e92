/**
 * Vitest globalSetup of the CMS suite: compiles the CMS once and seeds one template database
 * (SQLite file or PostgreSQL database) per run. startStrapi() copies it for each test file, which
 * saves each file the TypeScript compile and the demo data's inserts (about half of a boot).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createTestDatabase } from './database';
import { TEST_ENV } from './test-env';

export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  const scratch = mkdtempSync(path.join(tmpdir(), 'boerde-template-'));
  for (const dir of ['mail', 'private', 'public/uploads']) mkdirSync(path.join(scratch, dir), { recursive: true });
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(__dirname, 'template-process.cjs')], {
    env: {
      ...process.env,
      ...TEST_ENV,
      MAIL_OUTBOX_DIR: path.join(scratch, 'mail'),
      PRIVATE_FILES_DIR: path.join(scratch, 'private'),
      PUBLIC_DIR: path.join(scratch, 'public'),
      ...database.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  rmSync(scratch, { recursive: true, force: true });
  if (result.status !== 0) {
    await database.drop();
    throw new Error(`the CMS could not be compiled and seeded for the tests (exit ${result.status})`);
  }
  console.log(`CMS compiled and template database (${database.client}) seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('cmsTemplateDatabase', database.env);
  return async () => {
    await database.drop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** DATABASE_* of the seeded template database the test files copy */
    cmsTemplateDatabase: Record<string, string>;
  }
}
