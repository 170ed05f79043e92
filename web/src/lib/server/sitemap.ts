/**
 * Every public page of the site, for the sitemap (lib/sitemap.ts; ended offerings are left out).
 * The CMS is paged through to the end (no cap); the entries are kept for ten minutes and dropped on
 * any content change.
 */
import { cms } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import { berlinDate, LOCALE_CODES } from '../i18n.ts';
import { sitemapIndexXml, sitemapItems, sitemapPartCount, sitemapPartXml, type SitemapEntry } from '../sitemap.ts';
import { ttlCache } from './cache.ts';
import { onContentChange } from './content-changes.ts';

const SitemapQuery = graphql(`
	query Sitemap($page: Int!, $today: Date!) {
		offerings_connection(filters: { or: [{ validUntil: { null: true } }, { validUntil: { gte: $today } }] }, pagination: { page: $page, pageSize: 100 }, sort: ["slug:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				slug
				updatedAt
			}
		}
		actors_connection(pagination: { page: $page, pageSize: 100 }, sort: ["slug:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				slug
				updatedAt
			}
		}
		events_connection(filters: { visibility: { eq: "public" } }, pagination: { page: $page, pageSize: 100 }, sort: ["slug:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				slug
				updatedAt
			}
		}
		newsArticles_connection(locale: "de", pagination: { page: $page, pageSize: 100 }, sort: ["slug:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				slug
				updatedAt
			}
		}
		municipalities_connection(pagination: { page: $page, pageSize: 100 }, sort: ["slug:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				slug
			}
		}
		workingGroups_connection(pagination: { page: $page, pageSize: 100 }, sort: ["slug:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				slug
				updatedAt
			}
		}
	}
`);

export const STATIC_PATHS = [
	'',
	'/angebote',
	'/akteure',
	'/termine',
	'/aktuelles',
	'/gemeinden',
	'/arbeitskreise',
	'/netzwerk',
	'/kontakt',
	'/impressum',
	'/datenschutz',
	'/barrierefreiheit',
	'/leichte-sprache'
];

async function fetchEntries(): Promise<SitemapEntry[]> {
	const entries: SitemapEntry[] = STATIC_PATHS.map((path) => ({ path, lastModified: null }));
	const today = berlinDate();
	for (let page = 1; ; page++) {
		const data = await cms.request(SitemapQuery, { page, today });
		const add = (prefix: string, nodes: { slug?: string | null; updatedAt?: string | null }[] | undefined) => {
			for (const node of nodes ?? []) if (node.slug) entries.push({ path: `${prefix}/${node.slug}`, lastModified: node.updatedAt ?? null });
		};
		add('/angebote', data.offerings_connection?.nodes);
		add('/akteure', data.actors_connection?.nodes);
		add('/termine', data.events_connection?.nodes);
		add('/aktuelles', data.newsArticles_connection?.nodes);
		add('/gemeinden', data.municipalities_connection?.nodes);
		add('/arbeitskreise', data.workingGroups_connection?.nodes);
		const more = [
			data.offerings_connection,
			data.actors_connection,
			data.events_connection,
			data.newsArticles_connection,
			data.municipalities_connection,
			data.workingGroups_connection
		].some((connection) => (connection?.pageInfo.pageCount ?? 0) > page);
		if (!more) return entries;
	}
}

const cache = ttlCache<'all', SitemapEntry[]>(10 * 60_000, fetchEntries);

/**
 * Rendered parts by number (rendering 45,000 URLs takes about a second), written with a stand-in
 * origin that is replaced per request, so the cache holds at most one string per existing part
 * whatever Host a request names.
 */
const LOCALE_COUNT = LOCALE_CODES.length;
const STAND_IN = 'https://sitemap-origin.invalid';
const parts = new Map<number, Promise<string | null>>();

onContentChange(() => {
	cache.clear();
	parts.clear();
});

export function sitemapEntries(): Promise<SitemapEntry[]> {
	return cache.get('all');
}

/** The sitemap index for `origin`. */
export async function sitemapIndex(origin: string): Promise<string> {
	return sitemapIndexXml(origin, sitemapPartCount(sitemapItems(origin, await sitemapEntries()).length));
}

/** Part `part` of the sitemap for `origin`, or null if there is no such part. */
export async function sitemapPart(origin: string, part: number): Promise<string | null> {
	const entries = await sitemapEntries();
	if (part < 1 || part > sitemapPartCount(entries.length * LOCALE_COUNT)) return null;
	let rendered = parts.get(part);
	if (!rendered) {
		rendered = sitemapPartXml(sitemapItems(STAND_IN, entries), part);
		parts.set(part, rendered);
		rendered.catch(() => parts.delete(part));
	}
	const xml = await rendered;
	// the stand-in sits in XML text: the origin goes in escaped the way the sitemap package escapes text
	return xml === null ? null : xml.replaceAll(STAND_IN, origin.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}
