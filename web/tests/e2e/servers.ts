/**
 * Starts the real system for end-to-end runs: the Strapi CMS (`strapi start`, its own SQLite file,
 * demo data) and the built SvelteKit site (`node build`) talking to it, each on a free port.
 *
 * Used by the Vitest globalSetup (harness.ts) and by scripts/bench-site.mjs, which imports this
 * file directly with Node's type stripping: keep to erasable TypeScript (no enums, no parameter
 * properties) and import with explicit `.ts` extensions.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const webDir = path.resolve(here, '../..');
export const rootDir = path.resolve(webDir, '..');
export const cmsDir = path.join(rootDir, 'cms');

/** Shared by the site (signs the visitor address it forwards) and the CMS (trusts it). */
export const SITE_PROXY_SECRET = 'e2e-secret';

/** Shared by the CMS (signs its change notifications) and the site (checks them). */
export const SITE_CHANGES_SECRET = 'e2e-changes-secret';

/** Demo account of the coordination office, seeded by SEED_DEMO_DATA=true. */
export const OFFICE_ACCOUNT = { identifier: 'koordination@example.org', password: 'demo-Passwort-1' };

/** The secrets of cms/tests/helpers/strapi.ts TEST_ENV; development mode so the CMS runs like `pnpm start`. */
export const CMS_ENV: Record<string, string> = {
	NODE_ENV: 'development',
	STRAPI_TELEMETRY_DISABLED: 'true',
	APP_KEYS: 'testKeyA,testKeyB',
	API_TOKEN_SALT: 'test-api-token-salt',
	ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
	TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
	JWT_SECRET: 'test-jwt-secret',
	ENCRYPTION_KEY: 'test-encryption-key-0123456789',
	SEED_DEMO_DATA: 'true',
	// one JSON line per request, as in production: tests/e2e/ops.e2e.test.ts reads cms.log for
	// request ids and for what must never be logged
	LOG_LEVEL: process.env.E2E_CMS_LOG_LEVEL ?? 'http',
	LOG_FORMAT: 'json',
	SUBMISSION_RATE_LIMIT_MAX: '1000',
	AUTH_RATE_LIMIT_MAX: '1000',
	SITE_PROXY_SECRET,
	SITE_CHANGES_SECRET,
	DATABASE_CLIENT: 'sqlite',
	// Testing only (refused in production): the tests compute what visitors should see with public
	// GraphQL documents of their own. The site itself sends only trusted documents' hashes.
	GRAPHQL_FREE_FORM: 'everyone'
};

const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';
const say = (message: string) => console.log(`\x1b[1m▶ e2e: ${message}\x1b[0m`);

/** The parent's environment without what Vitest sets for itself (NODE_ENV=test, VITEST_*). */
function baseEnv(): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (value === undefined || name === 'NODE_ENV' || name.startsWith('VITEST') || name === 'TEST') continue;
		env[name] = value;
	}
	return env;
}

// --- builds: the same staleness rule as scripts/start.mjs --------------------------------------

function newestMtime(target: string): number {
	if (!existsSync(target)) return 0;
	const stats = statSync(target);
	if (!stats.isDirectory()) return stats.mtimeMs;
	return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stats.mtimeMs);
}

const outdated = (output: string, inputs: string[]) => !existsSync(output) || Math.max(...inputs.map(newestMtime)) > newestMtime(output);

function run(command: string, args: string[], cwd: string, env: Record<string, string>) {
	const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...baseEnv(), ...env } });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed in ${path.relative(rootDir, cwd)} (exit ${result.status ?? result.signal})`);
	}
}

/** `strapi build` only when cms/dist/build is missing or older than the CMS sources. */
export function ensureCmsBuilt() {
	const inputs = ['src', 'config', 'package.json', 'tsconfig.json'].map((p) => path.join(cmsDir, p));
	if (!outdated(path.join(cmsDir, 'dist', 'build'), inputs)) return;
	say('building the CMS (TypeScript and admin panel, about 30 s)…');
	run(pnpm, ['exec', 'strapi', 'build'], cmsDir, { NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' });
}

/** `pnpm run build` of the site only when web/build is missing or older than its sources. */
export function ensureSiteBuilt(env: Record<string, string> = {}) {
	// messages/ and project.inlang/ do not exist yet; listed so translations count once they do.
	const inputs = ['src', 'static', 'messages', 'project.inlang', 'package.json', 'vite.config.ts'].map((p) => path.join(webDir, p));
	if (!outdated(path.join(webDir, 'build'), inputs)) return;
	say('building the site…');
	run(pnpm, ['run', 'build'], webDir, env);
}

// --- processes ----------------------------------------------------------------------------------

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

export interface Service {
	name: string;
	child: ChildProcess;
	logFile: string;
	stop(): Promise<void>;
}

const running = new Set<Service>();
// If the parent dies without teardown (Ctrl-C, crash), do not leave a CMS behind.
process.once('exit', () => {
	for (const service of running) killGroup(service.child, 'SIGKILL');
});

/**
 * Process groups of `pid` and all its descendants. `pnpm exec` runs its command in a process
 * group of its own, so signalling pnpm's group alone would miss Strapi. Linux (/proc) only;
 * elsewhere just the child's own group.
 */
function descendantGroups(pid: number): Set<number> {
	const groups = new Set([pid]);
	let entries: string[];
	try {
		entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return groups;
	}
	const children = new Map<number, Array<{ pid: number; pgid: number }>>();
	for (const entry of entries) {
		try {
			// "pid (comm) state ppid pgrp …"; comm may contain spaces, so split after the last ')'
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const [, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const list = children.get(Number(ppid)) ?? [];
			list.push({ pid: Number(entry), pgid: Number(pgid) });
			children.set(Number(ppid), list);
		} catch {
			// exited meanwhile
		}
	}
	const queue = [pid];
	while (queue.length > 0) {
		for (const child of children.get(queue.shift() as number) ?? []) {
			groups.add(child.pgid);
			queue.push(child.pid);
		}
	}
	return groups;
}

function signalGroups(groups: Iterable<number>, signal: NodeJS.Signals | 0): boolean {
	let any = false;
	for (const group of groups) {
		try {
			process.kill(-group, signal);
			any = true;
		} catch {
			// no process left in that group
		}
	}
	return any;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
	if (child.pid !== undefined) signalGroups(descendantGroups(child.pid), signal);
}

/** Starts a command in its own process group, its output going to a log file. */
function startService(name: string, command: string, args: string[], cwd: string, env: Record<string, string>, logFile: string): Service {
	const log = createWriteStream(logFile);
	const child = spawn(command, args, { cwd, env: { ...baseEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	const verbose = process.env.E2E_LOGS === '1';
	for (const stream of [child.stdout, child.stderr]) {
		stream?.on('data', (chunk: Buffer) => {
			log.write(chunk);
			if (verbose) process.stderr.write(chunk.toString().replace(/^(?=.)/gm, `[${name}] `));
		});
	}
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const service: Service = {
		name,
		child,
		logFile,
		async stop() {
			running.delete(service);
			// Collected first: once pnpm is gone, its children are no longer found under it.
			const groups = child.pid !== undefined ? descendantGroups(child.pid) : new Set<number>();
			signalGroups(groups, 'SIGTERM');
			const deadline = Date.now() + 10_000;
			while (signalGroups(groups, 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
			signalGroups(groups, 'SIGKILL');
			await exited;
			log.end();
		}
	};
	running.add(service);
	return service;
}

function tail(file: string, lines = 40) {
	try {
		return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
	} catch {
		return '(no log)';
	}
}

/** Polls `url` until `ready(status)`; fails early, with the service's log, if it exits. */
async function waitFor(service: Service, url: string, ready: (status: number) => boolean, timeoutMs: number) {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		if (service.child.exitCode !== null || service.child.signalCode !== null) {
			throw new Error(`${service.name} exited (${service.child.exitCode ?? service.child.signalCode}) before answering at ${url}:\n${tail(service.logFile)}`);
		}
		try {
			const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
			await response.body?.cancel();
			if (ready(response.status)) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${service.name} did not answer at ${url} within ${timeoutMs / 1000} s:\n${tail(service.logFile)}`);
}

export interface Servers {
	siteUrl: string;
	cmsUrl: string;
	/** Further site processes (`extraSites`), in the order asked for. */
	extraSiteUrls: string[];
	/** Process ids of the started commands (for measuring memory; the CMS's is `pnpm exec`'s). */
	pids: { cms?: number; site?: number; extraSites: Array<number | undefined> };
	/** Where the CMS writes the e-mails it would send (one JSON file per message). */
	outboxDir: string;
	/** Temp directory with the database, the outbox and the two logs (cms.log, site.log). */
	workDir: string;
	stop(): Promise<void>;
}

/**
 * A CMS on `port` with its database, outbox and private files in `workDir` (demo data on a fresh
 * database; an existing one is used as it is, so a stopped CMS can be started again), sending its
 * change notifications to `siteUrl` (or `siteChangesUrl`). Resolves once it is healthy.
 */
export async function startCms(options: { port: number; workDir: string; siteUrl: string; siteChangesUrl?: string; name?: string; env?: Record<string, string> }): Promise<Service> {
	const outboxDir = path.join(options.workDir, 'outbox');
	const privateDir = path.join(options.workDir, 'private-files');
	mkdirSync(outboxDir, { recursive: true });
	mkdirSync(privateDir, { recursive: true });
	const cmsUrl = `http://127.0.0.1:${options.port}`;
	const cms = startService(
		options.name ?? 'cms',
		pnpm,
		['exec', 'strapi', 'start'],
		cmsDir,
		{
			...CMS_ENV,
			HOST: '127.0.0.1',
			PORT: String(options.port),
			DATABASE_FILENAME: path.join(options.workDir, 'data.db'),
			MAIL_OUTBOX_DIR: outboxDir,
			PRIVATE_FILES_DIR: privateDir,
			SITE_URL: options.siteUrl,
			...(options.siteChangesUrl ? { SITE_CHANGES_URL: options.siteChangesUrl } : {}),
			...options.env
		},
		path.join(options.workDir, `${options.name ?? 'cms'}.log`)
	);
	try {
		// a loaded machine (parallel builds) may need longer: E2E_CMS_START_SECONDS
		await waitFor(cms, `${cmsUrl}/_health`, (status) => status === 204 || status === 200, Number(process.env.E2E_CMS_START_SECONDS ?? 180) * 1000);
	} catch (error) {
		await cms.stop();
		throw error;
	}
	return cms;
}

/** The built site (`node build`) on `port` in front of `cmsUrl`; `env` adds or overrides variables (REDIS_URL, SITE_CACHE_*). */
export async function startSite(options: { port: number; cmsUrl: string; logFile: string; env?: Record<string, string>; name?: string }): Promise<Service> {
	const siteUrl = `http://127.0.0.1:${options.port}`;
	const site = startService(
		options.name ?? 'site',
		process.execPath,
		['build'],
		webDir,
		{
			NODE_ENV: 'production',
			HOST: '127.0.0.1',
			PORT: String(options.port),
			ORIGIN: siteUrl,
			CMS_URL: options.cmsUrl,
			SITE_PROXY_SECRET,
			SITE_CHANGES_SECRET,
			BODY_SIZE_LIMIT: '6M',
			// everything the site logs, health probes included (site.log, read by ops.e2e.test.ts)
			LOG_LEVEL: 'debug',
			...options.env
		},
		options.logFile
	);
	try {
		await waitFor(site, `${siteUrl}/`, () => true, 30_000);
	} catch (error) {
		await site.stop();
		throw error;
	}
	return site;
}

export interface ServerOptions {
	/** Overrides of the CMS environment, e.g. another database (scripts/bench-load.mjs). */
	cmsEnv?: Record<string, string>;
	/** Environments of further site processes against the same CMS, e.g. `{ SITE_CACHE: 'off' }`. */
	extraSites?: Array<Record<string, string>>;
}

/** Builds what is stale, then starts the CMS on a fresh demo database and the site in front of it. */
export async function startServers(options: ServerOptions = {}): Promise<Servers> {
	ensureCmsBuilt();
	mkdirSync(path.join(cmsDir, 'public', 'uploads'), { recursive: true }); // `strapi start` exits without it

	const workDir = mkdtempSync(path.join(tmpdir(), 'boerde-e2e-'));
	const outboxDir = path.join(workDir, 'outbox');
	const privateDir = path.join(workDir, 'private-files');
	mkdirSync(outboxDir);
	mkdirSync(privateDir);
	const [cmsPort, sitePort] = [await freePort(), await freePort()];
	const cmsUrl = `http://127.0.0.1:${cmsPort}`;
	const siteUrl = `http://127.0.0.1:${sitePort}`;
	const services: Service[] = [];
	const extraSiteUrls: string[] = [];
	const extraPids: Array<number | undefined> = [];
	const stop = async () => {
		for (const service of services.reverse()) await service.stop();
		if (process.env.E2E_KEEP !== '1') rmSync(workDir, { recursive: true, force: true });
	};

	try {
		say(`starting the CMS on ${cmsUrl} (logs in ${workDir})…`);
		const started = Date.now();
		const cms = await startCms({ port: cmsPort, workDir, siteUrl, env: options.cmsEnv });
		services.push(cms);
		say(`CMS healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`);

		// Built after the CMS is up, so a build that prerenders pages could reach it.
		ensureSiteBuilt({ CMS_URL: cmsUrl, SITE_PROXY_SECRET });
		const site = await startSite({ port: sitePort, cmsUrl, logFile: path.join(workDir, 'site.log') });
		services.push(site);
		say(`site answering at ${siteUrl}`);
		for (const [index, env] of (options.extraSites ?? []).entries()) {
			const port = await freePort();
			const extra = await startSite({ port, cmsUrl, env, name: `site ${index + 2}`, logFile: path.join(workDir, `site-${index + 2}.log`) });
			services.push(extra);
			extraSiteUrls.push(`http://127.0.0.1:${port}`);
			extraPids.push(extra.child.pid);
		}
	} catch (error) {
		await stop();
		throw error;
	}
	const [cms, site] = services;
	return { siteUrl, cmsUrl, extraSiteUrls, pids: { cms: cms?.child.pid, site: site?.child.pid, extraSites: extraPids }, outboxDir, workDir, stop };
}
