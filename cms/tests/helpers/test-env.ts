/** The environment every test CMS boots with (test files add their own on top). */
export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
  APP_KEYS: 'testKeyA,testKeyB',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789',
  SEED_DEMO_DATA: 'true',
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
  SUBMISSION_RATE_LIMIT_MAX: '1000',
  AUTH_RATE_LIMIT_MAX: '1000',
  // Testing only (refused when NODE_ENV=production): the suites test the read guards underneath the
  // trusted documents with documents of their own, as every role. tests/security/trusted-documents*
  // boot without it and prove the refusal.
  GRAPHQL_FREE_FORM: 'everyone',
};
