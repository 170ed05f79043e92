import { defineConfig } from 'vitest/config';

// End-to-end: tests/e2e/harness.ts starts one real CMS and the built site for the whole run;
// files drive Debian's Chromium against them one after another.
export default defineConfig({
	test: {
		environment: 'node',
		pool: 'forks',
		fileParallelism: false,
		include: ['tests/e2e/**/*.e2e.test.ts'],
		globalSetup: ['tests/e2e/harness.ts'],
		hookTimeout: 300_000,
		testTimeout: 60_000
	}
});
