/**
 * The site's look on a phone and on a desk (issue 12): a compact header (≤ 120 px at 390 px, the
 * menu and the language list folded into disclosures that work without JavaScript, a plain bar at
 * 1,280 px), the home page starting with topics (pictograms) and the visitor's place, the detail
 * pages' side column (open now, route to OpenStreetMap, share, print), language names and lists
 * in the visitor's language, the footer's sign-in link; and screenshots of the main pages at 390
 * and 1,280 px in `.ci/out/screenshots/` (the CI output directory) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signInPage } from './area-helpers.ts';
import { openBrowser, type BrowserSession } from './helpers.ts';
import { berlinToday, cmsOfferings, samplePageTypes } from './site-helpers.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../.ci/out/screenshots');
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };

const pageTypes = await samplePageTypes();
const pathOf = (type: string) => pageTypes.find((p) => p.type === type)!.path;
const today = berlinToday();
const offerings = await cmsOfferings();
// an offering in several languages, Arabic among them, running today
const multilingual = offerings.find(
	(o) => o.languages.length >= 2 && o.languages.some((l) => l.code === 'ar') && !o.openingHours?.temporarilyClosed && (!o.validUntil || o.validUntil >= today)
);

const MAIN_PAGES = [
	{ name: 'home', path: '' },
	{ name: 'offerings', path: '/angebote' },
	{ name: 'offering', path: pathOf('offering detail') },
	{ name: 'actor', path: pathOf('actor detail') },
	{ name: 'events', path: '/termine' },
	{ name: 'search', path: '/suche?q=Beratung' }
];

async function headerHeight(session: BrowserSession): Promise<number> {
	return session.page.locator('header.site-header').evaluate((header) => header.getBoundingClientRect().height);
}

describe('on a phone (390 px)', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await openBrowser({ javaScript: true });
		await session.page.setViewportSize(PHONE);
		mkdirSync(SCREENSHOTS, { recursive: true });
	});
	afterAll(async () => {
		await session?.close();
	});

	test.each(['de', 'ar'])('the header is at most 120 px high on the main pages (%s), screenshots', async (locale) => {
		const { page } = session;
		for (const { name, path: pathname } of MAIN_PAGES) {
			const response = await page.goto(`/${locale}${pathname}`, { waitUntil: 'load' });
			expect(response?.status(), pathname).toBe(200);
			const height = await headerHeight(session);
			expect(height, `${locale}${pathname}: header height`).toBeGreaterThan(30);
			expect(height, `${locale}${pathname}: header height`).toBeLessThanOrEqual(120);
			// the main content starts right below it
			const top = await page.locator('main h1').first().evaluate((h1) => h1.getBoundingClientRect().top);
			expect(top, `${locale}${pathname}: the page title is on the first screen`).toBeLessThan(300);
			await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${locale}-390.png`), fullPage: true });
		}
	});

	test('the menu and the language list are folded and open without JavaScript', async () => {
		const scriptless = await openBrowser({ javaScript: false });
		try {
			const { page } = scriptless;
			await page.setViewportSize(PHONE);
			await page.goto('/de/angebote', { waitUntil: 'load' });
			const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
			expect(await nav.getByRole('link', { name: 'Termine' }).isVisible(), 'folded').toBe(false);
			await page.locator('.site-menu > summary').click();
			expect(await nav.getByRole('link', { name: 'Termine' }).isVisible(), 'opened').toBe(true);
			expect(await page.locator('header form[role="search"] input[type="search"]').isVisible()).toBe(true);
			// the language list, too
			expect(await page.locator('header a[hreflang="uk"]').isVisible()).toBe(false);
			await page.locator('.language-switcher > summary').click();
			expect(await page.locator('header a[hreflang="uk"]').isVisible()).toBe(true);
			// the opened menu still leaves the header itself compact
			expect(await headerHeight(scriptless)).toBeLessThanOrEqual(120);
		} finally {
			await scriptless.close();
		}
	});

	test('screenshots of a member-area page and an office page', async () => {
		for (const [email, name] of [
			['kvhs@example.org', 'member-area'],
			['koordination@example.org', 'office']
		] as const) {
			const member = await openBrowser({ javaScript: true });
			try {
				await member.page.setViewportSize(PHONE);
				await signInPage(member.page, email);
				await member.page.screenshot({ path: path.join(SCREENSHOTS, `${name}-390.png`), fullPage: true });
				await member.page.setViewportSize(DESK);
				await member.page.screenshot({ path: path.join(SCREENSHOTS, `${name}-1280.png`), fullPage: true });
				// every input type the areas use is styled (KERN's border), none is left as the browser draws it
				const unstyled = await member.page.locator('main input:not([type="hidden"], [type="checkbox"], [type="radio"], [type="file"])').evaluateAll((inputs) =>
					inputs.filter((input) => getComputedStyle(input).borderTopWidth !== '2px').map((input) => (input as HTMLInputElement).type)
				);
				expect(unstyled, `${name}: inputs without the site's style`).toEqual([]);
			} finally {
				await member.close();
			}
		}
	});
});

describe('on a desk (1,280 px)', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await openBrowser({ javaScript: true });
		await session.page.setViewportSize(DESK);
		mkdirSync(SCREENSHOTS, { recursive: true });
	});
	afterAll(async () => {
		await session?.close();
	});

	test('the navigation is a plain bar, no disclosure to open; screenshots', async () => {
		const { page } = session;
		for (const { name, path: pathname } of MAIN_PAGES) {
			await page.goto(`/de${pathname}`, { waitUntil: 'load' });
			expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Termine' }).isVisible(), pathname).toBe(true);
			expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
			await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-de-1280.png`), fullPage: true });
		}
		await page.goto(`/ar${pathOf('offering detail')}`, { waitUntil: 'load' });
		await page.screenshot({ path: path.join(SCREENSHOTS, 'offering-ar-1280.png'), fullPage: true });
	});

	test('detail pages use the right third: contact, route, share side by side with the text', async () => {
		const { page } = session;
		for (const type of ['offering detail', 'actor detail']) {
			await page.goto(`/de${pathOf(type)}`, { waitUntil: 'load' });
			const main = await page.locator('.detail-layout > article').boundingBox();
			const side = await page.locator('.detail-side').boundingBox();
			expect(main && side, type).toBeTruthy();
			expect(side!.x, `${type}: the side column is to the right`).toBeGreaterThan(main!.x + main!.width - 1);
			expect(side!.y, `${type}: and starts at the top`).toBeLessThan(main!.y + 200);
		}
	});
});

describe('home page', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await openBrowser({ javaScript: false });
	});
	afterAll(async () => {
		await session?.close();
	});

	test('starts with "what do you need": every topic tile has a pictogram (inline SVG)', async () => {
		const { page } = session;
		await page.goto('/de', { waitUntil: 'load' });
		const tiles = page.locator('.topic-tiles a');
		expect(await tiles.count()).toBeGreaterThan(3);
		expect(await page.locator('.topic-tiles a svg.topic-icon path, .topic-tiles a svg.topic-icon g').count()).toBeGreaterThanOrEqual(await tiles.count());
		const firstHeading = await page.locator('main h2').first().innerText();
		expect(firstHeading).toBe('Wobei brauchen Sie Hilfe?');
	});

	test('the municipality chooser opens the offerings list filtered by the place', async () => {
		const { page } = session;
		await page.goto('/de', { waitUntil: 'load' });
		const choice = await page.locator('#home-gemeinde option[value]:not([value=""])').first().getAttribute('value');
		await page.locator('#home-gemeinde').selectOption(choice!);
		const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('.place-chooser button[type="submit"]').click()]);
		expect(response?.status()).toBe(200);
		const url = new URL(page.url());
		expect(url.pathname).toBe('/de/angebote');
		expect(url.searchParams.get('gemeinde')).toBe(choice);
	});
});

describe('detail pages', () => {
	test('offering: route to OpenStreetMap, share links, copy and print with JavaScript only', async () => {
		const withJs = await openBrowser({ javaScript: true });
		const without = await openBrowser({ javaScript: false });
		try {
			const offering = pathOf('offering detail');
			for (const [session, js] of [
				[withJs, true],
				[without, false]
			] as const) {
				const { page } = session;
				await page.goto(`/de${offering}`, { waitUntil: 'load' });
				const whatsapp = await page.locator('.share-links a[href^="https://wa.me/?text="]').getAttribute('href');
				expect(decodeURIComponent(whatsapp!.split('text=')[1])).toContain(`/de${offering}`);
				expect(await page.locator('.share-links a[href^="mailto:?subject="]').count()).toBe(1);
				expect(await page.getByRole('button', { name: 'Link kopieren' }).isVisible(), `copy button, JavaScript ${js}`).toBe(js);
				expect(await page.getByRole('button', { name: 'Drucken' }).isVisible(), `print button, JavaScript ${js}`).toBe(js);
			}
			// every address on an actor page links to OpenStreetMap's search for it
			await withJs.page.goto(`/de${pathOf('actor detail')}`, { waitUntil: 'load' });
			const routes = await withJs.page.locator('a.directions-link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
			expect(routes.length).toBeGreaterThan(0);
			for (const href of routes) expect(href).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=\S+/);
			// nothing was loaded from there (or anywhere else)
			expect(withJs.foreignRequests()).toEqual([]);
			expect(without.foreignRequests()).toEqual([]);

			// copying puts the page's address on the clipboard
			await withJs.context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await withJs.page.goto(`/de${offering}`, { waitUntil: 'load' });
			await withJs.page.getByRole('button', { name: 'Link kopieren' }).click();
			await expect.poll(() => withJs.page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/de${offering}$`));
			expect(await withJs.page.locator('[data-share-status]').innerText()).toBe('Link kopiert');
		} finally {
			await withJs.close();
			await without.close();
		}
	});

	test('languages are named in the visitor’s language and listed as the locale lists; no "times" twice', async () => {
		expect(multilingual, 'the demo data has a current offering in Arabic and another language').toBeDefined();
		const session = await openBrowser({ javaScript: false });
		try {
			const { page } = session;
			const languagesOf = async (locale: string) => {
				await page.goto(`/${locale}/angebote/${multilingual!.slug}`, { waitUntil: 'load' });
				const term = page.locator('.fact-list dt').filter({ hasText: /./ });
				const texts = await term.allInnerTexts();
				const dd = page.locator('.fact-list > div').nth(texts.findIndex((t) => t.trim() === ({ de: 'Sprachen', uk: 'Мови', ar: 'اللغات' } as Record<string, string>)[locale])).locator('dd');
				return (await dd.innerText()).trim();
			};
			const uk = await languagesOf('uk');
			expect(uk).toContain('арабська');
			expect(uk).not.toMatch(/Arabisch|\s,|\s{2}/);
			const ar = await languagesOf('ar');
			if (multilingual!.languages.length > 1) expect(ar).toContain('،');
			expect(ar).not.toContain(',');
			const de = await languagesOf('de');
			expect(de).toContain('Arabisch');
			expect(de).not.toMatch(/\s,/);
			// the page's "times" heading appears once
			for (const locale of ['de', 'uk']) {
				await page.goto(`/${locale}/angebote/${multilingual!.slug}`, { waitUntil: 'load' });
				const labels = [...(await page.locator('main h2').allInnerTexts()), ...(await page.locator('main dt').allInnerTexts())].map((t) => t.trim());
				const duplicates = labels.filter((label, index) => labels.indexOf(label) !== index);
				expect(duplicates, `${locale}: headings and terms that appear twice`).toEqual([]);
			}
		} finally {
			await session.close();
		}
	});
});

describe('footer', () => {
	test('has a sign-in link for members on every public page, and its lines start at the same edge', async () => {
		const session = await openBrowser({ javaScript: false });
		try {
			const { page } = session;
			for (const locale of ['de', 'ar']) {
				await page.goto(`/${locale}/angebote`, { waitUntil: 'load' });
				const signIn = page.locator('footer a[href="/mitglieder/anmelden"]');
				expect(await signIn.count(), locale).toBe(1);
				const list = await page.locator('footer nav ul').boundingBox();
				const note = await page.locator('footer .footer-note').boundingBox();
				// both blocks share the same start edge (right in Arabic, left in German)
				if (locale === 'ar') expect(Math.abs(list!.x + list!.width - (note!.x + note!.width))).toBeLessThan(2);
				else expect(Math.abs(list!.x - note!.x)).toBeLessThan(2);
			}
			await page.locator('footer a[href="/mitglieder/anmelden"]').click();
			await page.waitForLoadState('load');
			expect(new URL(page.url()).pathname).toBe('/mitglieder/anmelden');
		} finally {
			await session.close();
		}
	});
});

describe('page weight', () => {
	test('stylesheets and fonts of the home page stay small (figure in the log)', async () => {
		const session = await openBrowser({ javaScript: true });
		try {
			const sizes = new Map<string, number>();
			session.page.on('response', async (response) => {
				const type = response.request().resourceType();
				if (type !== 'stylesheet' && type !== 'font') return;
				const body = await response.body().catch(() => Buffer.alloc(0));
				sizes.set(response.url(), body.length);
			});
			await session.page.goto('/de', { waitUntil: 'networkidle' });
			const total = [...sizes.values()].reduce((a, b) => a + b, 0);
			console.log(`home page (de): stylesheets and fonts ${total} bytes (uncompressed): ${JSON.stringify(Object.fromEntries([...sizes].map(([u, s]) => [new URL(u).pathname, s])))}`);
			expect(sizes.size).toBeGreaterThan(0);
			// two subset weights of Fira Sans and two stylesheets: well under 250 kB
			expect(total).toBeLessThan(250_000);
			expect([...sizes.keys()].every((u) => new URL(u).origin === new URL(session.page.url()).origin)).toBe(true);
		} finally {
			await session.close();
		}
	});
});
