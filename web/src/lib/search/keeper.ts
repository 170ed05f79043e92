/**
 * Keeps a search index current (no I/O of its own: the sources are given, lib/server/search-index.ts
 * reads them from the CMS). Built once, on first use; then each content change is applied in the
 * order it arrives: a changed document is fetched again and replaced, or removed when its source
 * no longer returns it; a change of a whole type, of topics or of municipalities builds a new index
 * beside the current one; `*` rebuilds everything. Searches use the current index until the new
 * one is complete, so a rebuild never shows a half-filled index. A failed update leaves the index
 * as it was and marks it stale: the next search starts a rebuild in the background, as it does
 * after `rebuildAfterMs` in case a notification was lost.
 */
import { SearchIndex, type SearchEntry, type SearchType, type Taxonomy } from './engine.ts';

export interface SearchSources {
	taxonomy(): Promise<Taxonomy>;
	/** every document of a type, or only the one with this documentId (none: it is gone or not public) */
	entries: Record<SearchType, (documentId?: string) => Promise<SearchEntry[]>>;
}

export interface ContentChangeLike {
	type: string;
	documentId?: string;
	action?: string;
}

/** The CMS's short names of the types in the index. */
const TYPES: Record<string, SearchType> = { offering: 'offering', actor: 'actor', event: 'event', 'news-article': 'news', page: 'page' };
const ALL_TYPES = Object.values(TYPES);

export class SearchKeeper {
	private current: SearchIndex | null = null;
	private first: Promise<SearchIndex> | null = null;
	private builtAt = 0;
	private stale = false;
	private queue: Promise<void> = Promise.resolve();
	/** changes queued and not started yet, by type and document */
	private readonly waiting = new Map<string, Promise<void>>();
	private readonly sources: SearchSources;
	private readonly rebuildAfterMs: number;
	private readonly log: (message: string) => void;

	constructor(sources: SearchSources, options: { rebuildAfterMs?: number; log?: (message: string) => void } = {}) {
		this.sources = sources;
		this.rebuildAfterMs = options.rebuildAfterMs ?? 6 * 60 * 60 * 1000;
		this.log = options.log ?? console.error;
	}

	/** The current index; built on first use (searches wait for that one only). */
	async index(): Promise<SearchIndex> {
		if (this.current) {
			if (this.stale || Date.now() - this.builtAt > this.rebuildAfterMs) {
				this.stale = false;
				this.builtAt = Date.now(); // one background rebuild at a time
				void this.enqueue(() => this.rebuild());
			}
			return this.current;
		}
		this.first ??= this.build().then(
			(index) => {
				this.current = index;
				this.builtAt = Date.now();
				return index;
			},
			(err) => {
				this.first = null; // the next search tries again
				throw err;
			}
		);
		return this.first;
	}

	/** Applies a change after those before it; resolves when it is applied (or has failed). */
	change(change: ContentChangeLike): Promise<void> {
		// the same document reported again before its update started (an approval is also a publish):
		// one fetch answers both, since it reads the state after both
		const key = `${change.type}:${change.documentId ?? '*'}`;
		const waiting = this.waiting.get(key);
		if (waiting) return waiting;
		const run = this.enqueue(() => {
			this.waiting.delete(key);
			return this.apply(change);
		});
		this.waiting.set(key, run);
		return run;
	}

	private enqueue(task: () => Promise<void>): Promise<void> {
		const run = this.queue.then(task).catch((err) => {
			this.stale = true;
			this.log(`search index: update failed, rebuilding on the next search: ${err instanceof Error ? err.message : String(err)}`);
		});
		this.queue = run;
		return run;
	}

	/** A new index with everything fetched afresh, or with `keep`'s entries except the types given. */
	private async build(options: { keep?: SearchIndex; refetch?: SearchType[]; taxonomy?: Taxonomy } = {}): Promise<SearchIndex> {
		const refetch = options.refetch ?? ALL_TYPES;
		const [taxonomy, ...lists] = await Promise.all([options.taxonomy ?? this.sources.taxonomy(), ...refetch.map((type) => this.sources.entries[type]())]);
		const kept = options.keep ? [...options.keep.all()].filter((entry) => !refetch.includes(entry.type)) : [];
		const index = new SearchIndex(taxonomy);
		// actors first: offerings and events are indexed with their actor's name
		const entries = [...kept, ...lists.flat()].sort((a, b) => Number(b.type === 'actor') - Number(a.type === 'actor'));
		await index.putAll(entries);
		return index;
	}

	private async rebuild(options: Parameters<SearchKeeper['build']>[0] = {}): Promise<void> {
		const next = await this.build(options);
		this.current = next;
		if (!options.keep) {
			this.builtAt = Date.now();
			this.stale = false;
		}
	}

	private async apply(change: ContentChangeLike): Promise<void> {
		// a change during the first build is applied to it once it is there (it may have read the old state)
		const index = this.current ?? (this.first ? await this.first.catch(() => null) : null);
		if (!index) return; // nothing built: the first build reads the current state
		if (change.type === '*') return this.rebuild();
		if (change.type === 'municipality' || change.type === 'topic') return this.rebuild({ keep: index, refetch: [], taxonomy: await this.sources.taxonomy() });
		const type = TYPES[change.type];
		if (!type) return; // not searched (languages, target groups, working groups, …)
		if (!change.documentId) return this.rebuild({ keep: index, refetch: [type] });
		const [entry] = await this.sources.entries[type](change.documentId);
		if (entry) index.put(entry);
		else index.remove(`${type}:${change.documentId}`);
		// entries that show this actor's name are indexed again with the new one
		if (type === 'actor') for (const id of index.referring(change.documentId)) index.put(index.get(id) as SearchEntry);
	}
}
