import { afterAll, beforeAll } from 'vitest';
import { startStrapi, type TestStrapi } from './strapi';
import { createClient } from './http';

/** Boots one real CMS with the demo data for the calling test file. */
export function useCms(extraEnv: Record<string, string> = {}) {
  const handle = {} as TestStrapi & { client: ReturnType<typeof createClient>; tokens: Record<string, string> };
  beforeAll(async () => {
    const cms = await startStrapi(extraEnv);
    Object.assign(handle, cms, { client: createClient(cms.baseUrl), tokens: {} });
    for (const email of ['koordination@example.org', 'kvhs@example.org', 'drk@example.org']) {
      handle.tokens[email.split('@')[0]] = await handle.client.signIn(email);
    }
  });
  afterAll(async () => handle.stop?.());
  return handle;
}

/** Runs an in-process query as trusted code, to compare API answers with the database. */
export const db = (cms: TestStrapi, uid: string) => cms.strapi.db.query(uid);
