export default ({ env }) => [
  // first: every request gets its id and one log line (instead of strapi::logger: no query strings)
  'global::request-log',
  'global::readiness',
  'global::admin-registration',
  'global::client-address',
  'global::graphql-sandbox',
  'strapi::errors',
  'global::database-timeout',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'connect-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'data:', 'blob:'],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  { name: 'strapi::cors', config: { origin: env.array('CORS_ORIGINS', ['http://localhost:3000', 'http://localhost:1337']) } },
  'strapi::poweredBy',
  'strapi::query',
  { name: 'strapi::body', config: { jsonLimit: '1mb', formLimit: '1mb', textLimit: '1mb' } },
  'strapi::session',
  'strapi::favicon',
  // before anything under /uploads is served (the upload plugin's route and strapi::public)
  'global::upload-headers',
  'strapi::public',
  'global::query-bounds',
];
