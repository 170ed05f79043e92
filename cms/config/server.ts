import cronTasks from './cron-tasks';

export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind the site's server or a reverse proxy: trust X-Forwarded-* only when told to.
  proxy: env.bool('TRUST_PROXY', false),
  app: { keys: env.array('APP_KEYS') },
  // public/uploads lives here (tests give each CMS its own; backup and restore read the same variable)
  dirs: { public: env('PUBLIC_DIR', './public') },
  cron: { enabled: env.bool('CRON_ENABLED', true), tasks: cronTasks },
});
