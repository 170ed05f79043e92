/**
 * A small in-memory cache with a time to live, for data that changes rarely and is needed on
 * many pages (taxonomies, the search index). Concurrent misses share one load; a failed load is
 * not cached. Any content change of the CMS (content-changes.ts) empties it, so the time to live
 * only bounds how long a change that never arrived stays hidden.
 */
import { onContentChange } from './content-changes.ts';

export function ttlCache<K, V>(ttlMs: number, load: (key: K) => Promise<V>) {
	const entries = new Map<K, { expires: number; value: Promise<V> }>();
	onContentChange(() => entries.clear());
	return {
		get(key: K): Promise<V> {
			const now = Date.now();
			const hit = entries.get(key);
			if (hit && hit.expires > now) return hit.value;
			const value = load(key);
			entries.set(key, { expires: now + ttlMs, value });
			value.catch(() => {
				if (entries.get(key)?.value === value) entries.delete(key);
			});
			return value;
		},
		clear() {
			entries.clear();
		}
	};
}
