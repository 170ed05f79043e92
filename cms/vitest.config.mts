import { defineConfig } from 'vitest/config';

// Each test file boots one real Strapi on its own database; files run one after another.
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    include: ['tests/**/*.test.ts'],
    hookTimeout: 180_000,
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '../.ci/out/cms-results.json' },
  },
});
