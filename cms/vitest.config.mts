import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Each test file boots one real Strapi on its own database (a copy of a template seeded once per
// run); files run one after another.
export default defineConfig({
  // graphql's CommonJS build for test code too: Strapi and the libraries it loads use that one, and
  // graphql refuses schema types from its ESM build ("from another module or realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    include: ['tests/**/*.test.ts'],
    // compiles the CMS once and seeds the template database each file copies
    globalSetup: ['tests/helpers/global-setup.ts'],
    hookTimeout: 180_000,
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '../.ci/out/cms-results.json' },
  },
});
