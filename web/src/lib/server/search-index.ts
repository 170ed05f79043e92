/**
 * Where the search index comes from: every current offering, actor, public event, news article
 * and page, read from the CMS by paging through all of them (no cap), or one of them by documentId;
 * topic and municipality names. `search/keeper.ts` builds the index from these and keeps it current
 * with the content changes the site learns about (lib/server/content-changes.ts).
 */
import pLimit from 'p-limit';
import { cms } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import type { TypedDocumentString } from '../graphql/generated/graphql.ts';
import { blocksToText } from '../blocks.ts';
import { berlinDate, LOCALE_CODES, type Locale } from '../i18n.ts';
import { pagePath } from '../page-paths.ts';
import type { EntryText, Municipality, SearchEntry, SearchIndex, SearchType, Taxonomy } from '../search/engine.ts';
import { SearchKeeper } from '../search/keeper.ts';
import { onContentChange } from './content-changes.ts';

/**
 * Requests to the CMS in flight at once while the index is built (each page holds 100 rows, the
 * CMS's maximum): a build reads every type in nine locales, and a burst of them would slow the
 * CMS for the visitors' own requests and could run into the client's timeout.
 */
const PARALLEL_REQUESTS = 2;

const limit = pLimit(PARALLEL_REQUESTS);

/** `cms.request`, at most PARALLEL_REQUESTS at a time. */
const request = <T, V>(document: TypedDocumentString<T, V>, variables: V): Promise<T> => limit(() => cms.request(document, variables));

const SearchMunicipalitiesQuery = graphql(`
	query SearchMunicipalities($page: Int!) {
		municipalities_connection(pagination: { page: $page, pageSize: 100 }, sort: ["documentId:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				documentId
				slug
				name
				parent {
					documentId
				}
			}
		}
	}
`);

const SearchTopicsQuery = graphql(`
	query SearchTopics($page: Int!) {
		topics_connection(pagination: { page: $page, pageSize: 100 }, sort: ["documentId:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				documentId
				name
				translations(pagination: { pageSize: 10 }) {
					locale
					name
				}
			}
		}
	}
`);

const SearchOfferingsQuery = graphql(`
	query SearchOfferings($today: Date!, $page: Int!, $documentId: ID) {
		offerings_connection(
			filters: { and: [{ or: [{ validUntil: { null: true } }, { validUntil: { gte: $today } }] }, { documentId: { eq: $documentId } }] }
			pagination: { page: $page, pageSize: 100 }
			sort: ["documentId:asc"]
		) {
			pageInfo {
				pageCount
			}
			nodes {
				documentId
				slug
				title
				summary
				description
				validUntil
				translations(pagination: { pageSize: 10 }) {
					locale
					title
					summary
					description
				}
				actor {
					documentId
				}
				topic {
					documentId
				}
				municipalities(pagination: { pageSize: 100 }) {
					documentId
				}
			}
		}
	}
`);

const SearchActorsQuery = graphql(`
	query SearchActors($page: Int!, $documentId: ID) {
		actors_connection(filters: { documentId: { eq: $documentId } }, pagination: { page: $page, pageSize: 100 }, sort: ["documentId:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				documentId
				slug
				name
				shortDescription
				description
				translations(pagination: { pageSize: 10 }) {
					locale
					name
					shortDescription
					description
				}
				municipalities(pagination: { pageSize: 100 }) {
					documentId
				}
			}
		}
	}
`);

const SearchEventsQuery = graphql(`
	query SearchEvents($page: Int!, $documentId: ID) {
		events_connection(
			filters: { and: [{ visibility: { eq: "public" } }, { documentId: { eq: $documentId } }] }
			pagination: { page: $page, pageSize: 100 }
			sort: ["documentId:asc"]
		) {
			pageInfo {
				pageCount
			}
			nodes {
				documentId
				slug
				title
				summary
				description
				startsAt
				organiserName
				translations(pagination: { pageSize: 10 }) {
					locale
					title
					summary
					description
				}
				organiser {
					documentId
				}
				municipality {
					documentId
				}
			}
		}
	}
`);

const SearchNewsQuery = graphql(`
	query SearchNews($locale: I18NLocaleCode, $page: Int!, $documentId: ID) {
		newsArticles_connection(locale: $locale, filters: { documentId: { eq: $documentId } }, pagination: { page: $page, pageSize: 100 }, sort: ["documentId:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				documentId
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
	query SearchPages($locale: I18NLocaleCode, $page: Int!, $documentId: ID) {
		pages_connection(locale: $locale, filters: { documentId: { eq: $documentId } }, pagination: { page: $page, pageSize: 100 }, sort: ["documentId:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				documentId
				key
				slug
				title
				summary
				body
			}
		}
	}
`);

type Page<T> = { nodes: T[]; pageCount: number };

/** Every page of a paginated query: the first, then all the others (as the limit lets them through). No cap. */
async function allPages<T>(fetch: (page: number) => Promise<Page<T>>): Promise<T[]> {
	const first = await fetch(1);
	const rest = await Promise.all(Array.from({ length: Math.max(0, first.pageCount - 1) }, (_, i) => fetch(i + 2)));
	return [...first.nodes, ...rest.flatMap((page) => page.nodes)];
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** German text plus every translation that has any text (empty fields of a translation fall back to German). */
function texts(
	de: EntryText,
	translations: ReadonlyArray<{ locale: string; title: string; summary: string; body: string } | null> | null | undefined
): SearchEntry['text'] {
	const out: SearchEntry['text'] = { de };
	for (const t of translations ?? []) {
		if (!t || t.locale === 'de' || !(LOCALE_CODES as readonly string[]).includes(t.locale)) continue;
		if (!t.title && !t.summary && !t.body) continue;
		out[t.locale as Locale] = { title: t.title, summary: t.summary, body: t.body };
	}
	return out;
}

// --- fetching -----------------------------------------------------------------------------

async function fetchTaxonomy(): Promise<Taxonomy> {
	const [municipalities, topics] = await Promise.all([
		allPages(async (page) => {
			const data = await request(SearchMunicipalitiesQuery, { page });
			return { nodes: data.municipalities_connection?.nodes ?? [], pageCount: data.municipalities_connection?.pageInfo.pageCount ?? 0 };
		}),
		allPages(async (page) => {
			const data = await request(SearchTopicsQuery, { page });
			return { nodes: data.topics_connection?.nodes ?? [], pageCount: data.topics_connection?.pageInfo.pageCount ?? 0 };
		})
	]);
	return {
		municipalities: new Map(
			municipalities.map((m): [string, Municipality] => [m.documentId, { slug: m.slug ?? '', name: m.name, parentId: m.parent?.documentId ?? null }])
		),
		topics: new Map(
			topics.map((t) => {
				const names: Partial<Record<Locale, string>> = { de: t.name };
				for (const translation of t.translations ?? []) if (translation?.name) names[translation.locale as Locale] = translation.name;
				return [t.documentId, names];
			})
		)
	};
}

async function fetchOfferings(documentId?: string): Promise<SearchEntry[]> {
	const today = berlinDate();
	const nodes = await allPages(async (page) => {
		const data = await request(SearchOfferingsQuery, { today, page, documentId });
		return { nodes: data.offerings_connection?.nodes ?? [], pageCount: data.offerings_connection?.pageInfo.pageCount ?? 0 };
	});
	return nodes.flatMap((o) =>
		o.slug
			? [
					{
						id: `offering:${o.documentId}`,
						type: 'offering' as const,
						path: `angebote/${o.slug}`,
						validUntil: o.validUntil ?? null,
						text: texts(
							{ title: o.title, summary: str(o.summary), body: blocksToText(o.description) },
							o.translations?.map((t) => t && { locale: t.locale, title: str(t.title), summary: str(t.summary), body: blocksToText(t.description) })
						),
						actorId: o.actor?.documentId ?? null,
						topicId: o.topic?.documentId ?? null,
						municipalityIds: o.municipalities.flatMap((m) => (m ? [m.documentId] : []))
					}
				]
			: []
	);
}

async function fetchActors(documentId?: string): Promise<SearchEntry[]> {
	const nodes = await allPages(async (page) => {
		const data = await request(SearchActorsQuery, { page, documentId });
		return { nodes: data.actors_connection?.nodes ?? [], pageCount: data.actors_connection?.pageInfo.pageCount ?? 0 };
	});
	return nodes.flatMap((a) =>
		a.slug
			? [
					{
						id: `actor:${a.documentId}`,
						type: 'actor' as const,
						path: `akteure/${a.slug}`,
						text: texts(
							{ title: a.name, summary: str(a.shortDescription), body: blocksToText(a.description) },
							a.translations?.map((t) => t && { locale: t.locale, title: str(t.name), summary: str(t.shortDescription), body: blocksToText(t.description) })
						),
						municipalityIds: a.municipalities.flatMap((m) => (m ? [m.documentId] : []))
					}
				]
			: []
	);
}

async function fetchEvents(documentId?: string): Promise<SearchEntry[]> {
	const nodes = await allPages(async (page) => {
		const data = await request(SearchEventsQuery, { page, documentId });
		return { nodes: data.events_connection?.nodes ?? [], pageCount: data.events_connection?.pageInfo.pageCount ?? 0 };
	});
	return nodes.flatMap((e) =>
		e.slug
			? [
					{
						id: `event:${e.documentId}`,
						type: 'event' as const,
						path: `termine/${e.slug}`,
						date: e.startsAt,
						text: texts(
							{ title: e.title, summary: str(e.summary), body: blocksToText(e.description) },
							e.translations?.map((t) => t && { locale: t.locale, title: str(t.title), summary: str(t.summary), body: blocksToText(t.description) })
						),
						actorId: e.organiser?.documentId ?? null,
						organiserName: e.organiserName ?? null,
						municipalityIds: e.municipality ? [e.municipality.documentId] : []
					}
				]
			: []
	);
}

/**
 * News and pages are localized by Strapi: one version per locale, sharing the documentId. The
 * German version is the entry (its slug is the path); the others are its translations.
 */
async function fetchLocalized(type: 'news' | 'page', documentId?: string): Promise<SearchEntry[]> {
	type Node = { documentId: string; slug?: string | null; key?: string | null; title: string; summary?: string | null; body?: unknown; date?: string | null };
	const fetchLocale = (locale: Locale) =>
		allPages<Node>(async (page) => {
			if (type === 'news') {
				const data = await request(SearchNewsQuery, { locale, page, documentId });
				return { nodes: data.newsArticles_connection?.nodes ?? [], pageCount: data.newsArticles_connection?.pageInfo.pageCount ?? 0 };
			}
			const data = await request(SearchPagesQuery, { locale, page, documentId });
			return { nodes: data.pages_connection?.nodes ?? [], pageCount: data.pages_connection?.pageInfo.pageCount ?? 0 };
		});
	const [german, ...others] = await Promise.all(LOCALE_CODES.map(fetchLocale));
	const text = (node: Node): EntryText => ({ title: node.title, summary: str(node.summary), body: blocksToText(node.body) });
	const entries: SearchEntry[] = [];
	for (const node of german) {
		const path = type === 'news' ? (node.slug ? `aktuelles/${node.slug}` : null) : node.key ? pagePath(node.key) : null;
		if (!path) continue;
		const entry: SearchEntry = { id: `${type}:${node.documentId}`, type, path, date: node.date ?? null, text: { de: text(node) } };
		LOCALE_CODES.slice(1).forEach((locale, i) => {
			const translated = others[i].find((other) => other.documentId === node.documentId);
			if (translated) entry.text[locale] = text(translated);
		});
		entries.push(entry);
	}
	return entries;
}

const FETCH: Record<SearchType, (documentId?: string) => Promise<SearchEntry[]>> = {
	offering: fetchOfferings,
	actor: fetchActors,
	event: fetchEvents,
	news: (documentId) => fetchLocalized('news', documentId),
	page: (documentId) => fetchLocalized('page', documentId)
};

const keeper = new SearchKeeper({ taxonomy: fetchTaxonomy, entries: FETCH });

/**
 * Whoever reports a change may wait until the index has it (a single document is fetched again
 * within moments), but not for a whole rebuild: after two seconds the change goes on in the background.
 */
const WAIT_FOR_CHANGE_MS = 2000;

onContentChange((change) =>
	Promise.race([keeper.change(change), new Promise<void>((resolve) => setTimeout(resolve, WAIT_FOR_CHANGE_MS).unref())])
);

/** The current index; built on first use. */
export const getSearchIndex = (): Promise<SearchIndex> => keeper.index();

/** The date searches filter ended offerings by. */
export const searchDay = () => berlinDate();
