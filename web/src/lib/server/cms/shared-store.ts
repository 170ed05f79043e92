/**
 * The page cache's second level in Redis, shared by every site instance (REDIS_URL). Keys carry
 * the cache generation (`{prefix}page:{generation}:{sha256 of the URL}`): a content change moves
 * every instance to a new generation (change-relay.ts), so older pages are never read again and
 * expire on their own. Redis being slow or away only makes this a miss, never an error.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { CachedPage, SharedStore } from './page-cache.ts';

const keyOf = (prefix: string, generation: number, key: string) => `${prefix}page:${generation}:${createHash('sha256').update(key).digest('hex')}`;

export function createRedisStore(redis: Redis, prefix: string): SharedStore {
	return {
		async get(key, generation) {
			const raw = await redis.getBuffer(keyOf(prefix, generation, key));
			if (!raw) return undefined;
			// one JSON line with status, headers and time, then the body's bytes
			const newline = raw.indexOf(10);
			if (newline < 0) return undefined;
			const meta = JSON.parse(raw.subarray(0, newline).toString('utf8')) as Omit<CachedPage, 'body'>;
			return { ...meta, body: new Uint8Array(raw.subarray(newline + 1)) };
		},
		async set(key, generation, page, ttlMs) {
			const meta = Buffer.from(`${JSON.stringify({ status: page.status, headers: page.headers, storedAt: page.storedAt })}\n`, 'utf8');
			await redis.set(keyOf(prefix, generation, key), Buffer.concat([meta, page.body]), 'PX', Math.max(1000, Math.round(ttlMs)));
		}
	};
}
