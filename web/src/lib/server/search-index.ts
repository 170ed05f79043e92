/**
 * The search index of one locale: every current offering, actor, public event, news article and
 * page, with its German text and its text in that locale. Built from GraphQL and kept for a
 * minute, so that searching does not query the CMS for every visitor; ended offerings are left
 * out like everywhere else on the site.
 */
import { cms } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import { blocksToText } from '../blocks.ts';
import { berlinDate, type Locale } from '../i18n.ts';
import { indexDocument, type IndexedDocument, type SearchDocument } from '../search.ts';
import { ttlCache } from './cache.ts';
import { pagePath } from '../page-paths.ts';

const MAX_PAGES = 50;

const SearchOfferingsQuery = graphql(`
	query SearchOfferings($locale: String!, $today: Date!, $page: Int!) {
		offerings_connection(filters: { or: [{ validUntil: { null: true } }, { validUntil: { gte: $today } }] }, pagination: { page: $page, pageSize: 100 }, sort: ["title:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				slug
				title
				summary
				description
				localized(locale: $locale) {
					title
					summary
					description
					fallbackFields
				}
			}
		}
	}
`);

const SearchActorsQuery = graphql(`
	query SearchActors($locale: String!, $page: Int!) {
		actors_connection(pagination: { page: $page, pageSize: 100 }, sort: ["name:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				slug
				name
				shortDescription
				description
				localized(locale: $locale) {
					name
					shortDescription
					description
					fallbackFields
				}
			}
		}
	}
`);

const SearchEventsQuery = graphql(`
	query SearchEvents($locale: String!, $page: Int!) {
		events_connection(filters: { visibility: { eq: "public" } }, pagination: { page: $page, pageSize: 100 }, sort: ["startsAt:desc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				slug
				title
				summary
				description
				startsAt
				localized(locale: $locale) {
					title
					summary
					description
					fallbackFields
				}
			}
		}
	}
`);

const SearchNewsQuery = graphql(`
	query SearchNews($locale: I18NLocaleCode, $page: Int!) {
		newsArticles_connection(locale: $locale, pagination: { page: $page, pageSize: 100 }, sort: ["date:desc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				slug
				title
				summary
				body
				date
			}
		}
	}
`);

const SearchPagesQuery = graphql(`
	query SearchPages($locale: I18NLocaleCode) {
		pages(locale: $locale, pagination: { pageSize: 100 }) {
			key
			slug
			title
			summary
			body
		}
	}
`);

/** Fetches pages 1…n of a paginated query until its pageCount. */
async function allPages<T>(fetch: (page: number) => Promise<{ nodes: T[]; pageCount: number }>): Promise<T[]> {
	const out: T[] = [];
	for (let page = 1; page <= MAX_PAGES; page++) {
		const { nodes, pageCount } = await fetch(page);
		out.push(...nodes);
		if (page >= pageCount) break;
	}
	return out;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

async function buildIndex(locale: Locale): Promise<IndexedDocument[]> {
	const today = berlinDate();
	const [offerings, actors, events, newsDe, newsLocale, pagesDe, pagesLocale] = await Promise.all([
		allPages(async (page) => {
			const data = await cms.request(SearchOfferingsQuery, { locale, today, page });
			return { nodes: data.offerings_connection?.nodes ?? [], pageCount: data.offerings_connection?.pageInfo.pageCount ?? 0 };
		}),
		allPages(async (page) => {
			const data = await cms.request(SearchActorsQuery, { locale, page });
			return { nodes: data.actors_connection?.nodes ?? [], pageCount: data.actors_connection?.pageInfo.pageCount ?? 0 };
		}),
		allPages(async (page) => {
			const data = await cms.request(SearchEventsQuery, { locale, page });
			return { nodes: data.events_connection?.nodes ?? [], pageCount: data.events_connection?.pageInfo.pageCount ?? 0 };
		}),
		allPages(async (page) => {
			const data = await cms.request(SearchNewsQuery, { locale: 'de', page });
			return { nodes: data.newsArticles_connection?.nodes ?? [], pageCount: data.newsArticles_connection?.pageInfo.pageCount ?? 0 };
		}),
		locale === 'de'
			? Promise.resolve([])
			: allPages(async (page) => {
					const data = await cms.request(SearchNewsQuery, { locale, page });
					return { nodes: data.newsArticles_connection?.nodes ?? [], pageCount: data.newsArticles_connection?.pageInfo.pageCount ?? 0 };
				}),
		cms.request(SearchPagesQuery, { locale: 'de' }).then((data) => data.pages),
		locale === 'de' ? Promise.resolve([]) : cms.request(SearchPagesQuery, { locale }).then((data) => data.pages)
	]);

	const documents: SearchDocument[] = [];

	for (const o of offerings) {
		if (!o.slug) continue;
		documents.push({
			type: 'offering',
			path: `${locale}/angebote/${o.slug}`,
			title: o.localized.title ?? o.title,
			summary: o.localized.summary ?? o.summary ?? null,
			fallback: o.localized.fallbackFields.includes('title'),
			fields: {
				title: [o.title, text(o.localized.title)],
				summary: [text(o.summary), text(o.localized.summary)],
				body: [blocksToText(o.description), blocksToText(o.localized.description)]
			}
		});
	}
	for (const a of actors) {
		if (!a.slug) continue;
		documents.push({
			type: 'actor',
			path: `${locale}/akteure/${a.slug}`,
			title: a.localized.name ?? a.name,
			summary: a.localized.shortDescription ?? a.shortDescription ?? null,
			fallback: false,
			fields: {
				title: [a.name, text(a.localized.name)],
				summary: [text(a.shortDescription), text(a.localized.shortDescription)],
				body: [blocksToText(a.description), blocksToText(a.localized.description)]
			}
		});
	}
	for (const e of events) {
		if (!e.slug) continue;
		documents.push({
			type: 'event',
			path: `${locale}/termine/${e.slug}`,
			title: e.localized.title ?? e.title,
			summary: e.localized.summary ?? e.summary ?? null,
			fallback: e.localized.fallbackFields.includes('title'),
			date: e.startsAt,
			fields: {
				title: [e.title, text(e.localized.title)],
				summary: [text(e.summary), text(e.localized.summary)],
				body: [blocksToText(e.description), blocksToText(e.localized.description)]
			}
		});
	}
	for (const article of newsDe) {
		if (!article.slug) continue;
		const translated = newsLocale.find((t) => t.slug === article.slug);
		documents.push({
			type: 'news',
			path: `${locale}/aktuelles/${article.slug}`,
			title: translated?.title ?? article.title,
			summary: translated ? (translated.summary ?? null) : (article.summary ?? null),
			fallback: locale !== 'de' && !translated,
			date: article.date,
			fields: {
				title: [article.title, text(translated?.title)],
				summary: [text(article.summary), text(translated?.summary)],
				body: [blocksToText(article.body), blocksToText(translated?.body)]
			}
		});
	}
	for (const page of pagesDe) {
		if (!page) continue;
		const path = pagePath(page.key);
		if (!path) continue;
		const translated = pagesLocale.find((t) => t?.key === page.key);
		documents.push({
			type: 'page',
			path: `${locale}/${path}`,
			title: translated?.title ?? page.title,
			summary: translated ? (translated.summary ?? null) : (page.summary ?? null),
			fallback: locale !== 'de' && !translated,
			fields: {
				title: [page.title, text(translated?.title)],
				summary: [text(page.summary), text(translated?.summary)],
				body: [blocksToText(page.body), blocksToText(translated?.body)]
			}
		});
	}
	return documents.map(indexDocument);
}

const cache = ttlCache<Locale, IndexedDocument[]>(60_000, buildIndex);

export function getSearchIndex(locale: Locale): Promise<IndexedDocument[]> {
	return cache.get(locale);
}
