/**
 * Operations against the real system: the health endpoints (and /readyz 503 with the CMS away), the
 * request id followed from the site into the CMS's log, and the logs of both processes after a
 * sign-in, a password reset and a report: no password, JWT, reset code, report text or e-mail
 * address in any line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DEMO_PASSWORD, SESSION_COOKIE } from './area-helpers.ts';
import { outbox, site, siteUrl } from './helpers.ts';
import { freePort, SITE_PROXY_SECRET, webDir } from './servers.ts';

const logOf = (name: 'cms' | 'site') => readFileSync(path.join(inject('logDir'), `${name}.log`), 'utf8');
const allLogs = () => `${logOf('site')}\n${logOf('cms')}`;

/** Waits until `check` holds (log lines are written by another process; mails after the answer). */
async function eventually<T>(what: string, check: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

const formPost = (pathname: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
	fetch(site(pathname), {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: new URL(siteUrl()).origin, ...headers },
		body: new URLSearchParams(fields)
	});

describe('health', () => {
	test('/healthz: 200 JSON, uncached, no cookie', async () => {
		const response = await fetch(site('/healthz'));
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok' });
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.getSetCookie()).toEqual([]);
	});

	test('/readyz: 200 while the CMS and its database answer, uncached, no cookie', async () => {
		const response = await fetch(site('/readyz'));
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ status: 'ready', cms: 'ok' });
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.getSetCookie()).toEqual([]);
	});

	test('robots.txt keeps crawlers off both; the sitemap does not list them', async () => {
		const robots = await (await fetch(site('/robots.txt'))).text();
		expect(robots).toContain('Disallow: /healthz');
		expect(robots).toContain('Disallow: /readyz');
		// the sitemap is an index of parts: none of them lists a probe
		const index = await (await fetch(site('/sitemap.xml'))).text();
		const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
		expect(parts.length).toBeGreaterThan(0);
		for (const part of parts) {
			const sitemap = await (await fetch(site(part))).text();
			expect(sitemap, part).toContain('<urlset');
			expect(sitemap, part).not.toMatch(/healthz|readyz/);
		}
	});

	describe('with the CMS unreachable', () => {
		let child: ChildProcess | undefined;
		let origin = '';
		let logDir = '';

		beforeAll(async () => {
			const port = await freePort();
			origin = `http://127.0.0.1:${port}`;
			logDir = mkdtempSync(path.join(tmpdir(), 'boerde-e2e-readyz-'));
			const env: Record<string, string> = {};
			for (const [name, value] of Object.entries(process.env)) {
				if (value !== undefined && name !== 'NODE_ENV' && !name.startsWith('VITEST') && name !== 'TEST') env[name] = value;
			}
			// nothing listens on the discard port: the CMS is "stopped"
			child = spawn(process.execPath, ['build'], {
				cwd: webDir,
				env: { ...env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ORIGIN: origin, CMS_URL: 'http://127.0.0.1:9', SITE_PROXY_SECRET, LOG_LEVEL: 'silent' },
				stdio: 'ignore'
			});
			const deadline = Date.now() + 30_000;
			for (;;) {
				try {
					await (await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) })).body?.cancel();
					break;
				} catch {
					if (Date.now() > deadline || child.exitCode !== null) throw new Error('the second site did not start');
					await new Promise((resolve) => setTimeout(resolve, 200));
				}
			}
		});

		afterAll(async () => {
			if (child && child.exitCode === null) {
				const exited = new Promise((resolve) => child!.once('exit', resolve));
				child.kill('SIGTERM');
				await exited;
			}
			if (logDir) rmSync(logDir, { recursive: true, force: true });
		});

		test('/readyz answers 503 naming the CMS, /healthz still 200 (compose does not restart the site)', async () => {
			const ready = await fetch(`${origin}/readyz`);
			expect(ready.status).toBe(503);
			expect(await ready.json()).toEqual({ status: 'unavailable', cms: 'unreachable' });
			expect(ready.headers.get('cache-control')).toBe('no-store');
			expect((await fetch(`${origin}/healthz`)).status).toBe(200);
		});
	});
});

describe('request ids', () => {
	test('the id of a request to the site is in the site’s request line and in the CMS’s lines for it', async () => {
		const requestId = `e2e-trace-${Date.now()}`;
		// a query of its own: a page from the page cache would not ask the CMS at all
		const response = await fetch(site(`/de/angebote?trace=${requestId}`), { headers: { 'x-request-id': requestId } });
		expect(response.status).toBe(200);
		expect(response.headers.get('x-request-id')).toBe(requestId);
		const siteLine = await eventually('the site’s request line', () =>
			logOf('site')
				.split('\n')
				.filter((line) => line.startsWith('{'))
				.map((line) => JSON.parse(line))
				.find((entry) => entry.requestId === requestId && entry.msg === 'request')
		);
		expect(siteLine).toMatchObject({ level: 'info', method: 'GET', path: '/de/angebote', status: 200 });
		const cmsLine = await eventually('a CMS request line with the same id', () =>
			logOf('cms')
				.split('\n')
				.filter((line) => line.startsWith('{'))
				.map((line) => JSON.parse(line))
				.find((entry) => entry.requestId === requestId)
		);
		expect(cmsLine).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
	});

	test('an id that does not look like one is replaced', async () => {
		const response = await fetch(site('/healthz'), { headers: { 'x-request-id': 'x'.repeat(300) } });
		expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
	});
});

describe('what never reaches a log line', () => {
	test('sign-in, password reset and a report leave no password, JWT, reset code, report text or e-mail address', async () => {
		const email = 'drk@example.org';
		// sign in through the site (the JWT is the session cookie)
		const signIn = await formPost('/mitglieder/anmelden', { email, password: DEMO_PASSWORD, weiter: '' });
		expect(signIn.status).toBe(303);
		const jwt = signIn.headers.get('set-cookie')?.match(new RegExp(`${SESSION_COOKIE}=([^;]+)`))?.[1];
		expect(jwt).toMatch(/^eyJ/);
		expect((await fetch(site('/mitglieder'), { headers: { cookie: `${SESSION_COOKIE}=${jwt}` }, redirect: 'manual' })).status).toBe(200);

		// password reset: request the mail, open the link, set the (same) password again
		const mailsBefore = outbox().length;
		const forgot = await formPost('/mitglieder/passwort-vergessen', { email });
		expect(forgot.status).toBe(200);
		const mail = await eventually('the reset mail', () => outbox().slice(mailsBefore).find((message) => message.to.includes(email) && /passwort-neu\?code=/.test(message.text)));
		const code = mail.text.match(/passwort-neu\?code=([\w-]+)/)![1];
		expect(code.length).toBeGreaterThan(10);
		expect((await fetch(site(`/mitglieder/passwort-neu?code=${code}`))).status).toBe(200);
		const reset = await formPost(`/mitglieder/passwort-neu?code=${code}`, { code, password: DEMO_PASSWORD, passwordConfirmation: DEMO_PASSWORD });
		expect(reset.status).toBe(303);
		const resetJwt = reset.headers.get('set-cookie')?.match(new RegExp(`${SESSION_COOKIE}=([^;]+)`))?.[1];
		expect(resetJwt).toMatch(/^eyJ/);

		// a report through the contact form
		const reportText = `Protokolltest ${Date.now()}: bitte nie in einem Log`;
		const reporterEmail = `melder-${Date.now()}@example.net`;
		const report = await formPost('/de/kontakt?/senden', { message: reportText, name: 'Erika Protokoll', email: reporterEmail, website: '' }, { 'x-request-id': 'e2e-report-request' });
		expect(report.status).toBe(200);
		expect(await report.text()).not.toContain('role="alert"');

		// both processes have logged the last request before the logs are searched
		await eventually('the report request in the site log', () => logOf('site').includes('e2e-report-request'));
		await eventually('the report request in the CMS log', () => logOf('cms').includes('e2e-report-request'));
		const logs = allLogs();
		expect(logs.split('\n').filter((line) => line.startsWith('{')).length).toBeGreaterThan(20);
		const leaks = Object.entries({ password: DEMO_PASSWORD, jwt: jwt!, 'jwt after reset': resetJwt!, 'reset code': code, 'report text': reportText, 'report text (start)': 'Protokolltest', 'reporter e-mail': reporterEmail, 'member e-mail': email }).filter(([, secret]) => logs.includes(secret));
		expect(leaks.map(([what]) => what)).toEqual([]);
	});
});
