// Run once per CMS test run (tests/helpers/global-setup.ts): compiles src/ to dist/ and boots the
// CMS on the template database given in the environment, so the demo data is seeded once. Each
// test file then boots on a copy of that database, from the compiled dist/, which skips the
// compile and the seed's writes (the seed still runs there and finds everything present).
const path = require('node:path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '../..');
process.chdir(appDir);

(async () => {
  const context = await compileStrapi({ appDir, ignoreDiagnostics: true });
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  await strapi.destroy();
  process.exit(0);
})().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
