/**
 * Vitest globalSetup of the end-to-end suite: one CMS and one site for the whole run, started
 * before the first test file and stopped after the last. Tests reach them through helpers.ts.
 */
import type { TestProject } from 'vitest/node';
import { startServers } from './servers.ts';

export default async function setup(project: TestProject) {
	const servers = await startServers();
	project.provide('siteUrl', servers.siteUrl);
	project.provide('cmsUrl', servers.cmsUrl);
	project.provide('outboxDir', servers.outboxDir);
	project.provide('logDir', servers.workDir);
	return async () => {
		await servers.stop();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		cmsUrl: string;
		outboxDir: string;
		/** Where cms.log and site.log are written (both processes' stdout and stderr). */
		logDir: string;
	}
}
