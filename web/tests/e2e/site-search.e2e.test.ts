/**
 * Full-text search: a word that occurs only in the German description of an offering (not in its
 * title or summary) finds it, from the German and from the Arabic site, with JavaScript off (the
 * search is a GET form); a nonsense query answers 200 with no results and links to the lists.
 * Against the demo data: a German compound finds an elided one ("Schuldnerberatung" → "Schuldner-
 * und Sozialberatung"), a place name in Cyrillic or Arabic script finds an entry there that has
 * no text in that script, all words are required, and matched words are marked.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchSite, openBrowser, type BrowserSession } from './helpers.ts';
import { TEST_LOCALES, blocksText, escapeRegExp, gql, mainOf, message, offeringSlugsLinked, textOf } from './site-helpers.ts';

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
			// the way on: the lists with their filters
			for (const list of ['angebote', 'akteure', 'termine']) expect(main).toContain(`href="/${locale}/${list}"`);
		});
	}

	test('a misspelt short word suggests the word of the index it was meant to be, as a link', async () => {
		const { final, body } = await fetchSite('/de/suche?q=Cafu');
		expect(final.status).toBe(200);
		const main = mainOf(body);
		expect(textOf(main)).toContain(message('de', 'search_count', { count: 0 }));
		expect(main).toMatch(/href="\/de\/suche\?q=caf%C3%A9"/i);
	});
});

/** The entries of the demo data the following cases rely on, checked first. */
const COMPOUND_ACTOR = 'diakonie-beratung-wolmirstedt';
const PLACE_OFFERING = 'deutschkurs-a1-wanzleben';
/** The page's main element without Svelte's comment markers, to read marked words as written. */
const plainMain = (body: string) => mainOf(body).replace(/<!--[\s\S]*?-->/g, '');
const actorSlugsLinked = (html: string, locale: string) =>
	[...html.matchAll(new RegExp(`href="/${escapeRegExp(locale)}/akteure/([a-z0-9-]+)"`, 'g'))].map((match) => match[1]);

describe('search finds what people type', () => {
	let actor: { name: string; shortDescription: string; description: unknown; municipalities: Array<{ slug: string }> };
	let placeOffering: { title: string; summary: string | null; municipalities: Array<{ slug: string }>; ru: { fallbackFields: string[] }; ar: { fallbackFields: string[] } };

	beforeAll(async () => {
		const data = await gql(
			`query ($actor: String!, $offering: String!) {
				actors(filters: { slug: { eq: $actor } }) { name shortDescription description municipalities { slug } }
				offerings(filters: { slug: { eq: $offering } }) { title summary municipalities { slug } ru: localized(locale: "ru") { fallbackFields } ar: localized(locale: "ar") { fallbackFields } }
			}`,
			{ actor: COMPOUND_ACTOR, offering: PLACE_OFFERING }
		);
		actor = data.actors[0];
		placeOffering = data.offerings[0];
	});

	test('the demo data is as these tests assume', () => {
		expect(actor.shortDescription).toContain('Schuldner- und Sozialberatung');
		expect(`${actor.name} ${actor.shortDescription} ${blocksText(actor.description).join(' ')}`.toLowerCase()).not.toContain('schuldnerberatung');
		// in Wolmirstedt, nowhere near Haldensleben (neither by place nor in its text)
		expect(actor.municipalities.map((m) => m.slug)).toContain('wolmirstedt');
		expect(actor.municipalities.map((m) => m.slug)).not.toContain('haldensleben');
		expect(`${actor.name} ${actor.shortDescription} ${blocksText(actor.description).join(' ')}`).not.toContain('Haldensleben');
		expect(placeOffering.municipalities.map((m) => m.slug)).toEqual(['wanzleben-boerde']);
		// no Russian or Arabic title or summary: only the place's name in those scripts can find it
		for (const locale of ['ru', 'ar'] as const) expect(placeOffering[locale].fallbackFields).toEqual(expect.arrayContaining(['title', 'summary', 'description']));
	});

	for (const locale of TEST_LOCALES) {
		test(`${locale}: "Schuldnerberatung" finds "Schuldner- und Sozialberatung", with the matched words marked`, async () => {
			const { final, body } = await fetchSite(`/${locale}/suche?q=Schuldnerberatung`);
			expect(final.status).toBe(200);
			const main = plainMain(body);
			expect(actorSlugsLinked(main, locale)).toContain(COMPOUND_ACTOR);
			expect(main).toContain('<mark>Schuldner</mark>- und <mark>Sozialberatung</mark>');
		});
	}

	test('all words must match, in any field: compound and place', async () => {
		const inPlace = await fetchSite(`/de/suche?q=${encodeURIComponent('Schuldnerberatung Wolmirstedt')}`);
		expect(actorSlugsLinked(mainOf(inPlace.body), 'de')).toContain(COMPOUND_ACTOR);
		expect(plainMain(inPlace.body)).toContain('<mark>Wolmirstedt</mark>');
		const elsewhere = await fetchSite(`/de/suche?q=${encodeURIComponent('Schuldnerberatung Haldensleben')}`);
		expect(elsewhere.final.status).toBe(200);
		expect(actorSlugsLinked(mainOf(elsewhere.body), 'de')).not.toContain(COMPOUND_ACTOR);
	});

	for (const [locale, query] of [
		['ru', 'Ванцлебен'],
		['ar', 'فانتسليبن']
	] as const) {
		test(`${locale}: the place name "${query}" finds an offering in Wanzleben-Börde and shows the place`, async () => {
			const { final, body } = await fetchSite(`/${locale}/suche?q=${encodeURIComponent(query)}`);
			expect(final.status).toBe(200);
			const main = plainMain(body);
			expect(offeringSlugsLinked(main, locale)).toContain(PLACE_OFFERING);
			expect(main).toContain(`<mark>${query}</mark>`);
			expect(textOf(main)).toContain('Wanzleben-Börde');
		});
	}
});
