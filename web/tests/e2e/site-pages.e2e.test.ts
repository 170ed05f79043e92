/**
 * Every page type of the public site answers, in German and in Arabic: status 200, `<html lang>`
 * of the locale and `dir="rtl"` for Arabic, `hreflang` alternates for every locale, no cookie on
 * any response; the calendar files, sitemap.xml and robots.txt are what they say they are. The
 * entries the detail pages show are picked from the CMS, and their titles checked against it.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { fetchSite, siteUrl, type Hop } from './helpers.ts';
import {
	SITE_LOCALES,
	TEST_LOCALES,
	berlinToday,
	busiestMunicipality,
	cmsMunicipalities,
	message,
	offeringSlugsLinked,
	cmsNewsSlugs,
	cmsOfferings,
	cmsPublicEvents,
	cmsSlugs,
	gql,
	hreflangAlternates,
	htmlAttribute,
	icsLines,
	isCurrent,
	mainOf,
	sitemapUrls,
	textOf,
	type CmsEvent
} from './site-helpers.ts';

interface Sample {
	offering: string;
	actor: { slug: string; name: string; de: { name: string | null }; ar: { name: string | null } };
	municipality: { slug: string; name: string };
	collective: { slug: string; name: string };
	workingGroup: { slug: string; name: string };
	event: CmsEvent;
	news: { slug: string; title: string };
	events: CmsEvent[];
}

let sample: Sample;

beforeAll(async () => {
	const [offerings, actors, workingGroups, events, newsSlugs] = await Promise.all([
		cmsOfferings(),
		cmsSlugs('actors'),
		cmsSlugs('workingGroups'),
		cmsPublicEvents(),
		cmsNewsSlugs()
	]);
	const current = offerings.filter((o) => isCurrent(o));
	expect(current.length, 'the demo data has current offerings').toBeGreaterThan(0);
	expect(actors.length * workingGroups.length * events.length * newsSlugs.length, 'the demo data has actors, working groups, events and news').toBeGreaterThan(0);
	const details = await gql(
		`query ($actor: String!, $wg: String!, $news: String!) {
			actors(filters: { slug: { eq: $actor } }) { slug name de: localized(locale: "de") { name } ar: localized(locale: "ar") { name } }
			workingGroups(filters: { slug: { eq: $wg } }) { slug name }
			newsArticles(locale: "de", filters: { slug: { eq: $news } }) { slug title }
			unitary: municipalities(filters: { kind: { eq: "unitary_municipality" } }, sort: ["slug:asc"], pagination: { pageSize: 1 }) { slug name }
			collective: municipalities(filters: { kind: { eq: "collective_municipality" } }, sort: ["slug:asc"], pagination: { pageSize: 1 }) { slug name }
		}`,
		{ actor: actors[0], wg: workingGroups[0], news: newsSlugs[0] }
	);
	const now = Date.now();
	// an upcoming event when there is one (the usual visit), else any public one
	const upcoming = events.filter((e) => Date.parse(e.endsAt ?? e.startsAt) >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
	sample = {
		offering: current[0].slug,
		actor: details.actors[0],
		municipality: details.unitary[0],
		collective: details.collective[0],
		workingGroup: details.workingGroups[0],
		event: upcoming[0] ?? events[0],
		news: details.newsArticles[0],
		events
	};
});

/** HTML page types: path after the locale, and a text the CMS says the page shows (for detail pages). */
function htmlPages(locale: (typeof TEST_LOCALES)[number]): Array<{ type: string; path: string; expectText?: string }> {
	return [
		{ type: 'home', path: '' },
		{ type: 'offerings list', path: '/angebote' },
		{ type: 'offerings list, filtered', path: '/angebote?kostenlos=1' },
		{ type: 'offering detail', path: `/angebote/${sample.offering}` },
		{ type: 'actors list', path: '/akteure' },
		{ type: 'actor detail', path: `/akteure/${sample.actor.slug}`, expectText: sample.actor[locale].name ?? sample.actor.name },
		{ type: 'municipalities list', path: '/gemeinden' },
		{ type: 'municipality detail', path: `/gemeinden/${sample.municipality.slug}`, expectText: sample.municipality.name },
		{ type: 'Verbandsgemeinde detail', path: `/gemeinden/${sample.collective.slug}`, expectText: sample.collective.name },
		{ type: 'working groups list', path: '/arbeitskreise' },
		{ type: 'working group detail', path: `/arbeitskreise/${sample.workingGroup.slug}` },
		{ type: 'events list (upcoming)', path: '/termine' },
		{ type: 'events list (past)', path: '/termine?zeitraum=vergangen' },
		{ type: 'event detail', path: `/termine/${sample.event.slug}` },
		{ type: 'news list', path: '/aktuelles' },
		{ type: 'news detail', path: `/aktuelles/${sample.news.slug}` },
		{ type: 'search (empty)', path: '/suche' },
		{ type: 'search (query)', path: '/suche?q=Beratung' },
		{ type: 'network', path: '/netzwerk' },
		{ type: 'contact', path: '/kontakt' },
		{ type: 'imprint', path: '/impressum' },
		{ type: 'privacy', path: '/datenschutz' },
		{ type: 'accessibility statement', path: '/barrierefreiheit' },
		{ type: 'easy language', path: '/leichte-sprache' }
	];
}

function expectNoCookie(hops: Hop[]) {
	for (const hop of hops) expect(hop.headers.getSetCookie(), `Set-Cookie on ${hop.url}`).toEqual([]);
}

describe.each(TEST_LOCALES)('every page type in %s', (locale) => {
	test('answers 200 with <html lang> and dir of the locale, hreflang alternates, its content and no cookie', async () => {
		const failures: string[] = [];
		for (const { type, path, expectText } of htmlPages(locale)) {
			const url = `/${locale}${path}`;
			const { hops, final, body } = await fetchSite(url);
			expectNoCookie(hops);
			const problems: string[] = [];
			if (hops.length !== 1) problems.push(`redirected: ${hops.map((h) => `${h.status} ${h.url}`).join(' → ')}`);
			if (final.status !== 200) problems.push(`status ${final.status}`);
			if (!/^text\/html/.test(final.headers.get('content-type') ?? '')) problems.push(`content-type ${final.headers.get('content-type')}`);
			if (htmlAttribute(body, 'lang') !== locale) problems.push(`<html lang="${htmlAttribute(body, 'lang')}">`);
			const dir = htmlAttribute(body, 'dir');
			if (locale === 'ar' ? dir !== 'rtl' : dir === 'rtl') problems.push(`<html dir="${dir}">`);
			if (!/<h1\b/i.test(mainOf(body))) problems.push('no <h1> in <main>');

			// hreflang: the same page in every locale of the site, plus x-default
			const alternates = hreflangAlternates(body);
			const pathname = new URL(url, siteUrl()).pathname;
			const search = new URL(url, siteUrl()).search;
			for (const code of SITE_LOCALES) {
				const expected = new URL(`${pathname.replace(/^\/[a-z]{2}(?=\/|$)/, `/${code}`)}${search}`, siteUrl()).href;
				const actual = alternates.get(code);
				if (!actual) problems.push(`no hreflang="${code}"`);
				else if (new URL(actual, siteUrl()).href !== expected) problems.push(`hreflang="${code}" → ${actual}, expected ${expected}`);
			}
			if (!alternates.has('x-default')) problems.push('no hreflang="x-default"');

			if (expectText && !textOf(mainOf(body)).includes(expectText)) problems.push(`does not show "${expectText}" (from the CMS)`);
			if (problems.length > 0) failures.push(`${type} ${url}: ${problems.join('; ')}`);
		}
		expect(failures).toEqual([]);
	});

	test('the offering detail page shows the offering the CMS holds (its title in this locale)', async () => {
		const data = await gql(`query ($slug: String!, $locale: String!) { offerings(filters: { slug: { eq: $slug } }) { title localized(locale: $locale) { title } } }`, {
			slug: sample.offering,
			locale
		});
		const title = data.offerings[0].localized.title ?? data.offerings[0].title;
		const { body } = await fetchSite(`/${locale}/angebote/${sample.offering}`);
		expect(textOf(body.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i)?.[1] ?? '')).toBe(title);
	});

	test('the event detail page and the working group page show their titles from the CMS', async () => {
		const data = await gql(
			`query ($event: String!, $wg: String!, $locale: String!) {
				events(filters: { slug: { eq: $event } }) { title localized(locale: $locale) { title } }
				workingGroups(filters: { slug: { eq: $wg } }) { name localized(locale: $locale) { name } }
			}`,
			{ event: sample.event.slug, wg: sample.workingGroup.slug, locale }
		);
		const eventTitle = data.events[0].localized.title ?? data.events[0].title;
		const groupName = data.workingGroups[0].localized.name ?? data.workingGroups[0].name;
		const event = await fetchSite(`/${locale}/termine/${sample.event.slug}`);
		expect(textOf(mainOf(event.body))).toContain(eventTitle);
		const group = await fetchSite(`/${locale}/arbeitskreise/${sample.workingGroup.slug}`);
		expect(textOf(mainOf(group.body))).toContain(groupName);
	});

	test('the news detail page shows the article (in this locale, or the German one)', async () => {
		const data = await gql(
			`query ($slug: String!, $locale: I18NLocaleCode) {
				here: newsArticles(locale: $locale, filters: { slug: { eq: $slug } }) { title }
				de: newsArticles(locale: "de", filters: { slug: { eq: $slug } }) { title }
			}`,
			{ slug: sample.news.slug, locale }
		);
		const title = data.here[0]?.title ?? data.de[0].title;
		const { body } = await fetchSite(`/${locale}/aktuelles/${sample.news.slug}`);
		expect(textOf(mainOf(body))).toContain(title);
	});

	test('the events lists show exactly the upcoming, and the past, public events of the CMS', async () => {
		const now = Date.now();
		const upcoming = sample.events.filter((e) => Date.parse(e.startsAt) >= now || (e.endsAt !== null && Date.parse(e.endsAt) >= now));
		const past = sample.events.filter((e) => !upcoming.includes(e));
		for (const [query, expected] of [
			['', upcoming],
			['?zeitraum=vergangen', past]
		] as const) {
			const shown: string[] = [];
			let next: string | null = `/${locale}/termine${query}`;
			for (let guard = 0; next && guard < 50; guard++) {
				const { final, body } = await fetchSite(next);
				expect(final.status).toBe(200);
				const main = mainOf(body);
				shown.push(...[...main.matchAll(new RegExp(`href="/${locale}/termine/([a-z0-9-]+)"`, 'g'))].map((m) => m[1]));
				next = main.match(/<a href="([^"]+)" rel="next"/)?.[1]?.replace(/&amp;/g, '&') ?? null;
			}
			expect([...new Set(shown)].sort(), `/${locale}/termine${query}`).toEqual(expected.map((e) => e.slug).sort());
		}
	});

	test('an event as an .ics download: one VEVENT, that event, no cookie', async () => {
		const { hops, final, body } = await fetchSite(`/${locale}/termine/${sample.event.slug}.ics`);
		expectNoCookie(hops);
		expect(final.status).toBe(200);
		expect(final.headers.get('content-type')).toMatch(/^text\/calendar/);
		const lines = icsLines(body);
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
		expect(lines).toContain(`UID:${sample.event.documentId}@netzwerk-integration-boerde`);
		const start = lines.find((line) => line.startsWith('DTSTART'))?.split(':')[1];
		expect(start, 'DTSTART is the CMS start time').toBe(
			new Date(sample.event.startsAt).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
		);
		// a real iCalendar parser reads the same single event
		const parsed = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent');
		expect(parsed.map((event) => event.getFirstPropertyValue('uid'))).toEqual([`${sample.event.documentId}@netzwerk-integration-boerde`]);
	});

	test('the iCal feed holds exactly the public events of the CMS that are upcoming or of the last 30 days, and sets no cookie', async () => {
		const { hops, final, body } = await fetchSite(`/${locale}/termine/kalender.ics`);
		expectNoCookie(hops);
		expect(final.status).toBe(200);
		expect(final.headers.get('content-type')).toMatch(/^text\/calendar/);
		const lines = icsLines(body);
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		const uids = lines.filter((line) => line.startsWith('UID:')).map((line) => line.slice(4).replace(/@.*$/, ''));
		const since = Date.now() - 30 * 24 * 3600_000;
		const inWindow = (e: CmsEvent) => Date.parse(e.startsAt) >= since || (e.endsAt !== null && Date.parse(e.endsAt) >= since);
		// the demo data has events of both kinds, so the window is really tested
		expect(sample.events.filter((e) => !inWindow(e)).length, 'demo events older than 30 days').toBeGreaterThan(0);
		expect(uids.sort()).toEqual(sample.events.filter(inWindow).map((e) => e.documentId).sort());
		const parsed = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent');
		expect(parsed.map((event) => String(event.getFirstPropertyValue('uid')).replace(/@.*$/, '')).sort()).toEqual(uids);
	});
});

describe('a municipality page in pages', () => {
	/** The `rel="next"` link inside the navigation named `label`, if any. */
	const nextLink = (html: string, label: string) => {
		const nav = html.match(new RegExp(`<nav class="pagination" aria-label="${label}">([\\s\\S]*?)</nav>`))?.[1];
		return nav?.match(/<a href="([^"]+)" rel="next"/)?.[1]?.replace(/&amp;/g, '&') ?? null;
	};

	for (const locale of TEST_LOCALES) {
		test(`${locale}: the offerings there, page by page through plain links, each once, with where the page stands`, async () => {
			const [offerings, municipalities] = await Promise.all([cmsOfferings(), cmsMunicipalities()]);
			const busiest = busiestMunicipality(offerings.filter((o) => isCurrent(o, berlinToday())), municipalities);
			const total = busiest.offerings.length;
			expect(total, 'the demo data has a municipality with more offerings than one page shows').toBeGreaterThan(20);
			const label = message(locale, 'municipality_offerings_pages');
			const seen: string[] = [];
			let path: string | null = `/${locale}/gemeinden/${busiest.municipality.slug}`;
			let pages = 0;
			while (path) {
				const { final, body } = await fetchSite(path);
				expect(final.status, path).toBe(200);
				pages += 1;
				const shown = [...new Set(offeringSlugsLinked(mainOf(body), locale))];
				seen.push(...shown);
				const from = (pages - 1) * 20 + 1;
				expect(textOf(mainOf(body)), path).toContain(message(locale, 'list_range', { from, to: from + shown.length - 1, total }));
				path = nextLink(body, label);
				if (path) expect(new URL(path, siteUrl()).searchParams.get('seite')).toBe(String(pages + 1));
			}
			expect(pages).toBe(Math.ceil(total / 20));
			expect(seen.length, 'no offering on two pages').toBe(new Set(seen).size);
			expect(new Set(seen)).toEqual(new Set(busiest.offerings));
		});
	}
});

describe('site-wide files', () => {
	test('sitemap.xml is a sitemap index whose parts are valid XML and list every page type in every locale, without a cookie', async () => {
		const { index, urls, responses } = await sitemapUrls();
		expect(index.length).toBeGreaterThan(0);
		for (const part of index) expect(part).toMatch(new RegExp(`^${siteUrl()}/sitemap-[1-9][0-9]*\\.xml$`));
		for (const { hops, final, body } of responses) {
			expectNoCookie(hops);
			expect(final.status).toBe(200);
			expect(final.headers.get('content-type')).toMatch(/xml/);
			expect(body).toMatch(/^<\?xml/);
		}
		expect(responses[0].body).toContain('<sitemapindex');
		// a part beyond the last is a 404, not an empty sitemap
		expect((await fetchSite(`/sitemap-${index.length + 1}.xml`)).final.status).toBe(404);
		const locs = new Set(urls);
		expect(locs.size, 'no URL twice').toBe(urls.length);
		const missing: string[] = [];
		for (const code of SITE_LOCALES) {
			for (const path of [
				'',
				'/angebote',
				`/angebote/${sample.offering}`,
				`/akteure/${sample.actor.slug}`,
				`/gemeinden/${sample.collective.slug}`,
				`/arbeitskreise/${sample.workingGroup.slug}`,
				`/termine/${sample.event.slug}`,
				`/aktuelles/${sample.news.slug}`,
				'/impressum',
				'/datenschutz',
				'/barrierefreiheit'
			]) {
				const url = `${siteUrl()}/${code}${path}`;
				if (!locs.has(url)) missing.push(url);
			}
		}
		expect(missing).toEqual([]);
		for (const loc of locs) expect(new URL(loc).origin, 'sitemap URLs are on the site').toBe(new URL(siteUrl()).origin);
	});

	test('robots.txt answers 200 as text and points to the sitemap, without a cookie', async () => {
		const { hops, final, body } = await fetchSite('/robots.txt');
		expectNoCookie(hops);
		expect(final.status).toBe(200);
		expect(final.headers.get('content-type')).toMatch(/^text\/plain/);
		expect(body).toMatch(/^User-agent:/m);
		const sitemap = body.match(/^Sitemap:\s*(\S+)/m)?.[1];
		expect(sitemap).toBe(`${siteUrl()}/sitemap.xml`);
	});

	test('/ redirects by Accept-Language: Arabic to /ar, anything unknown to /de, without a cookie', async () => {
		const arabic = await fetchSite('/', { headers: { 'accept-language': 'ar-SY,ar;q=0.9,en;q=0.5' } });
		expectNoCookie(arabic.hops);
		expect(new URL(arabic.final.url).pathname).toBe('/ar');
		expect(arabic.final.status).toBe(200);
		expect(htmlAttribute(arabic.body, 'dir')).toBe('rtl');
		const unknown = await fetchSite('/', { headers: { 'accept-language': 'ja-JP,ja;q=0.9' } });
		expect(new URL(unknown.final.url).pathname).toBe('/de');
	});
});
