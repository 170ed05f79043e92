/**
 * Languages: the partly translated demo offering in Arabic shows its Arabic title (as the CMS has
 * it) and the German description, marked as German, with a visible note in Arabic that says so;
 * the language switcher leads to the same page in the other language. Checked in Chromium with
 * JavaScript off, as served.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowser, type BrowserSession } from './helpers.ts';
import { SITE_LOCALES, blocksText, gql, message } from './site-helpers.ts';

const OFFERING = 'sprachcafe-wolmirstedt';

interface OfferingTexts {
	title: string;
	description: unknown;
	ar: { title: string | null; description: unknown; fallbackFields: string[] };
}

let session: BrowserSession;
let offering: OfferingTexts;

beforeAll(async () => {
	const data = await gql(
		`query ($slug: String!) { offerings(filters: { slug: { eq: $slug } }) { title description ar: localized(locale: "ar") { title description fallbackFields } } }`,
		{ slug: OFFERING }
	);
	offering = data.offerings[0];
	session = await openBrowser({ javaScript: false, locale: 'ar' });
});

afterAll(async () => {
	await session?.close();
});

describe('a partly translated offering in Arabic', () => {
	test('the demo data is as this test assumes: an Arabic title, no Arabic description', () => {
		expect(offering, `offering ${OFFERING} in the CMS`).toBeDefined();
		expect(offering.ar.title).toBeTruthy();
		expect(offering.ar.title).not.toBe(offering.title);
		expect(offering.ar.fallbackFields).toContain('description');
		expect(blocksText(offering.description).length).toBeGreaterThan(0);
	});

	test('shows the Arabic title from the CMS as its heading', async () => {
		const { page } = session;
		expect((await page.goto(`/ar/angebote/${OFFERING}`, { waitUntil: 'load' }))?.status()).toBe(200);
		expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
		const h1 = page.locator('main h1');
		expect(await h1.count()).toBe(1);
		expect((await h1.innerText()).trim()).toBe(offering.ar.title);
		expect(await page.title()).toContain(offering.ar.title as string);
	});

	test('shows the German description, marked lang="de" (and left-to-right), inside the Arabic page', async () => {
		const { page } = session;
		await page.goto(`/ar/angebote/${OFFERING}`, { waitUntil: 'load' });
		for (const paragraph of blocksText(offering.description)) {
			const element = page.locator('main p', { hasText: paragraph }).first();
			expect(await element.count(), `paragraph of the German description shown: "${paragraph.slice(0, 40)}…"`).toBe(1);
			expect(await element.isVisible()).toBe(true);
			// the nearest language declaration is German, so that screen readers read it as German
			const declared = await element.evaluate((node) => {
				const holder = node.closest('[lang]');
				const dirHolder = node.closest('[dir]');
				return { lang: holder?.getAttribute('lang'), dir: dirHolder?.getAttribute('dir') };
			});
			expect(declared).toEqual({ lang: 'de', dir: 'ltr' });
		}
	});

	test('says visibly, in Arabic, that parts are shown in German', async () => {
		const { page } = session;
		await page.goto(`/ar/angebote/${OFFERING}`, { waitUntil: 'load' });
		const notes = [message('ar', 'fallback_note_partial'), message('ar', 'fallback_note_full')];
		const note = page.locator('main').getByText(new RegExp(notes.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
		expect(await note.count(), 'the fallback note of the message catalogue').toBeGreaterThan(0);
		expect(await note.first().isVisible()).toBe(true);
		// and the note is not marked as German itself
		expect(await note.first().evaluate((node) => node.closest('[lang]')?.getAttribute('lang'))).toBe('ar');
	});

	test('the German page of the same offering has no fallback note', async () => {
		const { page } = session;
		await page.goto(`/de/angebote/${OFFERING}`, { waitUntil: 'load' });
		expect((await page.locator('main h1').innerText()).trim()).toBe(offering.title);
		const notes = ['fallback_note_partial', 'fallback_note_full'].map((key) => message('de', key));
		for (const note of notes) expect(await page.locator('main').getByText(note).count()).toBe(0);
	});
});

describe('the language switcher', () => {
	test('offers every locale and keeps the visitor on the same page (Arabic → German → Arabic)', async () => {
		const { page } = session;
		await page.goto(`/ar/angebote/${OFFERING}`, { waitUntil: 'load' });
		const switcher = page.locator('header a[hreflang]');
		const offered = await switcher.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('hreflang')));
		expect([...offered].sort()).toEqual([...SITE_LOCALES].sort());

		// opens the switcher as a visitor would, then follows "Deutsch"
		const summary = page.locator('header details summary');
		if ((await summary.count()) > 0) await summary.first().click();
		const [toGerman] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('header a[hreflang="de"]').first().click()]);
		expect(toGerman?.status()).toBe(200);
		expect(new URL(page.url()).pathname).toBe(`/de/angebote/${OFFERING}`);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
		expect((await page.locator('main h1').innerText()).trim()).toBe(offering.title);

		if ((await summary.count()) > 0) await summary.first().click();
		await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('header a[hreflang="ar"]').first().click()]);
		expect(new URL(page.url()).pathname).toBe(`/ar/angebote/${OFFERING}`);
		expect((await page.locator('main h1').innerText()).trim()).toBe(offering.ar.title);
	});

	test('keeps the filters of a list (the query string) when switching', async () => {
		const { page } = session;
		await page.goto('/de/angebote?kostenlos=1&sortierung=bestaetigt', { waitUntil: 'load' });
		const href = await page.locator('header a[hreflang="ar"]').first().getAttribute('href');
		const target = new URL(href ?? '', page.url());
		expect(target.pathname).toBe('/ar/angebote');
		expect(target.searchParams.get('kostenlos')).toBe('1');
		expect(target.searchParams.get('sortierung')).toBe('bestaetigt');
	});
});
