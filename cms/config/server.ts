import { jsonLogs } from '../src/logging/format';
import cronTasks from './cron-tasks';

export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind the reverse proxy (docker-compose.yml: Caddy): trust X-Forwarded-* only when told to, and
  // then only the last X-Forwarded-For entry, the one the proxy itself wrote (maxIpsCount: 1). The
  // leftmost entries are whatever the client sent and are never taken. (Strapi reads `proxy.koa`;
  // a plain `proxy: true` is ignored.) The site's own requests carry the visitor's address signed
  // instead (src/middlewares/client-address.ts).
  proxy: { koa: env.bool('TRUST_PROXY', false), maxIpsCount: 1 },
  app: { keys: env.array('APP_KEYS') },
  // With JSON logs (production) no colourful start-up banner between the JSON lines: it would also
  // invite visitors to "create your first administrator", which production refuses (README).
  logger: { startup: { enabled: !jsonLogs() } },
  // public/uploads lives here (tests give each CMS its own; backup and restore read the same variable)
  dirs: { public: env('PUBLIC_DIR', './public') },
  cron: { enabled: env.bool('CRON_ENABLED', true), tasks: cronTasks },
});
