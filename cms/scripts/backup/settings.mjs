// Where the CMS keeps its data, read from the CMS's own configuration and environment, so that
// backup and restore run with exactly the settings the CMS runs with (cms/.env, then the process
// environment, which wins — as Strapi loads them).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const cmsDir = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(cmsDir, 'package.json'));

export function loadSettings() {
  const envFile = path.join(cmsDir, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  // Strapi resolves the SQLite file and PRIVATE_FILES_DIR against the CMS folder it runs in.
  process.chdir(cmsDir);
  const compiled = path.join(cmsDir, 'dist/config/database.js');
  if (!existsSync(compiled)) throw new Error('The CMS is not built (cms/dist is missing): run `pnpm --filter cms build` first.');
  const { env } = require('@strapi/utils');
  const databaseConfig = require(compiled);
  const { client, connection } = (databaseConfig.default ?? databaseConfig)({ env }).connection;
  return {
    database: client === 'postgres' ? { client: 'postgres', connection } : { client: 'sqlite', filename: connection.filename },
    uploadsDir: path.resolve(cmsDir, process.env.PUBLIC_DIR ?? 'public', 'uploads'),
    privateDir: path.resolve(cmsDir, process.env.PRIVATE_FILES_DIR ?? 'private-files'),
    strapiVersion: require('@strapi/strapi/package.json').version,
  };
}
