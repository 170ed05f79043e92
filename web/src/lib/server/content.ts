/**
 * Strapi-localized content: news articles, pages and the global settings. Each exists as one
 * complete version per locale; where the visitor's locale has none, the German one is shown and
 * marked as a fallback.
 */
import { cms, withGermanFallback } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import type { Enum_Page_Key } from '../graphql/generated/graphql.ts';
import { PAGE_SIZE } from '../facets.ts';
import type { Locale } from '../i18n.ts';

// ------------------------------------------------------------------------------ global settings

const GlobalQuery = graphql(`
	query Global($locale: I18NLocaleCode) {
		global(locale: $locale) {
			siteName
			motto
			intro
			locale
			contact {
				contactPerson
				email
				phone
				website
			}
			address {
				street
				postalCode
				city
			}
		}
	}
`);

export async function getGlobal(locale: Locale) {
	return withGermanFallback(locale, async (l) => (await cms.request(GlobalQuery, { locale: l })).global ?? null);
}

// ------------------------------------------------------------------------------ retention periods

const RetentionPolicyQuery = graphql(`
	query RetentionPolicy {
		retentionPolicy {
			handledMonths
			openMonths
			accountMonths
			registrationMonths
		}
	}
`);

/** How long the CMS keeps personal data (its retention job runs on the same settings). */
export async function getRetentionPolicy() {
	return (await cms.request(RetentionPolicyQuery, {})).retentionPolicy;
}

// ------------------------------------------------------------------------------ pages

export type PageKey = Enum_Page_Key;

const PagesByKeyQuery = graphql(`
	query PagesByKey($locale: I18NLocaleCode, $keys: [String]) {
		pages(locale: $locale, filters: { key: { in: $keys } }, pagination: { pageSize: 20 }) {
			documentId
			key
			slug
			title
			summary
			body
			updatedAt
			locale
		}
	}
`);

type PageNode = NonNullable<Awaited<ReturnType<typeof fetchPages>>[number]>;

async function fetchPages(locale: Locale, keys: PageKey[]) {
	return (await cms.request(PagesByKeyQuery, { locale, keys })).pages;
}

/** Pages by key, each in the visitor's locale or else in German (`fallback: true`). */
export async function getPages(locale: Locale, keys: PageKey[]) {
	const wanted = await fetchPages(locale, keys);
	const missing = locale === 'de' ? [] : keys.filter((key) => !wanted.some((page) => page?.key === key));
	const german = missing.length > 0 ? await fetchPages('de', missing) : [];
	const result = new Map<PageKey, { page: PageNode; fallback: boolean }>();
	for (const page of wanted) if (page) result.set(page.key, { page, fallback: false });
	for (const page of german) if (page && !result.has(page.key)) result.set(page.key, { page, fallback: true });
	return result;
}

export async function getPage(locale: Locale, key: PageKey) {
	return (await getPages(locale, [key])).get(key) ?? null;
}

// ------------------------------------------------------------------------------ news

const NewsListQuery = graphql(`
	query NewsList($page: Int!, $pageSize: Int!) {
		newsArticles_connection(locale: "de", pagination: { page: $page, pageSize: $pageSize }, sort: ["date:desc", "title:asc"]) {
			pageInfo {
				total
				page
				pageSize
				pageCount
			}
			nodes {
				documentId
				slug
				title
				summary
				date
				responsiblePerson
			}
		}
	}
`);

const NewsTranslationsQuery = graphql(`
	query NewsTranslations($locale: I18NLocaleCode, $slugs: [String]) {
		newsArticles(locale: $locale, filters: { slug: { in: $slugs } }, pagination: { pageSize: 100 }) {
			slug
			title
			summary
		}
	}
`);

/**
 * News, newest first. The list is the German one (every article exists in German); titles and
 * summaries are replaced by the visitor's locale where that version exists.
 */
export async function listNews(locale: Locale, page: number, pageSize = PAGE_SIZE) {
	const data = await cms.request(NewsListQuery, { page, pageSize });
	const connection = data.newsArticles_connection;
	const nodes = connection?.nodes ?? [];
	const slugs = nodes.map((node) => node.slug).filter((slug): slug is string => Boolean(slug));
	const translations =
		locale !== 'de' && slugs.length > 0 ? (await cms.request(NewsTranslationsQuery, { locale, slugs })).newsArticles : [];
	return {
		pageInfo: connection?.pageInfo ?? { total: 0, page: 1, pageSize, pageCount: 0 },
		items: nodes.map((node) => {
			const translated = translations.find((t) => t?.slug === node.slug);
			return {
				documentId: node.documentId,
				slug: node.slug ?? '',
				title: translated?.title ?? node.title,
				summary: translated ? (translated.summary ?? null) : (node.summary ?? null),
				date: node.date,
				responsiblePerson: node.responsiblePerson,
				fallback: locale !== 'de' && !translated
			};
		})
	};
}

export type NewsListItem = Awaited<ReturnType<typeof listNews>>['items'][number];

const NewsDetailQuery = graphql(`
	query NewsDetail($locale: I18NLocaleCode, $slug: String!) {
		newsArticles(locale: $locale, filters: { slug: { eq: $slug } }, pagination: { pageSize: 1 }) {
			documentId
			slug
			title
			summary
			body
			date
			responsiblePerson
			updatedAt
			locale
		}
	}
`);

export async function getNewsArticle(slug: string, locale: Locale) {
	return withGermanFallback(locale, async (l) => (await cms.request(NewsDetailQuery, { locale: l, slug })).newsArticles[0] ?? null);
}
