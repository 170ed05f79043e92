/**
 * Offerings past their validUntil (found in the CMS, judged by today's date in Berlin) are not
 * listed anywhere — the offerings list (all pages, with or without their facets), the pages of
 * their actor and municipalities, the topic counts, search, sitemap.xml and the iCal feed — and
 * their own page still answers (200, or 410 Gone) and says that the offering has ended.
 * Each absence is paired with a current offering that is present, so an empty list cannot pass.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchSite, openBrowser, siteUrl, type BrowserSession } from './helpers.ts';
import {
	TEST_LOCALES,
	berlinToday,
	cmsMunicipalities,
	cmsOfferings,
	gql,
	isCurrent,
	isTemporarilyClosed,
	mainOf,
	message,
	offeringListAt,
	offeringSlugsLinked,
	sitemapUrls,
	textOf,
	type CmsMunicipality,
	type CmsOffering
} from './site-helpers.ts';

let session: BrowserSession;
let offerings: CmsOffering[];
let ended: CmsOffering[];
let current: CmsOffering[];
let municipalities: CmsMunicipality[];
let today: string;

beforeAll(async () => {
	today = berlinToday();
	[offerings, municipalities] = await Promise.all([cmsOfferings(), cmsMunicipalities()]);
	ended = offerings.filter((o) => !isCurrent(o, today));
	current = offerings.filter((o) => isCurrent(o, today));
	session = await openBrowser({ javaScript: false });
});

afterAll(async () => {
	await session?.close();
});

/** The date as the site's locale writes it (long form, Gregorian calendar, Berlin). */
function longDate(day: string, locale: string): string {
	return new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(`${day}T12:00:00Z`));
}

describe('ended offerings', () => {
	test('the demo data has ended offerings (validUntil before today) and current ones', () => {
		expect(ended.length, `offerings with validUntil before ${today}`).toBeGreaterThan(0);
		expect(current.length).toBeGreaterThan(0);
	});

	for (const locale of TEST_LOCALES) {
		test(`${locale}: absent from the offerings list, over all its pages`, async () => {
			const listed = await offeringListAt(session.page, locale, '');
			expect(listed.slugs.filter((slug) => ended.some((o) => o.slug === slug))).toEqual([]);
			expect(listed.slugs, 'a current offering is listed').toContain(current[0].slug);
		});
	}

	test('absent from the list filtered by their own topic, municipality and target group', async () => {
		const failures: string[] = [];
		for (const offering of ended) {
			const queries = [
				offering.topic ? `?thema=${offering.topic.slug}` : null,
				...offering.municipalities.map((m) => `?gemeinde=${m.slug}`),
				...offering.targetGroups.slice(0, 1).map((t) => `?zielgruppe=${t.slug}`)
			].filter((q): q is string => q !== null);
			for (const query of queries) {
				const listed = await offeringListAt(session.page, 'de', query);
				if (listed.slugs.includes(offering.slug)) failures.push(`${offering.slug} listed at /de/angebote${query}`);
			}
		}
		expect(failures).toEqual([]);
	});

	test("absent from their actor's profile and from their municipalities' pages, whose counts leave them out", async () => {
		const failures: string[] = [];
		for (const offering of ended) {
			const data = await gql(`query ($slug: String!) { offerings(filters: { slug: { eq: $slug } }) { actor { slug } } }`, { slug: offering.slug });
			const actor = data.offerings[0]?.actor?.slug;
			const pages = [...(actor ? [`/de/akteure/${actor}`] : []), ...offering.municipalities.map((m) => `/de/gemeinden/${m.slug}`)];
			for (const path of pages) {
				const { final, body } = await fetchSite(path);
				if (final.status !== 200) failures.push(`${path} answered ${final.status}`);
				else if (offeringSlugsLinked(mainOf(body), 'de').includes(offering.slug)) failures.push(`${offering.slug} listed on ${path}`);
			}
		}
		// the municipality page's count of offerings there: current ones only (a Verbandsgemeinde with its members)
		for (const municipality of municipalities.filter((m) => ended.some((o) => o.municipalities.some((x) => x.slug === m.slug)))) {
			const scope = new Set([municipality.slug, ...municipality.members.map((m) => m.slug)]);
			const expected = current.filter((o) => o.municipalities.some((m) => scope.has(m.slug))).length;
			const { body } = await fetchSite(`/de/gemeinden/${municipality.slug}`);
			const heading = `${message('de', 'municipality_offerings_heading')} (${expected})`;
			if (!textOf(mainOf(body)).includes(heading)) failures.push(`/de/gemeinden/${municipality.slug} does not show "${heading}"`);
		}
		expect(failures).toEqual([]);
	});

	test('the topic tiles of the home page count current offerings only', async () => {
		const { page } = session;
		await page.goto('/de', { waitUntil: 'load' });
		const topics = [...new Set(ended.map((o) => o.topic?.slug).filter((slug): slug is string => Boolean(slug)))];
		for (const topic of topics) {
			const tile = page.locator(`main a[href="/de/angebote?thema=${topic}"]`).first();
			const expected = current.filter((o) => o.topic?.slug === topic).length;
			expect(await tile.innerText(), `tile of ${topic}`).toContain(message('de', 'home_topic_count', { count: expected }));
		}
	});

	for (const locale of TEST_LOCALES) {
		test(`${locale}: absent from search results for their own title`, async () => {
			const failures: string[] = [];
			for (const offering of ended) {
				const { final, body } = await fetchSite(`/${locale}/suche?q=${encodeURIComponent(offering.title)}`);
				if (final.status !== 200) failures.push(`search for "${offering.title}" answered ${final.status}`);
				else if (offeringSlugsLinked(mainOf(body), locale).includes(offering.slug)) failures.push(`${offering.slug} found by "${offering.title}"`);
			}
			expect(failures).toEqual([]);
			// the same search finds a current offering by its title
			const { body } = await fetchSite(`/${locale}/suche?q=${encodeURIComponent(current[0].title)}`);
			expect(offeringSlugsLinked(mainOf(body), locale)).toContain(current[0].slug);
		});
	}

	test('absent from sitemap.xml in every locale (current offerings are in it)', async () => {
		const locs = (await sitemapUrls()).urls;
		const listed = new Set(locs.map((loc) => loc.match(/\/angebote\/([a-z0-9-]+)$/)?.[1]).filter(Boolean));
		expect(ended.filter((o) => listed.has(o.slug)).map((o) => o.slug)).toEqual([]);
		expect(current.filter((o) => !listed.has(o.slug)).map((o) => o.slug), 'current offerings missing from the sitemap').toEqual([]);
		expect(locs).toContain(`${siteUrl()}/ar/angebote/${current[0].slug}`);
	});

	test('absent from the iCal feed', async () => {
		for (const locale of TEST_LOCALES) {
			const { final, body } = await fetchSite(`/${locale}/termine/kalender.ics`);
			expect(final.status).toBe(200);
			const unfolded = body.replace(/\r?\n[ \t]/g, '');
			for (const offering of ended) expect(unfolded).not.toContain(`/angebote/${offering.slug}`);
		}
	});

	for (const locale of TEST_LOCALES) {
		test(`${locale}: their own page answers and says, in the visitor's language, that the offering has ended and when`, async () => {
			const failures: string[] = [];
			for (const offering of ended) {
				const path = `/${locale}/angebote/${offering.slug}`;
				const response = await session.page.goto(path, { waitUntil: 'load' });
				const status = response?.status();
				if (status !== 200 && status !== 410) {
					failures.push(`${path} answered ${status}`);
					continue;
				}
				const main = session.page.locator('main');
				const notice = main.getByText(message(locale, 'offering_ended_title'));
				if ((await notice.count()) === 0 || !(await notice.first().isVisible())) failures.push(`${path} does not say "${message(locale, 'offering_ended_title')}"`);
				const date = longDate(offering.validUntil as string, locale);
				if (!(await main.innerText()).includes(date)) failures.push(`${path} does not name the end date ${date}`);
			}
			expect(failures).toEqual([]);
		});
	}

	test('a current offering does not say it has ended', async () => {
		const response = await session.page.goto(`/de/angebote/${current[0].slug}`, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		expect(await session.page.locator('main').getByText(message('de', 'offering_ended_title')).count()).toBe(0);
	});
});

describe('temporarily closed offerings (the same rules: marked wherever they are listed)', () => {
	for (const locale of TEST_LOCALES) {
		test(`${locale}: marked in the offerings list, and only they`, async () => {
			const closed = current.filter((o) => isTemporarilyClosed(o, today)).map((o) => o.slug);
			expect(closed.length, 'the demo data has a temporarily closed offering').toBeGreaterThan(0);
			const { page } = session;
			await page.goto(`/${locale}/angebote`, { waitUntil: 'load' });
			const badge = message(locale, 'badge_temporarily_closed');
			const marked: string[] = [];
			for (let guard = 0; guard < 100; guard++) {
				// each entry of the list: its slug and whether its list item carries the badge
				const entries = await page.locator(`section.results a[href^="/${locale}/angebote/"]`).evaluateAll(
					(links, text) =>
						links.map((link) => ({
							href: link.getAttribute('href') ?? '',
							marked: ((link.closest('li') as HTMLElement | null)?.innerText ?? '').includes(text)
						})),
					badge
				);
				marked.push(...entries.filter((e) => e.marked).map((e) => e.href.split('/').pop() as string));
				const next = page.locator('nav.pagination a[rel="next"]');
				if ((await next.count()) === 0) break;
				await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), next.first().click()]);
			}
			expect([...new Set(marked)].sort()).toEqual([...closed].sort());
		});

		test(`${locale}: their own page says they are temporarily closed`, async () => {
			for (const offering of current.filter((o) => isTemporarilyClosed(o, today))) {
				await session.page.goto(`/${locale}/angebote/${offering.slug}`, { waitUntil: 'load' });
				expect(await session.page.locator('main').getByText(message(locale, 'offering_closed_title'), { exact: true }).count(), offering.slug).toBeGreaterThan(0);
			}
		});
	}
});
