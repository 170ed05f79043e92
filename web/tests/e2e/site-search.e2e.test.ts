/**
 * Full-text search: a word that occurs only in the German description of an offering (not in its
 * title or summary) finds it, from the German and from the Arabic site, with JavaScript off (the
 * search is a GET form); a nonsense query answers 200 with no results.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchSite, openBrowser, type BrowserSession } from './helpers.ts';
import { TEST_LOCALES, blocksText, gql, mainOf, message, offeringSlugsLinked, textOf } from './site-helpers.ts';

/** The demo offering whose description (German only) has a word found nowhere else in it. */
const OFFERING = 'sprachcafe-wolmirstedt';
const WORD = 'Zungenbrecher';

let session: BrowserSession;
let offering: { title: string; summary: string | null; description: unknown; ar: { title: string | null } };

beforeAll(async () => {
	const data = await gql(`query ($slug: String!) { offerings(filters: { slug: { eq: $slug } }) { title summary description ar: localized(locale: "ar") { title } } }`, {
		slug: OFFERING
	});
	offering = data.offerings[0];
	session = await openBrowser({ javaScript: false });
});

afterAll(async () => {
	await session?.close();
});

describe('search', () => {
	test('the demo data is as this test assumes: the word is in the German description only', () => {
		expect(offering, `offering ${OFFERING} in the CMS`).toBeDefined();
		expect(blocksText(offering.description).join(' ')).toContain(WORD);
		expect(`${offering.title} ${offering.summary ?? ''}`).not.toContain(WORD);
	});

	for (const locale of TEST_LOCALES) {
		test(`${locale}: the search form finds the offering by a word of its German description`, async () => {
			const { page } = session;
			expect((await page.goto(`/${locale}/suche`, { waitUntil: 'load' }))?.status()).toBe(200);
			const form = page.locator('main form[role="search"]');
			await form.locator('input[name="q"]').fill(WORD);
			const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), form.locator('button[type="submit"]').click()]);
			expect(response?.status()).toBe(200);
			const url = new URL(page.url());
			expect(url.pathname).toBe(`/${locale}/suche`);
			expect(url.searchParams.get('q')).toBe(WORD);
			const html = await page.locator('main').innerHTML();
			expect(offeringSlugsLinked(html, locale)).toContain(OFFERING);
			// the hit is shown with its title in the visitor's locale (German where there is none)
			const title = locale === 'ar' ? (offering.ar.title ?? offering.title) : offering.title;
			expect(await page.locator(`main a[href="/${locale}/angebote/${OFFERING}"]`).first().innerText()).toBe(title);
		});
	}

	test('ar: a word of the Arabic title finds the offering (matching in the visitor\'s locale)', async () => {
		const word = (offering.ar.title ?? '')
			.split(/[^\p{L}\p{M}]+/u)
			.sort((a, b) => b.length - a.length)[0];
		expect(word, 'an Arabic word in the title').toMatch(/[\u0600-\u06FF]{3,}/);
		const { final, body } = await fetchSite(`/ar/suche?q=${encodeURIComponent(word)}`);
		expect(final.status).toBe(200);
		expect(offeringSlugsLinked(mainOf(body), 'ar')).toContain(OFFERING);
	});

	test('the search box in the page header leads to the same results', async () => {
		const { page } = session;
		await page.goto('/ar/angebote', { waitUntil: 'load' });
		const form = page.locator('header form[role="search"]');
		expect(await form.count(), 'a search box in the header').toBe(1);
		await form.locator('input[name="q"]').fill(WORD.toLowerCase());
		await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), form.locator('button[type="submit"]').click()]);
		expect(new URL(page.url()).pathname).toBe('/ar/suche');
		expect(offeringSlugsLinked(await page.locator('main').innerHTML(), 'ar')).toContain(OFFERING);
	});

	for (const locale of TEST_LOCALES) {
		test(`${locale}: a nonsense query answers 200 and shows no result`, async () => {
			const query = 'xqzvwkjh qqqzzz';
			const { final, body, hops } = await fetchSite(`/${locale}/suche?q=${encodeURIComponent(query)}`);
			expect(final.status).toBe(200);
			for (const hop of hops) expect(hop.headers.getSetCookie()).toEqual([]);
			const main = mainOf(body);
			expect(main.match(/<ol class="search-results"/g) ?? [], 'no result list').toEqual([]);
			expect(main.match(/href="\/[a-z]{2}\/(angebote|akteure|termine|aktuelles)\/[^"]+"/g) ?? [], 'no links to entries').toEqual([]);
			expect(textOf(main)).toContain(message(locale, 'search_count', { count: 0 }));
		});
	}
});
