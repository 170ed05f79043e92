/**
 * What the site does when things go wrong or look odd, and what it promises beyond the visible
 * page: nonsense query parameters and slugs never cause a 500; with the CMS unreachable every
 * page is a friendly, localized 503 without a stack trace; rich text from the CMS is rendered
 * safely (the canary image is replaced by its alternative text, links to other hosts are marked
 * external); detail pages carry their structured data (JSON-LD) and meta tags; offering, actor
 * and event pages print without navigation and forms; security headers are set.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchSite, openBrowser, siteUrl, type BrowserSession } from './helpers.ts';
import { freePort, webDir } from './servers.ts';
import { TEST_LOCALES, berlinToday, cmsOfferings, cmsPublicEvents, gql, htmlAttribute, isCurrent, mainOf, message, textOf } from './site-helpers.ts';

const CANARY_ARTICLE = 'interkulturelle-woche-rueckblick';

/** JSON-LD blocks of a page, parsed. */
function jsonLd(html: string): Array<Record<string, unknown>> {
	return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]));
}

function metaContent(html: string, attribute: 'name' | 'property', key: string): string | undefined {
	for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
		if (new RegExp(`\\b${attribute}="${key}"`).test(tag)) return tag.match(/\bcontent="([^"]*)"/)?.[1];
	}
	return undefined;
}

describe('nonsense in the address', () => {
	test('odd query parameters and slugs are ignored or answered with 4xx, never with 5xx', async () => {
		const paths = [
			'/de/angebote?seite=-1',
			'/de/angebote?seite=99999999999999999999',
			'/de/angebote?seite=1e9&sortierung=%3Cscript%3E',
			'/de/angebote?seite=%00',
			'/de/angebote?gemeinde=..%2F..%2Fetc&thema[]=x&zielgruppe=%F0%9F%98%80',
			'/de/angebote?sprache=zz&kostenlos=vielleicht&barrierefrei[]=1&online=%FF',
			'/de/angebote?gemeinde=haldensleben&gemeinde=verbandsgemeinde-elbe-heide',
			'/ar/angebote?seite=2&seite=abc',
			'/de/akteure?art=spaceship&gemeinde=%22&seite=0',
			'/de/termine?zeitraum=morgen&seite=-3',
			'/de/aktuelles?seite=%E2%80%AE',
			`/de/suche?q=${'x'.repeat(5000)}`,
			'/de/suche?q=%00%01%02',
			'/de/suche?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
			'/de/suche?q=',
			'/de/angebote/%E2%80%AE',
			'/de/angebote/..%2F..%2Fetc%2Fpasswd',
			`/de/angebote/${'a'.repeat(2000)}`,
			'/de/akteure/%00',
			'/de/termine/gibt-es-nicht.ics',
			'/de/gemeinden/%3Cscript%3E',
			'/xx/angebote',
			'/de/angebote/x/y/z'
		];
		const failures: string[] = [];
		for (const path of paths) {
			const { final, body } = await fetchSite(path);
			if (final.status >= 500) failures.push(`${path.slice(0, 80)} answered ${final.status}`);
			if (/<script>alert\(1\)/.test(body)) failures.push(`${path.slice(0, 80)} reflects markup unescaped`);
		}
		expect(failures).toEqual([]);
	});

	test('an unknown slug is a localized 404 page', async () => {
		for (const locale of TEST_LOCALES) {
			const { final, body } = await fetchSite(`/${locale}/akteure/gibt-es-nicht-e2e`);
			expect(final.status).toBe(404);
			expect(htmlAttribute(body, 'lang')).toBe(locale);
			expect(textOf(mainOf(body))).toContain(message(locale, 'error_not_found_title'));
		}
	});
});

describe('with the CMS unreachable', () => {
	let child: ChildProcess | undefined;
	let base = '';

	beforeAll(async () => {
		// a second site process whose CMS address answers nothing (a port that was free a moment ago)
		const [deadPort, port] = [await freePort(), await freePort()];
		base = `http://127.0.0.1:${port}`;
		child = spawn(process.execPath, ['build'], {
			cwd: webDir,
			// ORIGIN: a production site refuses to start without it (src/env.ts)
			env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ORIGIN: base, CMS_URL: `http://127.0.0.1:${deadPort}` },
			stdio: 'ignore'
		});
		for (let attempt = 0; attempt < 100; attempt++) {
			try {
				await fetch(`${base}/robots.txt`);
				return;
			} catch {
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
		}
		throw new Error('the second site did not start');
	});

	afterAll(() => {
		child?.kill('SIGTERM');
	});

	test('every page answers a friendly 503 in the visitor’s language, never a stack trace, and no cookie', async () => {
		for (const locale of TEST_LOCALES) {
			for (const path of ['', '/angebote', '/angebote/integrationskurs-haldensleben', '/termine', '/suche?q=Kurs', '/impressum']) {
				const response = await fetch(`${base}/${locale}${path}`, { redirect: 'manual' });
				const body = await response.text();
				expect(response.status, `/${locale}${path}`).toBe(503);
				expect(response.headers.getSetCookie()).toEqual([]);
				expect(htmlAttribute(body, 'lang')).toBe(locale);
				expect(textOf(body)).toContain(message(locale, 'error_unavailable_title'));
				expect(body).not.toMatch(/\bat \S+ \(|TypeError|ECONNREFUSED|node:internal/);
			}
		}
	});

	test('a report sent while the CMS is down is not lost silently: the visitor gets the 503 page', async () => {
		const response = await fetch(`${base}/de/kontakt?/senden`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, accept: 'text/html' },
			body: 'message=Hallo+Welt',
			redirect: 'manual'
		});
		expect(response.status).toBe(503);
		expect(textOf(await response.text())).toContain(message('de', 'error_unavailable_title'));
	});
});

describe('rich text from the CMS', () => {
	test('the canary image is replaced by its alternative text, the link to another host is marked external', async () => {
		for (const locale of TEST_LOCALES) {
			const { final, body } = await fetchSite(`/${locale}/aktuelles/${CANARY_ARTICLE}`);
			expect(final.status).toBe(200);
			const main = mainOf(body);
			expect(main).not.toMatch(/<img\b[^>]*canary/);
			expect(textOf(main)).toContain('Foto vom Fest');
			const link = main.match(/<a\b[^>]*href="https:\/\/canary\.example\.net\/rueckblick"[^>]*>/)?.[0];
			expect(link, 'the gallery link').toBeDefined();
			expect(link).toMatch(/rel="[^"]*external[^"]*"/);
			expect(link).toMatch(/rel="[^"]*noreferrer[^"]*"/);
		}
	});

	test('no page links to a javascript:, data: or vbscript: address', async () => {
		for (const path of ['/de', '/de/aktuelles', `/de/aktuelles/${CANARY_ARTICLE}`, '/de/netzwerk', '/de/datenschutz', '/de/leichte-sprache']) {
			const { body } = await fetchSite(path);
			expect(body, path).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
		}
	});
});

describe('structured data and meta tags', () => {
	test('an actor page describes the actor as a schema.org Organization', async () => {
		const data = await gql(`{ actors(pagination: { pageSize: 100 }, sort: ["slug:asc"]) { slug name contact { email } } }`);
		const actor = data.actors.find((item: { contact?: { email?: string | null } | null }) => item.contact?.email);
		expect(actor, 'an actor with a public contact address').toBeDefined();
		const { body } = await fetchSite(`/de/akteure/${actor.slug}`);
		const organization = jsonLd(body).find((item) => item['@type'] === 'Organization');
		expect(organization).toMatchObject({ '@context': 'https://schema.org', name: actor.name, url: `${siteUrl()}/de/akteure/${actor.slug}`, email: actor.contact.email });
	});

	test('an event page describes the event as a schema.org Event with its start', async () => {
		const now = Date.now();
		const events = (await cmsPublicEvents()).filter((e) => Date.parse(e.endsAt ?? e.startsAt) >= now);
		const event = events[0];
		expect(event, 'an upcoming public event').toBeDefined();
		const { body } = await fetchSite(`/ar/termine/${event.slug}`);
		const item = jsonLd(body).find((entry) => entry['@type'] === 'Event');
		expect(item).toBeDefined();
		expect(Date.parse(item!.startDate as string)).toBe(Date.parse(event.startsAt));
		expect(item!.url).toBe(`${siteUrl()}/ar/termine/${event.slug}`);
	});

	test('detail pages have a title, description, canonical URL and Open Graph tags', async () => {
		const offering = (await cmsOfferings()).find((o) => isCurrent(o, berlinToday()))!;
		for (const locale of TEST_LOCALES) {
			const path = `/${locale}/angebote/${offering.slug}`;
			const { body } = await fetchSite(path);
			expect(body).toMatch(/<title>[^<]+<\/title>/);
			expect(metaContent(body, 'name', 'description')?.length ?? 0).toBeGreaterThan(10);
			expect(metaContent(body, 'property', 'og:title')?.length ?? 0).toBeGreaterThan(0);
			expect(metaContent(body, 'property', 'og:url')).toBe(`${siteUrl()}${path}`);
			expect(body).toContain(`<link rel="canonical" href="${siteUrl()}${path}"`);
		}
	});
});

describe('print', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await openBrowser({ javaScript: true });
	});
	afterAll(async () => {
		await session?.close();
	});

	test('offering, actor and event pages print their content without navigation, search and forms', async () => {
		const offering = (await cmsOfferings()).find((o) => isCurrent(o, berlinToday()))!;
		const actor = (await gql(`{ actors(pagination: { pageSize: 1 }, sort: ["slug:asc"]) { slug } }`)).actors[0].slug;
		const event = (await cmsPublicEvents())[0].slug;
		const { page } = session;
		await page.emulateMedia({ media: 'print' });
		const selectors = ['nav.main-nav', 'header form[role="search"]', '.language-switcher', 'main form[method="post"]'];
		const present = new Map(selectors.map((selector) => [selector, 0]));
		for (const path of [`/de/angebote/${offering.slug}`, `/de/akteure/${actor}`, `/ar/termine/${event}`]) {
			await page.goto(path, { waitUntil: 'load' });
			expect(await page.locator('main h1').isVisible(), `${path}: the title prints`).toBe(true);
			for (const selector of selectors) {
				present.set(selector, present.get(selector)! + (await page.locator(selector).count()));
				expect(await page.locator(selector).filter({ visible: true }).count(), `${path}: ${selector} is not printed`).toBe(0);
			}
		}
		// every hidden part is on at least one of these pages, so each check above had something to hide
		expect([...present].filter(([, count]) => count === 0).map(([selector]) => selector), 'parts missing from every page').toEqual([]);
		await page.emulateMedia({ media: 'screen' });
	});
});

describe('headers', () => {
	test('pages carry a Content-Security-Policy restricted to the site and the other security headers', async () => {
		const { final } = await fetchSite('/de/angebote');
		const csp = final.headers.get('content-security-policy') ?? '';
		expect(csp).toMatch(/default-src 'self'/);
		expect(csp).toMatch(/img-src 'self'/);
		expect(csp).not.toMatch(/https?:\/\//);
		expect(final.headers.get('x-content-type-options')).toBe('nosniff');
		expect(final.headers.get('referrer-policy')).toBe('same-origin');
	});
});
