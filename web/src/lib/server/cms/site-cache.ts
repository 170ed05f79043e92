/**
 * The page cache and the change relay of this instance, configured from the environment
 * (SITE_CACHE, SITE_CACHE_*, REDIS_URL, REDIS_PREFIX; see env.ts). Every content change empties
 * the cache: a change to one offering can alter its detail page in nine locales, lists, counts,
 * municipality and actor pages, search results and the sitemap, and dropping everything is the
 * simple rule that is always right. (The search index is updated separately, by its own
 * subscription to content-changes.ts.)
 */
import {
	REDIS_PREFIX,
	REDIS_URL,
	SITE_CACHE,
	SITE_CACHE_MAX_MB,
	SITE_CACHE_PROXY_SECONDS,
	SITE_CACHE_STALE_IF_ERROR_SECONDS,
	SITE_CACHE_STALE_SECONDS,
	SITE_CACHE_TTL_SECONDS
} from '$app/env/private';
import { onContentChange } from '../content-changes.ts';
import { createLocalRelay, createRedisRelay, type ChangeRelay } from './change-relay.ts';
import { createPageCache } from './page-cache.ts';
import { createCachePolicy } from './page-cache-policy.ts';
import { createRedisStore } from './shared-store.ts';

const redisRelay = REDIS_URL ? createRedisRelay(REDIS_URL, REDIS_PREFIX) : null;
export const changeRelay: ChangeRelay = redisRelay ?? createLocalRelay();

const pageCache =
	SITE_CACHE === 'on'
		? createPageCache({
				ttlMs: SITE_CACHE_TTL_SECONDS * 1000,
				staleMs: SITE_CACHE_STALE_SECONDS * 1000,
				staleIfErrorMs: SITE_CACHE_STALE_IF_ERROR_SECONDS * 1000,
				maxBytes: SITE_CACHE_MAX_MB * 1024 * 1024,
				shared: redisRelay ? createRedisStore(redisRelay.redis, REDIS_PREFIX) : undefined
			})
		: null;

if (pageCache) {
	void changeRelay.ready.then((generation) => pageCache.adoptGeneration(generation));
	onContentChange(() => pageCache.invalidate(changeRelay.generation));
}

export const cachePolicy = createCachePolicy({
	cache: pageCache,
	ttlSeconds: SITE_CACHE_TTL_SECONDS,
	staleSeconds: SITE_CACHE_STALE_SECONDS,
	staleIfErrorSeconds: SITE_CACHE_STALE_IF_ERROR_SECONDS,
	proxySeconds: SITE_CACHE_PROXY_SECONDS
});
