/**
 * Every public page of the site, for the sitemap (lib/sitemap.ts; ended offerings are left out).
 * The CMS is paged through to the end (no cap); the entries are kept for ten minutes and dropped on
 * any content change.
 */
import { cms } from '../cms.ts';
import { graphql } from '../graphql/generated/gql.ts';
import { berlinDate } from '../i18n.ts';
import type { SitemapEntry } from '../sitemap.ts';
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
onContentChange(() => cache.clear());

export function sitemapEntries(): Promise<SitemapEntry[]> {
	return cache.get('all');
}
