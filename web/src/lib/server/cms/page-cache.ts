/**
 * The page cache: whole anonymous public responses (HTML pages, the sitemap, calendar feeds), kept
 * by URL in a bounded LRU (`lru-cache`, limited by bytes), optionally shared between instances
 * through Redis (`SharedStore`, shared-store.ts).
 *
 * Whole responses rather than the GraphQL results behind them: a cached page then costs no
 * rendering at all (a list page renders in tens of milliseconds, a cached copy is served like a
 * static file), one entry stands for all the documents a page needs, and "the CMS is down" is
 * simply "the render answered 503", whichever document failed. What may enter is decided by the
 * caller (page-cache-policy.ts): only anonymous public GETs, so a cached page never holds anything
 * personal or unpublished.
 *
 * Each entry is fresh for `ttlMs`; for `staleMs` after that it is served while one background
 * render replaces it (stale-while-revalidate); until `staleIfErrorMs` it is served only when a new
 * render fails because the CMS is unavailable (stale-if-error). Concurrent misses of one URL share
 * one render. A content change (`invalidate`) drops everything and moves to a new generation:
 * renders that started before it do not store their (possibly outdated) result.
 */
import { LRUCache } from 'lru-cache';

export interface CachedPage {
	status: number;
	headers: Array<[string, string]>;
	body: Uint8Array;
	storedAt: number;
}

/** A second level shared by every instance (Redis); entries of an older generation are never read. */
export interface SharedStore {
	get(key: string, generation: number): Promise<CachedPage | undefined>;
	set(key: string, generation: number, page: CachedPage, ttlMs: number): Promise<void>;
}

export interface PageCacheOptions {
	ttlMs: number;
	staleMs: number;
	staleIfErrorMs: number;
	maxBytes: number;
	shared?: SharedStore;
	now?: () => number;
}

/** hit: fresh copy; stale: served while rebuilt; stale-if-error: the CMS failed, an older copy; miss: rendered now. */
export type CacheState = 'hit' | 'stale' | 'stale-if-error' | 'miss';

/** Headers that belong to one delivery, not to the page. */
const UNCACHED_HEADERS = new Set(['content-length', 'date', 'set-cookie', 'connection', 'transfer-encoding', 'x-site-cache']);

export async function pageOf(response: Response, storedAt: number): Promise<CachedPage> {
	const headers = [...response.headers].filter(([name]) => !UNCACHED_HEADERS.has(name.toLowerCase()));
	return { status: response.status, headers, body: new Uint8Array(await response.arrayBuffer()), storedAt };
}

export function responseOf(page: CachedPage): Response {
	return new Response(page.body.byteLength > 0 ? (page.body as Uint8Array<ArrayBuffer>) : null, { status: page.status, headers: page.headers });
}

export function createPageCache(options: PageCacheOptions) {
	const now = options.now ?? Date.now;
	const keepMs = options.ttlMs + Math.max(options.staleMs, options.staleIfErrorMs);
	const local = new LRUCache<string, CachedPage>({
		maxSize: Math.max(1, options.maxBytes),
		// the body plus a rough allowance for the headers and the entry itself
		sizeCalculation: (page) => page.body.byteLength + 1024,
		ttl: keepMs,
		// lru-cache's own notion of staleness is not used: ages are judged below
		allowStale: false
	});
	let generation = 0;
	const renders = new Map<string, Promise<CachedPage | Response>>();
	const revalidating = new Set<string>();

	async function lookup(key: string): Promise<CachedPage | undefined> {
		const own = local.get(key);
		if (own || !options.shared) return own;
		const startedIn = generation;
		const shared = await options.shared.get(key, startedIn).catch(() => undefined);
		if (shared && startedIn === generation && now() - shared.storedAt < keepMs) local.set(key, shared);
		return shared;
	}

	function store(key: string, page: CachedPage, startedIn: number) {
		// a change arrived while this page was rendered: it may show the old state, keep it out
		if (startedIn !== generation) return;
		local.set(key, page);
		options.shared?.set(key, startedIn, page, keepMs).catch(() => {
			// the shared level is an optimisation: this instance still has the page
		});
	}

	/**
	 * One render per URL at a time; a cacheable answer is stored and shared with concurrent callers.
	 * `own` says whether this caller started it (only the owner may read an uncacheable response).
	 */
	function renderOnce(key: string, render: () => Promise<Response>, cacheable: (response: Response) => boolean): { work: Promise<CachedPage | Response>; own: boolean } {
		const running = renders.get(key);
		if (running) return { work: running, own: false };
		const startedIn = generation;
		const work = (async () => {
			const response = await render();
			if (!cacheable(response)) return response;
			const page = await pageOf(response, now());
			store(key, page, startedIn);
			return page;
		})();
		renders.set(key, work);
		work.finally(() => renders.delete(key)).catch(() => {});
		return { work, own: true };
	}

	return {
		/**
		 * The response for `key`: from the cache when fresh (or stale within the windows above),
		 * else from `render`, stored when `cacheable` says so.
		 */
		async serve(key: string, render: () => Promise<Response>, cacheable: (response: Response) => boolean): Promise<{ response: Response; state: CacheState }> {
			const cached = await lookup(key);
			const age = cached ? now() - cached.storedAt : Infinity;
			if (cached && age < options.ttlMs) return { response: responseOf(cached), state: 'hit' };
			if (cached && age < options.ttlMs + options.staleMs) {
				if (!revalidating.has(key)) {
					revalidating.add(key);
					const { work, own } = renderOnce(key, render, cacheable);
					work
						.then(async (result) => {
							// an uncacheable result (the CMS is down: 503) keeps the old copy
							if (result instanceof Response && own) await result.body?.cancel();
						})
						.catch(() => {})
						.finally(() => revalidating.delete(key));
				}
				return { response: responseOf(cached), state: 'stale' };
			}
			const servableOnError = cached && age < options.ttlMs + options.staleIfErrorMs;
			let result: CachedPage | Response;
			try {
				const { work, own } = renderOnce(key, render, cacheable);
				result = await work;
				// a concurrent caller's uncacheable response cannot be shared (its body is theirs): render again
				if (result instanceof Response && !own) result = await render();
			} catch (err) {
				if (servableOnError) return { response: responseOf(cached), state: 'stale-if-error' };
				throw err;
			}
			if (result instanceof Response) {
				if (result.status === 503 && servableOnError) {
					await result.body?.cancel();
					return { response: responseOf(cached), state: 'stale-if-error' };
				}
				return { response: result, state: 'miss' };
			}
			return { response: responseOf(result), state: 'miss' };
		},

		/** Drops every page (a content change); `next` is the shared generation when Redis counts them. */
		invalidate(next?: number) {
			generation = next !== undefined ? Math.max(next, generation + 1) : generation + 1;
			local.clear();
		},

		/** Adopts the shared generation at start (pages of older generations are never read). */
		adoptGeneration(shared: number) {
			if (shared > generation) {
				generation = shared;
				local.clear();
			}
		},

		get generation() {
			return generation;
		},

		get size() {
			return local.size;
		}
	};
}

export type PageCache = ReturnType<typeof createPageCache>;
