/**
 * A small in-memory cache with a time to live, for data that changes rarely and is needed on
 * many pages (taxonomies, the search index). Concurrent misses share one load; a failed load is
 * not cached.
 */
export function ttlCache<K, V>(ttlMs: number, load: (key: K) => Promise<V>) {
	const entries = new Map<K, { expires: number; value: Promise<V> }>();
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
