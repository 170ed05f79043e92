/**
 * Shared by the site-*.e2e.test.ts files: what the CMS says (fetched through its public GraphQL
 * API, the same data the site is built from), the site's own UI message catalogue (to recognise a
 * message in a page without copying its wording into the tests) and small HTML helpers.
 *
 * Expected values are always computed here from the CMS, never hard-coded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Page } from 'playwright-core';
import { parseSitemap, parseSitemapIndex } from 'sitemap';
import { cmsGraphql, fetchSite, siteUrl, type Hop } from './helpers.ts';
import { webDir } from './servers.ts';

/** The two locales every promise is checked in: the base locale and a right-to-left one. */
export const TEST_LOCALES = ['de', 'ar'] as const;
export type TestLocale = (typeof TEST_LOCALES)[number];

/** The site's nine locales, from its inlang project (the source its message library compiles). */
export const SITE_LOCALES: string[] = JSON.parse(readFileSync(path.join(webDir, 'project.inlang', 'settings.json'), 'utf8')).locales;

// --- the CMS ------------------------------------------------------------------------------------

/** A public GraphQL query on the CMS that must succeed; its data. */
export async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
	const { status, data, errors } = await cmsGraphql<T>(query, variables);
	if (status !== 200 || errors?.length || !data) {
		throw new Error(`CMS GraphQL failed (${status}): ${JSON.stringify(errors ?? data)}\n${query}`);
	}
	return data;
}

/** `YYYY-MM-DD` in Berlin: the day the district lives in, and the day validity is judged by. */
export function berlinToday(date = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

export interface CmsOffering {
	documentId: string;
	slug: string;
	title: string;
	summary: string | null;
	description: unknown;
	validUntil: string | null;
	free: boolean;
	barrierFree: string;
	deliveryMode: string;
	topic: { slug: string } | null;
	targetGroups: { slug: string }[];
	languages: { code: string }[];
	municipalities: { slug: string }[];
	openingHours: { temporarilyClosed: boolean | null; closedUntil: string | null } | null;
	ar: { title: string | null; fallbackFields: string[] };
}

const OFFERINGS_QUERY = `
	query AllOfferings($page: Int!) {
		offerings_connection(pagination: { page: $page, pageSize: 100 }, sort: ["slug:asc"]) {
			pageInfo { pageCount }
			nodes {
				documentId slug title summary description validUntil free barrierFree deliveryMode
				topic { slug }
				targetGroups(pagination: { pageSize: 100 }) { slug }
				languages(pagination: { pageSize: 100 }) { code }
				municipalities(pagination: { pageSize: 100 }) { slug }
				openingHours { temporarilyClosed closedUntil }
				ar: localized(locale: "ar") { title fallbackFields }
			}
		}
	}`;

/** Every offering the public can see in the CMS (published, not withdrawn), all pages of them. */
export async function cmsOfferings(): Promise<CmsOffering[]> {
	const out: CmsOffering[] = [];
	for (let page = 1; page <= 100; page++) {
		const data = await gql(OFFERINGS_QUERY, { page });
		out.push(...data.offerings_connection.nodes);
		if (page >= data.offerings_connection.pageInfo.pageCount) break;
	}
	return out;
}

/** Still offered on `today`: no end date, or ending today or later. */
export const isCurrent = (offering: Pick<CmsOffering, 'validUntil'>, today = berlinToday()) =>
	!offering.validUntil || offering.validUntil >= today;

/** Marked "temporarily closed" on `today`: closed, with no reopening date or one not yet passed. */
export const isTemporarilyClosed = (offering: Pick<CmsOffering, 'openingHours'>, today = berlinToday()) =>
	Boolean(offering.openingHours?.temporarilyClosed) && (!offering.openingHours?.closedUntil || offering.openingHours.closedUntil >= today);

export interface CmsMunicipality {
	slug: string;
	name: string;
	kind: 'unitary_municipality' | 'collective_municipality' | 'member_municipality';
	members: { slug: string }[];
}

export async function cmsMunicipalities(): Promise<CmsMunicipality[]> {
	const data = await gql(`{ municipalities(pagination: { pageSize: 200 }) { slug name kind members(pagination: { pageSize: 200 }) { slug } } }`);
	return data.municipalities;
}

/** Slugs of the published entries of a collection type (first `limit`, sorted by slug). */
export async function cmsSlugs(collection: 'actors' | 'municipalities' | 'workingGroups', limit = 100): Promise<string[]> {
	const data = await gql(`{ items: ${collection}(pagination: { pageSize: ${limit} }, sort: ["slug:asc"]) { slug } }`);
	return data.items.map((item: { slug: string }) => item.slug).filter(Boolean);
}

export interface CmsEvent {
	documentId: string;
	slug: string;
	title: string;
	startsAt: string;
	endsAt: string | null;
}

/** Every public event (the feed's promise: "an iCal feed of all public events"). */
export async function cmsPublicEvents(): Promise<CmsEvent[]> {
	const out: CmsEvent[] = [];
	for (let page = 1; page <= 100; page++) {
		const data = await gql(
			`query ($page: Int!) { events_connection(filters: { visibility: { eq: "public" } }, pagination: { page: $page, pageSize: 100 }, sort: ["slug:asc"]) {
				pageInfo { pageCount } nodes { documentId slug title startsAt endsAt } } }`,
			{ page }
		);
		out.push(...data.events_connection.nodes);
		if (page >= data.events_connection.pageInfo.pageCount) break;
	}
	return out;
}

/** Slugs of the German news articles (every article exists in German). */
export async function cmsNewsSlugs(): Promise<string[]> {
	const data = await gql(`{ newsArticles(locale: "de", pagination: { pageSize: 100 }, sort: ["slug:asc"]) { slug } }`);
	return data.newsArticles.map((article: { slug: string }) => article.slug);
}

/** Plain text of Strapi blocks (paragraph texts joined), to look for in a page. */
export function blocksText(blocks: unknown): string[] {
	const out: string[] = [];
	const walk = (node: unknown) => {
		if (Array.isArray(node)) return node.forEach(walk);
		if (!node || typeof node !== 'object') return;
		const record = node as { type?: string; text?: unknown; children?: unknown };
		if (record.type === 'paragraph' || record.type === 'heading' || record.type === 'list-item') {
			const text = inlineText(record.children).trim();
			if (text) out.push(text);
			return;
		}
		walk(record.children);
	};
	const inlineText = (children: unknown): string =>
		Array.isArray(children)
			? children.map((child) => (child && typeof child === 'object' ? (typeof child.text === 'string' ? child.text : inlineText(child.children)) : '')).join('')
			: '';
	walk(blocks);
	return out;
}

// --- the site's UI messages -----------------------------------------------------------------------

const catalogues = new Map<string, Record<string, string>>();

/**
 * A UI message of the site in a locale, from its message catalogue (web/messages/{locale}.json),
 * with `{name}` parameters filled in. Used to recognise a notice in a page, not to dictate wording.
 */
export function message(locale: string, key: string, params: Record<string, string | number> = {}): string {
	let catalogue = catalogues.get(locale);
	if (!catalogue) {
		catalogue = JSON.parse(readFileSync(path.join(webDir, 'messages', `${locale}.json`), 'utf8')) as Record<string, string>;
		catalogues.set(locale, catalogue);
	}
	const template = catalogue[key];
	if (typeof template !== 'string') throw new Error(`no message ${key} in ${locale}`);
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

// --- HTML ---------------------------------------------------------------------------------------------

export function htmlAttribute(html: string, attribute: 'lang' | 'dir'): string | undefined {
	return html.match(new RegExp(`<html\\b[^>]*\\b${attribute}="([^"]*)"`, 'i'))?.[1];
}

/** The `<link rel="alternate" hreflang>` links of a page: hreflang → href. */
export function hreflangAlternates(html: string): Map<string, string> {
	const links = new Map<string, string>();
	for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
		if (!/\brel="alternate"/i.test(tag)) continue;
		const hreflang = tag.match(/\bhreflang="([^"]*)"/i)?.[1];
		const href = tag.match(/\bhref="([^"]*)"/i)?.[1];
		if (hreflang && href) links.set(hreflang, decodeEntities(href));
	}
	return links;
}

export function decodeEntities(text: string): string {
	return text
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&amp;/g, '&');
}

/** The visible text of an HTML string, roughly: no tags, comments, scripts or styles; entities decoded; spaces collapsed. */
export function textOf(html: string): string {
	return decodeEntities(
		html
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
			.replace(/<[^>]+>/g, ' ')
	)
		.replace(/\s+/g, ' ')
		.trim();
}

/** Inner HTML of the page's `<main>` (empty string if there is none). */
export function mainOf(html: string): string {
	return html.match(/<main\b[^>]*>([\s\S]*?)<\/main>/i)?.[1] ?? '';
}

/** Paths of the offering detail pages linked from an HTML fragment (`/{locale}/angebote/{slug}` → slug). */
export function offeringSlugsLinked(html: string, locale: string): string[] {
	const pattern = new RegExp(`href="(?:${escapeRegExp(siteUrl())})?/${locale}/angebote/([a-z0-9-]+)"`, 'g');
	return [...html.matchAll(pattern)].map((match) => match[1]);
}

export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Unfolded content lines of an iCalendar file. */
export function icsLines(ics: string): string[] {
	return ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
}

// --- the offerings list in a browser -----------------------------------------------------------------------

export interface ListedOfferings {
	/** every offering slug shown, over all pages, in order */
	slugs: string[];
	/** the result count each page announced */
	counts: number[];
	/** the URLs of the pages visited */
	pages: string[];
}

/**
 * From the list page the browser is on, collects the offerings shown on it and on every following
 * page, going on through the pagination's "next" link as a visitor would (works with JavaScript off).
 */
export async function collectOfferingList(page: Page, locale: string): Promise<ListedOfferings> {
	const result: ListedOfferings = { slugs: [], counts: [], pages: [] };
	for (let guard = 0; guard < 200; guard++) {
		result.pages.push(page.url());
		const results = page.locator('section.results');
		const html = (await results.count()) > 0 ? await results.innerHTML() : await page.locator('main').innerHTML();
		result.slugs.push(...new Set(offeringSlugsLinked(html, locale)));
		const countText = await page.locator('.results-count').first().innerText();
		const count = countText.match(/\d+/)?.[0];
		result.counts.push(count === undefined ? Number.NaN : Number(count));
		const next = page.locator('nav.pagination a[rel="next"]');
		if ((await next.count()) === 0) return result;
		const response = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), next.first().click()]).then(([r]) => r);
		if (response && response.status() !== 200) throw new Error(`pagination page ${page.url()} answered ${response.status()}`);
	}
	throw new Error('more than 200 pages of offerings: the pagination does not end');
}

/** The offerings a GET of the list (with this query string) shows over all its pages. */
export async function offeringListAt(page: Page, locale: string, query: string): Promise<ListedOfferings> {
	const response = await page.goto(`/${locale}/angebote${query}`, { waitUntil: 'load' });
	if (response?.status() !== 200) throw new Error(`/${locale}/angebote${query} answered ${response?.status()}`);
	return collectOfferingList(page, locale);
}

// --- one page of every type ----------------------------------------------------------------------------

export interface PageType {
	type: string;
	/** path after the locale: '' for home, '/angebote', … */
	path: string;
}

/** The municipality with the most current offerings (a Verbandsgemeinde with its members), and their slugs. */
export function busiestMunicipality(current: CmsOffering[], municipalities: CmsMunicipality[]): { municipality: CmsMunicipality; offerings: string[] } {
	const ranked = municipalities.map((municipality) => {
		const scope = new Set([municipality.slug, ...(municipality.kind === 'collective_municipality' ? municipality.members.map((m) => m.slug) : [])]);
		return { municipality, offerings: current.filter((o) => o.municipalities.some((m) => scope.has(m.slug))).map((o) => o.slug) };
	});
	return ranked.sort((a, b) => b.offerings.length - a.offerings.length)[0];
}

/**
 * One page of every HTML page type, the detail pages picked from the CMS: a current offering,
 * the first actor, a unitary municipality and a Verbandsgemeinde, the first working group, an
 * upcoming public event (else any) and the first news article.
 */
export async function samplePageTypes(): Promise<PageType[]> {
	const today = berlinToday();
	const [offerings, actors, workingGroups, events, news, municipalities] = await Promise.all([
		cmsOfferings(),
		cmsSlugs('actors', 1),
		cmsSlugs('workingGroups', 1),
		cmsPublicEvents(),
		cmsNewsSlugs(),
		cmsMunicipalities()
	]);
	const offering = offerings.find((o) => isCurrent(o, today));
	const now = Date.now();
	const event =
		events.filter((e) => Date.parse(e.endsAt ?? e.startsAt) >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0] ?? events[0];
	const unitary = municipalities.filter((m) => m.kind === 'unitary_municipality').sort((a, b) => a.slug.localeCompare(b.slug))[0];
	const collective = municipalities.filter((m) => m.kind === 'collective_municipality').sort((a, b) => a.slug.localeCompare(b.slug))[0];
	if (!offering || !actors[0] || !workingGroups[0] || !event || !news[0] || !unitary || !collective) {
		throw new Error('the demo data lacks an entry of some page type');
	}
	return [
		{ type: 'home', path: '' },
		{ type: 'offerings list', path: '/angebote' },
		{ type: 'offering detail', path: `/angebote/${offering.slug}` },
		{ type: 'actors list', path: '/akteure' },
		{ type: 'actor detail', path: `/akteure/${actors[0]}` },
		{ type: 'municipalities list', path: '/gemeinden' },
		{ type: 'municipality detail', path: `/gemeinden/${unitary.slug}` },
		{ type: 'Verbandsgemeinde detail', path: `/gemeinden/${collective.slug}` },
		{ type: 'municipality detail, second page of offerings', path: `/gemeinden/${busiestMunicipality(offerings.filter((o) => isCurrent(o, today)), municipalities).municipality.slug}?seite=2` },
		{ type: 'working groups list', path: '/arbeitskreise' },
		{ type: 'working group detail', path: `/arbeitskreise/${workingGroups[0]}` },
		{ type: 'events list', path: '/termine' },
		{ type: 'past events list', path: '/termine?zeitraum=vergangen' },
		{ type: 'event detail', path: `/termine/${event.slug}` },
		{ type: 'news list', path: '/aktuelles' },
		{ type: 'news detail', path: `/aktuelles/${news[0]}` },
		{ type: 'search', path: '/suche' },
		{ type: 'search results', path: '/suche?q=Beratung' },
		{ type: 'network', path: '/netzwerk' },
		{ type: 'contact', path: '/kontakt' },
		{ type: 'imprint', path: '/impressum' },
		{ type: 'privacy', path: '/datenschutz' },
		{ type: 'accessibility statement', path: '/barrierefreiheit' },
		{ type: 'easy language', path: '/leichte-sprache' }
	];
}

// --- the sitemap --------------------------------------------------------------------------------

/**
 * The sitemap as a crawler reads it: the index at /sitemap.xml, then every part it lists, each
 * parsed by a strict XML parser (the sitemap package's, sax in strict mode), which throws on XML
 * that is not well-formed. Every URL of every part, and every response on the way.
 */
export async function sitemapUrls(): Promise<{ index: string[]; urls: string[]; responses: Array<{ hops: Hop[]; final: Hop; body: string }> }> {
	const root = await fetchSite('/sitemap.xml');
	if (root.final.status !== 200) throw new Error(`/sitemap.xml answered ${root.final.status}`);
	const index = (await parseSitemapIndex(Readable.from([root.body]))).map((part) => part.url);
	const responses = [root];
	const urls: string[] = [];
	for (const part of index) {
		const response = await fetchSite(new URL(part).pathname);
		if (response.final.status !== 200) throw new Error(`${part} answered ${response.final.status}`);
		responses.push(response);
		urls.push(...(await parseSitemap(Readable.from([response.body]))).map((item) => item.url));
	}
	return { index, urls, responses };
}
