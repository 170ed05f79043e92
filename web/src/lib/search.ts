/**
 * Ranked full-text search over the site's entries (pure; the index is built by
 * lib/server/search-index.ts). Each entry carries its text in German and in the visitor's locale;
 * a query matches either. Every word of the query must occur; matches in the title count most,
 * whole words more than prefixes, prefixes more than parts of words.
 */

export type SearchType = 'offering' | 'actor' | 'event' | 'news' | 'page';

export interface SearchDocument {
	type: SearchType;
	/** path without leading slash, e.g. "de/angebote/integrationskurs-haldensleben" */
	path: string;
	title: string;
	summary: string | null;
	/** the title is the German one (no translation) */
	fallback: boolean;
	/** text fields, German and translated, by weight */
	fields: { title: string[]; summary: string[]; body: string[] };
	/** a date to show (events, news) */
	date?: string | null;
}

export interface IndexedDocument extends SearchDocument {
	tokens: { title: Set<string>; summary: Set<string>; body: Set<string> };
	joined: { title: string; summary: string; body: string };
}

export interface SearchHit {
	document: SearchDocument;
	score: number;
}

const WEIGHTS = { title: 10, summary: 4, body: 1 } as const;
const TYPE_ORDER: Record<SearchType, number> = { offering: 0, actor: 1, event: 2, news: 3, page: 4 };
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;

/**
 * Lower case, no diacritics or Arabic vowel marks (ä → a, é → e, أ → ا), ß → ss: what a visitor
 * types without special characters still matches.
 */
export function normalize(text: string): string {
	return text
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[\u0640]/g, '') // Arabic tatweel
		.normalize('NFC');
}

export function tokenize(text: string): string[] {
	return normalize(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((token) => token.length > 0);
}

/** The words of a query: at most MAX_TERMS distinct ones, single letters dropped unless alone. */
export function queryTerms(query: string): string[] {
	const tokens = [...new Set(tokenize(query.slice(0, MAX_QUERY_LENGTH)))];
	const meaningful = tokens.filter((token) => token.length > 1 || /\p{N}/u.test(token));
	return (meaningful.length > 0 ? meaningful : tokens).slice(0, MAX_TERMS);
}

export function indexDocument(document: SearchDocument): IndexedDocument {
	const join = (values: string[]) => normalize(values.filter(Boolean).join(' \n '));
	const words = (values: string[]) => new Set(values.flatMap((value) => tokenize(value)));
	return {
		...document,
		tokens: { title: words(document.fields.title), summary: words(document.fields.summary), body: words(document.fields.body) },
		joined: { title: join(document.fields.title), summary: join(document.fields.summary), body: join(document.fields.body) }
	};
}

function termScore(document: IndexedDocument, term: string): number {
	let best = 0;
	for (const field of ['title', 'summary', 'body'] as const) {
		const weight = WEIGHTS[field];
		let factor = 0;
		if (document.tokens[field].has(term)) factor = 1.5;
		else if ([...document.tokens[field]].some((token) => token.startsWith(term))) factor = 1.2;
		else if (term.length >= 3 && document.joined[field].includes(term)) factor = 1;
		best = Math.max(best, weight * factor);
	}
	return best;
}

/** Documents matching every term, best first; ties by type (offerings first) and title. */
export function search(documents: IndexedDocument[], query: string, limit = 50): SearchHit[] {
	const terms = queryTerms(query);
	if (terms.length === 0) return [];
	const phrase = normalize(query.trim());
	const hits: SearchHit[] = [];
	for (const document of documents) {
		let score = 0;
		let matchedAll = true;
		for (const term of terms) {
			const value = termScore(document, term);
			if (value === 0) {
				matchedAll = false;
				break;
			}
			score += value;
		}
		if (!matchedAll) continue;
		if (terms.length > 1 && document.joined.title.includes(phrase)) score += 10;
		if (document.joined.title === phrase) score += 20;
		hits.push({ document, score });
	}
	hits.sort(
		(a, b) =>
			b.score - a.score ||
			TYPE_ORDER[a.document.type] - TYPE_ORDER[b.document.type] ||
			a.document.title.localeCompare(b.document.title, 'de')
	);
	return hits.slice(0, limit);
}
