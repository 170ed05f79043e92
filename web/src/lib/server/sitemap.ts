/** Every public URL of the site, for sitemap.xml (ended offerings are left out). */
import { cms } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import { berlinDate, LOCALE_CODES } from '../i18n.ts';

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

export interface SitemapEntry {
	/** path after the locale, e.g. "/angebote/x" */
	path: string;
	lastModified: string | null;
}

export async function sitemapEntries(): Promise<SitemapEntry[]> {
	const entries: SitemapEntry[] = STATIC_PATHS.map((path) => ({ path, lastModified: null }));
	const today = berlinDate();
	for (let page = 1; page <= 50; page++) {
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
		if (!more) break;
	}
	return entries;
}

function escapeXml(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * sitemap.xml: each page in every locale. The language alternates are on the pages themselves
 * (<link rel="alternate" hreflang>); repeating them here would multiply the file by nine.
 */
export function sitemapXml(origin: string, entries: SitemapEntry[]): string {
	const urls: string[] = [];
	for (const entry of entries) {
		const lastmod = entry.lastModified ? `<lastmod>${escapeXml(entry.lastModified.slice(0, 10))}</lastmod>` : '';
		for (const locale of LOCALE_CODES) {
			urls.push(`<url><loc>${escapeXml(`${origin}/${locale}${entry.path}`)}</loc>${lastmod}</url>`);
		}
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
