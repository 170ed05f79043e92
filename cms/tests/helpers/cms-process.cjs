// A second CMS process for tests that need two (e.g. limits shared through Redis): boots the
// already compiled CMS (dist/) with the environment it is given, on the same database as the
// first, serves it on a free port and prints `{"port":N}` as its first line.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '../..');
process.chdir(appDir);

(async () => {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  strapi.server.mount();
  strapi.server.httpServer.listen(0, '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ port: strapi.server.httpServer.address().port })}\n`);
  });
  process.on('SIGTERM', () => strapi.destroy().finally(() => process.exit(0)));
})().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
