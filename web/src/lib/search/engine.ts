/**
 * The site's search index (pure, no I/O; lib/server/search-index.ts fills it from the CMS and keeps
 * it current). MiniSearch holds the inverted index; around it this module adds what a visitor of
 * this site types:
 * - one entry per offering, actor, event, news article or page, with its text in German and in
 *   every locale it is translated into, each locale in fields of its own, so that a search covers
 *   the visitor's locale and German together;
 * - every word must match (AND), in any field: title, summary, description, the actor's and the
 *   topic's name ("related"), the municipality's names in every script ("place");
 * - words are folded and stemmed (text.ts); prefixes match; one typo is tolerated in words of five
 *   letters or more: one edit, or two neighbouring letters swapped;
 * - German compounds: elided ones are indexed as the compounds they stand for (text.ts:
 *   "Schuldner- und Sozialberatung" as schuldnerberatung too); a word also matches compounds that
 *   end with it ("beratung" → "Sozialberatung"); and a compound that is nowhere in the index is
 *   split into two words that are ("Wohnungsberatung" → wohnung + beratung, both required). The
 *   dictionary for both is the index's own vocabulary.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { LOCALE_CODES, type Locale } from '../i18n.ts';
import { PLACE_NAMES, localPlaceName } from './place-names.ts';
import { MARK, asWritten, normalize, spans, stem, tokenize, wordTerms } from './text.ts';

export type SearchType = 'offering' | 'actor' | 'event' | 'news' | 'page';

export interface EntryText {
	title: string;
	summary: string;
	body: string;
}

export interface SearchEntry {
	/** `${type}:${documentId}` */
	id: string;
	type: SearchType;
	/** path below the locale, e.g. "angebote/integrationskurs-haldensleben" */
	path: string;
	/** a date to show (events, news) */
	date?: string | null;
	/** the last day an offering runs (YYYY-MM-DD); from the day after it is not found */
	validUntil?: string | null;
	/** German (always) and the locales it is translated into */
	text: { de: EntryText } & Partial<Record<Locale, EntryText>>;
	/** the offering's or event's actor (its name is searched with the entry) */
	actorId?: string | null;
	/** an event's organiser when it is not an actor of the network */
	organiserName?: string | null;
	topicId?: string | null;
	municipalityIds?: readonly string[];
}

export interface Municipality {
	slug: string;
	name: string;
	parentId: string | null;
}

/** The names an entry refers to by id: topics (per locale, German as `de`) and municipalities. */
export interface Taxonomy {
	topics: ReadonlyMap<string, Partial<Record<Locale, string>>>;
	municipalities: ReadonlyMap<string, Municipality>;
}

export interface SearchHit {
	entry: SearchEntry;
	score: number;
	/** the index terms that matched (for marking words) */
	terms: ReadonlySet<string>;
}

export interface SearchOutcome {
	hits: SearchHit[];
	/** all matching entries (hits holds the first `limit`) */
	total: number;
	/** other queries that find something, when this one finds nothing */
	suggestions: string[];
}

const KINDS = ['title', 'summary', 'body', 'related'] as const;
const BOOST = { title: 3, summary: 1.5, body: 1, related: 1.5, place: 1.5 } as const;
const TYPE_ORDER: Record<SearchType, number> = { offering: 0, actor: 1, event: 2, news: 3, page: 4 };
const FIELDS = [...LOCALE_CODES.flatMap((locale) => KINDS.map((kind) => `${kind}_${locale}`)), 'place'];

export const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 8;
/** compound heads and splits are boosted less than the word itself */
const HEAD_BOOST = 0.5;
const SPLIT_BOOST = 0.4;
/** about what MiniSearch gives a match with one edit */
const SWAP_BOOST = 0.45;
const MAX_HEADS = 200;
/** shortest part of a compound that a query is split into */
const MIN_PART = 4;

/** The words of a query, folded: at most 8 distinct, single letters dropped unless alone. */
export function queryWords(query: string): string[] {
	const words: string[] = [];
	for (const match of normalize(query.slice(0, MAX_QUERY_LENGTH)).matchAll(/[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu)) {
		// a hyphenated word as one: "Deutsch-Kurs" is found as "Deutschkurs" and, split, as "Deutsch" + "Kurs"
		words.push(match[0].replace(/[-‐‑]/g, ''));
	}
	const distinct = [...new Set(words)];
	const meaningful = distinct.filter((word) => word.length > 1 || /\p{N}/u.test(word));
	return (meaningful.length > 0 ? meaningful : distinct).slice(0, MAX_WORDS);
}

/** Typos tolerated in a word (edits): none below five letters, one from five. */
export function typos(word: string): number {
	return [...word].length >= 5 ? 1 : 0;
}

/** The word with two neighbouring letters swapped, each way (a swap is one typo, but two edits). */
function swaps(word: string): string[] {
	const letters = [...word];
	const out: string[] = [];
	for (let i = 0; i < letters.length - 1; i++) {
		if (letters[i] === letters[i + 1]) continue;
		out.push([...letters.slice(0, i), letters[i + 1], letters[i], ...letters.slice(i + 2)].join(''));
	}
	return out;
}

/** MiniSearch with access to its vocabulary (the radix tree of index terms). */
class Index extends MiniSearch<SearchEntry> {
	hasTerm(term: string): boolean {
		return this._index.has(term);
	}
	hasPrefix(prefix: string): boolean {
		return !this._index.atPrefix(prefix).keys().next().done;
	}
	/** index terms within `distance` edits of `term`, with their distance */
	closeTerms(term: string, distance: number): Array<[string, number]> {
		return [...this._index.fuzzyGet(term, distance)].map(([key, [, d]]) => [key, d]);
	}
	/** in how many entries a term occurs (any field) */
	frequency(term: string): number {
		const data = this._index.get(term);
		if (!data) return 0;
		const ids = new Set<number>();
		for (const docs of data.values()) for (const id of docs.keys()) ids.add(id);
		return ids.size;
	}
}

export class SearchIndex {
	private readonly entries = new Map<string, SearchEntry>();
	/** index terms of 7+ letters by their last four letters: where compound heads are looked up */
	private readonly heads = new Map<string, Set<string>>();
	/** a written form of the words of titles, names and places, by index term: for suggestions */
	private readonly display = new Map<string, string>();
	private readonly index: Index;
	private taxonomy: Taxonomy;

	constructor(taxonomy: Taxonomy) {
		this.taxonomy = taxonomy;
		this.index = new Index({
			fields: FIELDS,
			storeFields: [],
			// an empty field is left out (undefined), not indexed as an empty text: most locales' fields are empty
			extractField: (entry, field) => (field === 'id' ? entry.id : this.fieldText(entry, field) || undefined),
			tokenize: (text) => tokenize(text),
			processTerm: (word, field) => {
				const terms = wordTerms(word, field?.startsWith('title') || field?.startsWith('summary'));
				for (const term of terms) this.noteHead(term);
				return terms;
			},
			// queries are built term by term below
			searchOptions: { tokenize: (text) => [text], processTerm: (term) => term }
		});
	}

	get size(): number {
		return this.entries.size;
	}

	get(id: string): SearchEntry | undefined {
		return this.entries.get(id);
	}

	all(): IterableIterator<SearchEntry> {
		return this.entries.values();
	}

	/** Adds or replaces an entry. */
	put(entry: SearchEntry): void {
		if (this.entries.has(entry.id)) this.index.discard(entry.id);
		this.entries.set(entry.id, entry);
		this.noteDisplay(entry);
		this.index.add(entry);
	}

	/** Adds many entries, yielding to other work between chunks (a rebuild does not block searches). */
	async putAll(entries: SearchEntry[]): Promise<void> {
		const fresh: SearchEntry[] = [];
		for (const entry of entries) {
			if (this.entries.has(entry.id)) this.index.discard(entry.id);
			this.entries.set(entry.id, entry);
			fresh.push(entry);
		}
		// all entries known first: an offering's text includes its actor's name
		for (const entry of fresh) this.noteDisplay(entry);
		await this.index.addAllAsync(fresh, { chunkSize: 500 });
	}

	remove(id: string): void {
		if (!this.entries.delete(id)) return;
		this.index.discard(id);
	}

	/** Ids of entries that refer to an actor (their "related" field holds its name). */
	referring(actorId: string): string[] {
		return [...this.entries.values()].filter((entry) => entry.actorId === actorId).map((entry) => entry.id);
	}

	/** New topic and municipality names: every entry is indexed again from what is kept. */
	setTaxonomy(taxonomy: Taxonomy): void {
		this.taxonomy = taxonomy;
		for (const entry of [...this.entries.values()]) this.put(entry);
	}

	/** The names of an entry's municipalities: German, with the locale's own form where it has one ("Wanzleben-Börde (Ванцлебен-Бёрде)"). */
	places(entry: SearchEntry, locale: Locale = 'de'): string[] {
		const names = (entry.municipalityIds ?? []).flatMap((id) => {
			const municipality = this.taxonomy.municipalities.get(id);
			if (!municipality) return [];
			const own = localPlaceName(municipality.slug, locale);
			return [own ? `${municipality.name} (${own})` : municipality.name];
		});
		return [...new Set(names)];
	}

	search(query: string, locale: Locale, options: { today: string; limit?: number }): SearchOutcome {
		const words = queryWords(query);
		if (words.length === 0) return { hits: [], total: 0, suggestions: [] };
		const results = this.run(words, locale, options.today);
		const type = (result: SearchResult) => TYPE_ORDER[(this.entries.get(result.id) as SearchEntry).type];
		// by score, equal scores by type (offerings first); numbers only: there may be thousands
		results.sort((a, b) => b.score - a.score || type(a) - type(b));
		return {
			hits: results.slice(0, options.limit ?? 50).map((result) => ({ entry: this.entries.get(result.id) as SearchEntry, score: result.score, terms: new Set(result.terms) })),
			total: results.length,
			suggestions: results.length === 0 ? this.suggest(query, locale, options.today) : []
		};
	}

	// --- querying ---------------------------------------------------------------------------

	private run(words: string[], locale: Locale, today: string): SearchResult[] {
		const locales = locale === 'de' ? ['de'] : ['de', locale];
		const fields = [...locales.flatMap((l) => KINDS.map((kind) => `${kind}_${l}`)), 'place'];
		const boost = Object.fromEntries(fields.map((field) => [field, BOOST[field.split('_')[0] as keyof typeof BOOST]]));
		const query: Query = { combineWith: 'AND', queries: words.map((word) => this.wordQuery(word)) };
		return this.index.search(query, {
			fields,
			boost,
			filter: (result) => {
				const entry = this.entries.get(result.id);
				return !!entry && (!entry.validUntil || entry.validUntil >= today);
			}
		});
	}

	/** One word of the query: as written, stemmed with prefix and typos, as a compound head, split. */
	private wordQuery(word: string): Query {
		const stemmed = stem(word);
		const fuzzy = typos(word);
		const alternatives: Query[] = [];
		if (/^[a-z]+$/.test(word)) alternatives.push({ queries: [asWritten(word)], prefix: false, fuzzy: false });
		alternatives.push({ queries: [stemmed], prefix: true, fuzzy: fuzzy || false });
		// a swapped pair of letters, when that gives a word of the index (cheaper than two edits of typo tolerance)
		const swapped = fuzzy > 0 ? swaps(stemmed).filter((variant) => this.index.hasTerm(variant)) : [];
		if (swapped.length > 0) alternatives.push({ combineWith: 'OR', queries: swapped, prefix: true, fuzzy: false, boostTerm: () => SWAP_BOOST });
		const heads = this.headsOf(stemmed);
		if (heads.length > 0) alternatives.push({ combineWith: 'OR', queries: heads, prefix: false, fuzzy: false, boostTerm: () => HEAD_BOOST });
		// a compound that is nowhere in the index as such: its two parts, both required
		const splits = this.index.hasTerm(stemmed) || this.index.hasPrefix(stemmed) ? [] : this.splits(stemmed);
		for (const [first, second] of splits) {
			alternatives.push({
				combineWith: 'AND',
				boostTerm: () => SPLIT_BOOST,
				queries: [
					// both parts as whole words (no prefixes, no typos): a split is a guess and must not widen further
					{ queries: [stem(first)], prefix: false, fuzzy: false },
					{ combineWith: 'OR', queries: [stem(second), ...this.headsOf(stem(second))], prefix: false, fuzzy: false }
				]
			});
		}
		return { combineWith: 'OR', queries: alternatives };
	}

	/** Index terms that end with `term` and are at least three letters longer: compounds with it as head. */
	private headsOf(term: string): string[] {
		if ([...term].length < MIN_PART) return [];
		const bucket = this.heads.get(term.slice(-4));
		if (!bucket) return [];
		const out: string[] = [];
		for (const candidate of bucket) {
			if (candidate.length >= term.length + 3 && candidate.endsWith(term)) out.push(candidate);
			if (out.length >= MAX_HEADS) break;
		}
		return out;
	}

	private known(word: string): boolean {
		return this.index.hasTerm(stem(word)) || this.index.hasTerm(asWritten(word));
	}

	/**
	 * Ways to read a German compound as two known words (with or without a linking "s"), most
	 * balanced first, at most two: "schuldnerberatung" → ["schuldner", "beratung"].
	 */
	private splits(word: string): Array<[string, string]> {
		if (!/^[a-z]+$/.test(word) || word.length < 2 * MIN_PART) return [];
		const found: Array<[string, string]> = [];
		for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
			const first = word.slice(0, i);
			if (!this.known(first)) continue;
			const rest = word.slice(i);
			const seconds = rest.startsWith('s') && rest.length > MIN_PART ? [rest, rest.slice(1)] : [rest];
			for (const second of seconds) {
				if (this.known(second) || this.headsOf(stem(second)).length > 0) found.push([first, second]);
			}
		}
		return found.sort((a, b) => Math.min(b[0].length, b[1].length) - Math.min(a[0].length, a[1].length)).slice(0, 2);
	}

	/**
	 * For a query without results: the query with one word replaced by the closest word of the
	 * titles, names and places (at most two edits, the closest first, then the most common), or with one word left out —
	 * each only if it finds something. At most four.
	 */
	private suggest(query: string, locale: Locale, today: string): string[] {
		const raw = [...query.slice(0, MAX_QUERY_LENGTH).matchAll(/[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu)].map((match) => match[0]);
		const words = raw.map((word) => normalize(word).replace(/[-‐‑]/g, ''));
		const out: string[] = [];
		const tryQuery = (candidate: string[]) => {
			const text = candidate.join(' ');
			if (out.length >= 4 || out.includes(text) || candidate.length === 0) return;
			if (this.run(queryWords(text), locale, today).length > 0) out.push(text);
		};
		words.forEach((word, i) => {
			if (word.length < 3) return;
			const close = this.index
				.closeTerms(word, 2)
				.filter(([term]) => this.display.has(term) && term !== word && term !== asWritten(word))
				.map(([term, distance]) => ({ term, distance, frequency: this.index.frequency(term) }))
				.sort((a, b) => a.distance - b.distance || b.frequency - a.frequency)
				.slice(0, 3);
			for (const { term } of close) tryQuery(raw.map((w, j) => (j === i ? (this.display.get(term) as string) : w)));
		});
		if (raw.length > 1) raw.forEach((_, i) => tryQuery(raw.filter((__, j) => j !== i)));
		return out;
	}

	// --- indexing ---------------------------------------------------------------------------

	private fieldText(entry: SearchEntry, field: string): string {
		if (field === 'place') return this.placeText(entry);
		const [kind, locale] = field.split('_') as [(typeof KINDS)[number], Locale];
		if (kind === 'related') return this.relatedText(entry, locale);
		return entry.text[locale]?.[kind] ?? '';
	}

	/** The actor's and the topic's names in one locale (only real translations outside German). */
	private relatedText(entry: SearchEntry, locale: Locale): string {
		const parts: string[] = [];
		const actor = entry.actorId ? this.entries.get(`actor:${entry.actorId}`) : undefined;
		if (actor) parts.push(actor.text[locale]?.title ?? '');
		if (locale === 'de' && entry.organiserName) parts.push(entry.organiserName);
		const topic = entry.topicId ? this.taxonomy.topics.get(entry.topicId) : undefined;
		if (topic) parts.push(topic[locale] ?? '');
		return parts.filter(Boolean).join('\n');
	}

	/** Names of the entry's municipalities and of their Verbandsgemeinden, in every script. */
	private placeText(entry: SearchEntry): string {
		const names = new Set<string>();
		const visit = (id: string, depth: number) => {
			const municipality = this.taxonomy.municipalities.get(id);
			if (!municipality) return;
			names.add(municipality.name);
			for (const name of PLACE_NAMES[municipality.slug] ?? []) names.add(name);
			if (municipality.parentId && depth < 3) visit(municipality.parentId, depth + 1);
		};
		for (const id of entry.municipalityIds ?? []) visit(id, 0);
		return [...names].join('\n');
	}

	private noteHead(term: string): void {
		if (term.length < 7 || term.startsWith(MARK)) return;
		const key = term.slice(-4);
		let bucket = this.heads.get(key);
		if (!bucket) this.heads.set(key, (bucket = new Set()));
		bucket.add(term);
	}

	/** Written forms of the words of titles, actor and topic names and places (not of descriptions). */
	private noteDisplay(entry: SearchEntry): void {
		const texts = [...Object.values(entry.text).map((text) => text?.title ?? ''), this.relatedText(entry, 'de'), this.placeText(entry)];
		for (const text of texts) {
			for (const span of spans(text)) {
				if (!span.terms || [...span.text].length < 3 || /\p{N}/u.test(span.text)) continue;
				for (const term of span.terms) if (!this.display.has(term)) this.display.set(term, span.text);
			}
		}
	}
}
