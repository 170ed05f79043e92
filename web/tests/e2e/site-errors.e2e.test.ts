/**
 * When things go wrong: an unknown slug is a localized 404 page with status 404 (German and
 * Arabic); nonsense query parameters are ignored or answered with 400, never with a 5xx; and a
 * second instance of the built site whose CMS cannot be reached (CMS_URL on a closed port)
 * answers with a friendly 503 page in the visitor's language — never a stack trace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchSite, type Hop } from './helpers.ts';
import { freePort, webDir, SITE_PROXY_SECRET } from './servers.ts';
import { TEST_LOCALES, berlinToday, cmsOfferings, htmlAttribute, isCurrent, mainOf, message, textOf } from './site-helpers.ts';

/** What must never reach a visitor: traces, internals, the CMS address, low-level error names. */
const LEAKS = [
	/^\s*at\s+.*:\d+:\d+\)?\s*$/m, // a stack frame
	/\bat\s+[\w$.<>]+\s+\([^)]*:\d+:\d+\)/,
	/node:internal|node_modules|file:\/\/|\/build\/|\.svelte-kit/,
	/ECONNREFUSED|ECONNRESET|ETIMEDOUT|fetch failed|ClientError|TypeError|ReferenceError|GraphQL/i,
	/127\.0\.0\.1:9\b|:1337\b/
];

function leaks(body: string): string[] {
	return LEAKS.filter((pattern) => pattern.test(body)).map((pattern) => `${pattern} matches ${JSON.stringify(body.match(pattern)?.[0])}`);
}

function expectNoCookie(hops: Hop[]) {
	for (const hop of hops) expect(hop.headers.getSetCookie(), `Set-Cookie on ${hop.url}`).toEqual([]);
}

const h1Of = (body: string) => textOf(mainOf(body).match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i)?.[1] ?? '');

// --- 404 -----------------------------------------------------------------------------------------------

describe('an unknown slug', () => {
	for (const locale of TEST_LOCALES) {
		test(`${locale}: an unknown offering is a 404 page in the visitor's language`, async () => {
			const { hops, final, body } = await fetchSite(`/${locale}/angebote/gibt-es-nicht-e2e`);
			expectNoCookie(hops);
			expect(hops).toHaveLength(1);
			expect(final.status).toBe(404);
			expect(final.headers.get('content-type')).toMatch(/^text\/html/);
			expect(htmlAttribute(body, 'lang')).toBe(locale);
			expect(htmlAttribute(body, 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
			expect(h1Of(body)).toBe(message(locale, 'error_not_found_title'));
			expect(textOf(mainOf(body))).toContain(message(locale, 'error_not_found_text'));
			// a way on: links to the home page and the search of the same locale
			expect(mainOf(body)).toContain(`href="/${locale}"`);
			expect(mainOf(body)).toContain(`href="/${locale}/suche"`);
			expect(leaks(body)).toEqual([]);
		});

		test(`${locale}: unknown actors, municipalities, working groups, events, news and paths are 404 pages too`, async () => {
			const failures: string[] = [];
			for (const pathname of [
				'/akteure/gibt-es-nicht-e2e',
				'/gemeinden/gibt-es-nicht-e2e',
				'/arbeitskreise/gibt-es-nicht-e2e',
				'/termine/gibt-es-nicht-e2e',
				'/aktuelles/gibt-es-nicht-e2e',
				'/gibt-es-nicht-e2e',
				'/angebote/gibt-es-nicht/noch-tiefer'
			]) {
				const url = `/${locale}${pathname}`;
				const { final, body } = await fetchSite(url);
				if (final.status !== 404) failures.push(`${url}: status ${final.status}`);
				else if (htmlAttribute(body, 'lang') !== locale) failures.push(`${url}: lang ${htmlAttribute(body, 'lang')}`);
				else if (h1Of(body) !== message(locale, 'error_not_found_title')) failures.push(`${url}: h1 "${h1Of(body)}"`);
			}
			const ics = await fetchSite(`/${locale}/termine/gibt-es-nicht-e2e.ics`);
			if (ics.final.status !== 404) failures.push(`.ics of an unknown event: status ${ics.final.status}`);
			expect(failures).toEqual([]);
		});
	}
});

// --- nonsense query parameters ----------------------------------------------------------------------

describe('nonsense query parameters', () => {
	const nonsense = [
		'/de/angebote?seite=-5&thema[]=x&sort=DROP',
		'/ar/angebote?seite=-5&thema[]=x&sort=DROP',
		'/de/angebote?seite=99999999999999999999&gemeinde=..%2F..%2Fetc%2Fpasswd&sprache=%00&kostenlos=vielleicht&sortierung=title%3BDROP%20TABLE',
		'/de/angebote?thema=%E2%80%AE&zielgruppe=x&zielgruppe=y&online=1&online=0',
		'/de/angebote?seite=10000',
		'/de/angebote?seite=0x10&sortierung[]=titel&gemeinde=%ZZ',
		'/de/angebote?%ZZ=1&=&&&',
		'/de/akteure?art=%3Cscript%3E&seite=abc&sprache=klingonisch&gemeinde[]=x',
		'/de/akteure?seite=10000',
		'/de/termine?zeitraum=morgen&seite=-1',
		'/de/termine?zeitraum[]=vergangen&seite=1e9',
		'/de/aktuelles?seite=NaN',
		'/de/aktuelles?seite=10000',
		'/de/suche?q=%FF%FE%00',
		'/de/suche?q[]=a&q=b',
		`/de/suche?q=${'x'.repeat(5000)}`,
		`/de/suche?q=${encodeURIComponent('a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(20))}`,
		'/ar/suche?q=*%22%27%3B--%20%3Cscript%3E',
		'/de/suche?q=%E0%A4%A',
		'/de/angebote/sprachcafe-wolmirstedt?seite=-1&lang=xx',
		'/de/termine/kalender.ics?from=yesterday&seite=-1',
		'/de?utm_source=x&%00=1',
		'/sitemap.xml?page=-1',
		'/robots.txt?x[]=1'
	];

	test('are ignored or answered with 400 — never with a server error', async () => {
		const failures: string[] = [];
		for (const url of nonsense) {
			const { hops, final, body } = await fetchSite(url);
			const status = final.status;
			if (status !== 200 && status !== 400) failures.push(`${url.slice(0, 120)}: status ${status}`);
			for (const hop of hops) if (hop.headers.getSetCookie().length > 0) failures.push(`${url}: Set-Cookie`);
			if (leaks(body).length > 0) failures.push(`${url.slice(0, 120)}: ${leaks(body).join('; ')}`);
		}
		expect(failures).toEqual([]);
	});

	test('on the offerings list, unknown and malformed facets are ignored: the unfiltered first page', async () => {
		const current = (await cmsOfferings()).filter((o) => isCurrent(o, berlinToday()));
		for (const locale of TEST_LOCALES) {
			const { final, body } = await fetchSite(`/${locale}/angebote?seite=-5&thema[]=x&sort=DROP&gemeinde=..%2F..&sprache=klingonisch&zielgruppe=%00`);
			expect(final.status).toBe(200);
			expect(textOf(mainOf(body))).toContain(message(locale, 'results_offerings', { count: current.length }));
		}
	});

	test('odd paths are 400 or 404, never a server error', async () => {
		const failures: string[] = [];
		for (const url of [
			'/de/angebote/%ZZ',
			'/de/angebote/..%2F..%2Fetc',
			'/de/angebote/a%00b',
			`/de/angebote/${'a'.repeat(3000)}`,
			'/de/termine/x%00.ics',
			'/de/akteure/%C0%AE',
			'/de/aktuelles/%E2%80%AE',
			'/uploads/..%2F..%2Fetc%2Fpasswd',
			'/xx/angebote'
		]) {
			const { final, body } = await fetchSite(url);
			if (final.status !== 400 && final.status !== 404) failures.push(`${url.slice(0, 80)}: status ${final.status}`);
			if (leaks(body).length > 0) failures.push(`${url.slice(0, 80)}: ${leaks(body).join('; ')}`);
		}
		expect(failures).toEqual([]);
	});
});

// --- 503: a site whose CMS cannot be reached ------------------------------------------------------------

describe('the CMS unreachable', () => {
	let child: ChildProcess | undefined;
	let exited: Promise<void> | undefined;
	let origin = '';
	let logDir = '';
	const logFile = () => path.join(logDir, 'site-without-cms.log');

	beforeAll(async () => {
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		logDir = mkdtempSync(path.join(tmpdir(), 'boerde-e2e-503-'));
		const log = createWriteStream(logFile());
		const env: Record<string, string> = {};
		for (const [name, value] of Object.entries(process.env)) {
			if (value !== undefined && name !== 'NODE_ENV' && !name.startsWith('VITEST') && name !== 'TEST') env[name] = value;
		}
		child = spawn(process.execPath, ['build'], {
			cwd: webDir,
			env: {
				...env,
				NODE_ENV: 'production',
				HOST: '127.0.0.1',
				PORT: String(port),
				ORIGIN: origin,
				// nothing listens on the discard port: every CMS request is refused
				CMS_URL: 'http://127.0.0.1:9',
				SITE_PROXY_SECRET
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		child.stdout?.pipe(log);
		child.stderr?.pipe(log);
		const started = child;
		exited = new Promise((resolve) => started.once('exit', () => resolve()));
		const deadline = Date.now() + 30_000;
		for (;;) {
			if (started.exitCode !== null || started.signalCode !== null) throw new Error(`the second site exited:\n${readFileSync(logFile(), 'utf8')}`);
			try {
				const response = await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(2000) });
				await response.body?.cancel();
				break;
			} catch {
				if (Date.now() > deadline) throw new Error(`the second site did not answer within 30 s:\n${readFileSync(logFile(), 'utf8')}`);
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
		}
	});

	afterAll(async () => {
		if (child && child.exitCode === null && child.signalCode === null) {
			child.kill('SIGTERM');
			const timer = setTimeout(() => child?.kill('SIGKILL'), 5000);
			await exited;
			clearTimeout(timer);
		}
		if (logDir) rmSync(logDir, { recursive: true, force: true });
	});

	async function get(pathname: string, init: RequestInit = {}) {
		const response = await fetch(`${origin}${pathname}`, { redirect: 'manual', ...init });
		return { status: response.status, headers: response.headers, body: await response.text() };
	}

	for (const locale of TEST_LOCALES) {
		test(`${locale}: every content page answers 503 with a friendly page in the visitor's language, no stack trace`, async () => {
			const failures: string[] = [];
			for (const pathname of ['', '/angebote', '/angebote?kostenlos=1', '/angebote/sprachcafe-wolmirstedt', '/akteure', '/gemeinden', '/arbeitskreise', '/termine', '/aktuelles', '/aktuelles/neue-plattform-online', '/suche?q=Sprachcafe', '/netzwerk', '/kontakt', '/impressum', '/barrierefreiheit']) {
				const url = `/${locale}${pathname}`;
				const { status, headers, body } = await get(url);
				const problems: string[] = [];
				if (status !== 503) problems.push(`status ${status}`);
				if (!/^text\/html/.test(headers.get('content-type') ?? '')) problems.push(`content-type ${headers.get('content-type')}`);
				if (headers.getSetCookie().length > 0) problems.push('Set-Cookie');
				if (htmlAttribute(body, 'lang') !== locale) problems.push(`lang ${htmlAttribute(body, 'lang')}`);
				if (locale === 'ar' && htmlAttribute(body, 'dir') !== 'rtl') problems.push(`dir ${htmlAttribute(body, 'dir')}`);
				if (h1Of(body) !== message(locale, 'error_unavailable_title')) problems.push(`h1 "${h1Of(body)}"`);
				if (!textOf(body).includes(message(locale, 'error_unavailable_text'))) problems.push('no friendly explanation');
				problems.push(...leaks(body));
				if (problems.length > 0) failures.push(`${url}: ${problems.join('; ')}`);
			}
			expect(failures).toEqual([]);
		});
	}

	test('the feeds and the sitemap answer 503 too, without a stack trace', async () => {
		for (const pathname of ['/sitemap.xml', '/de/termine/kalender.ics', '/ar/termine/kalender.ics', '/de/termine/irgendein-termin.ics']) {
			const { status, body } = await get(pathname);
			expect(status, pathname).toBe(503);
			expect(leaks(body), pathname).toEqual([]);
		}
	});

	test('robots.txt and the 404 of an unknown locale still work without the CMS', async () => {
		expect((await get('/robots.txt')).status).toBe(200);
		const unknown = await get('/xx/gibt-es-nicht');
		expect(unknown.status).toBe(404);
	});

	test('a form sent while the CMS is away answers 503 with a friendly page, no stack trace', async () => {
		const { status, body } = await get('/de/kontakt?/senden', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
			body: new URLSearchParams({ message: 'Geht das Formular ohne CMS?', name: '', email: '', website: '' })
		});
		expect(status).toBe(503);
		expect(textOf(body)).toMatch(new RegExp(`${escape(message('de', 'error_unavailable_text'))}|${escape(message('de', 'form_error_unavailable'))}`));
		expect(leaks(body)).toEqual([]);
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
