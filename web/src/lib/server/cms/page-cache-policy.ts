/**
 * What the page cache may keep and what proxies may keep, in one place (hooks.server.ts applies it
 * to every public request; the member and office areas never come here, they are `private,
 * no-store` in hooks.server.ts).
 *
 * Cached and marked `public`: GET (and HEAD) of a public page by a visitor without a session
 * cookie, answered 200 without a cookie. Everything else — a signed-in visitor's request (their
 * pages are theirs, even public ones), form posts, error pages (404, 503 …), the internal change
 * endpoint — is `private, no-store` and never enters the cache. Only anonymous requests fill the
 * cache, and they read the CMS without a token: a cached page never holds a draft or anything
 * private.
 */
import type { CacheState, PageCache } from './page-cache.ts';

/** Paths that never go through the page cache: the CMS's images (own headers, large) and internal endpoints. */
const UNCACHED_PREFIXES = ['/uploads/', '/_intern/'];

/**
 * Public pages rendered fresh every time (still `public` for proxies): the search page answers from
 * the in-memory search index, which is fast and is updated by its own subscription to content
 * changes, possibly a moment after the page cache was emptied; keeping its pages could keep a result
 * from before the change. And free-text queries would fill the cache with one-off pages.
 */
const RENDERED_FRESH = /^\/[a-z]{2}\/suche\/?$/;

export interface CachePolicyOptions {
	/** null: SITE_CACHE=off, responses still get their Cache-Control headers */
	cache: PageCache | null;
	ttlSeconds: number;
	staleSeconds: number;
	staleIfErrorSeconds: number;
	proxySeconds: number;
}

export interface PublicRequest {
	method: string;
	url: URL;
	/** the site's public origin (part of the key: absolute links differ per origin) */
	origin: string;
	hasSessionCookie: boolean;
}

export const PRIVATE = 'private, no-store';

export function createCachePolicy(options: CachePolicyOptions) {
	const publicHeader = `public, max-age=0, s-maxage=${Math.min(options.proxySeconds, options.ttlSeconds)}, stale-while-revalidate=${options.staleSeconds}, stale-if-error=${options.staleIfErrorSeconds}`;

	const anonymousRead = (request: PublicRequest) =>
		(request.method === 'GET' || request.method === 'HEAD') && !request.hasSessionCookie && !UNCACHED_PREFIXES.some((prefix) => request.url.pathname.startsWith(prefix));

	/** A response a proxy and the page cache may keep for everyone. */
	const isPublicAnswer = (response: Response) => {
		if (response.status !== 200 || response.headers.has('set-cookie')) return false;
		const own = response.headers.get('cache-control');
		return own === null || /^\s*public\b/i.test(own);
	};

	function withHeaders(response: Response, request: PublicRequest, state: CacheState | 'off' | 'bypass'): Response {
		const anonymous = (request.method === 'GET' || request.method === 'HEAD') && !request.hasSessionCookie;
		const headers = new Headers(response.headers);
		// a route that already forbids storing (health probes: `no-store`) keeps its own header
		if (!anonymous || !isPublicAnswer(response)) {
			if (!/\bno-store\b/i.test(headers.get('cache-control') ?? '')) headers.set('cache-control', PRIVATE);
		}
		else if (!headers.has('cache-control')) headers.set('cache-control', publicHeader);
		if (state !== 'bypass') headers.set('x-site-cache', state);
		return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
	}

	return {
		publicHeader,

		/** The response for a public (non-area) request, from the page cache when the policy allows. */
		async respond(request: PublicRequest, render: () => Promise<Response>): Promise<Response> {
			if (!anonymousRead(request)) return withHeaders(await render(), request, 'bypass');
			if (!options.cache) return withHeaders(await render(), request, 'off');
			if (RENDERED_FRESH.test(request.url.pathname)) return withHeaders(await render(), request, 'bypass');
			// HEAD is answered from the GET's entry; only a GET's render fills it (a HEAD render has no body)
			const key = `${request.origin}${request.url.pathname}${request.url.search}`;
			const cacheable = (response: Response) => request.method === 'GET' && isPublicAnswer(response);
			const { response, state } = await options.cache.serve(key, render, cacheable);
			return withHeaders(response, request, state);
		}
	};
}

export type CachePolicy = ReturnType<typeof createCachePolicy>;
