/**
 * How a content change reaches every site instance. The instance that receives the CMS's signed
 * notification calls `announce`; with Redis (REDIS_URL) it counts a new shared cache generation
 * and publishes the change on `{prefix}changes`, and every other instance hears it there. Each
 * instance then tells its own subscribers (content-changes.ts: the page cache, the search index).
 * Without Redis there is one instance and the change stays in it.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { emitContentChange, type ContentChange } from '../content-changes.ts';
import { log } from '../log.ts';

export interface ChangeRelay {
	/** The shared cache generation after the latest change (undefined without Redis). */
	readonly generation: number | undefined;
	/** A change this instance learnt from the CMS: to every instance. */
	announce(change: ContentChange): Promise<void>;
	/** The shared generation at start (0 without Redis). */
	ready: Promise<number>;
}

interface Message {
	from: string;
	generation: number;
	change: ContentChange;
}

const isMessage = (value: unknown): value is Message =>
	typeof value === 'object' && value !== null && typeof (value as Message).from === 'string' && typeof (value as Message).generation === 'number' && typeof (value as Message).change?.type === 'string';

export function createLocalRelay(): ChangeRelay {
	return { generation: undefined, announce: (change) => emitContentChange(change), ready: Promise.resolve(0) };
}

export function createRedisRelay(url: string, prefix: string): ChangeRelay & { redis: Redis; close(): Promise<void> } {
	const instance = randomUUID();
	const channel = `${prefix}changes`;
	const generationKey = `${prefix}generation`;
	// no offline queue: while Redis is away, commands fail at once (a cache miss) instead of piling up
	const options = { lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 } as const;
	const redis = new Redis(url, options);
	const subscriber = new Redis(url, { ...options, enableOfflineQueue: true });
	for (const client of [redis, subscriber]) client.on('error', (err) => log.error({ channel, cause: err.message }, 'Redis error'));
	let generation: number | undefined;

	subscriber.subscribe(channel).catch((err) => log.error({ channel, cause: err.message }, 'Redis subscribe failed'));
	subscriber.on('message', (_channel: string, text: string) => {
		let message: unknown;
		try {
			message = JSON.parse(text);
		} catch {
			return;
		}
		if (!isMessage(message) || message.from === instance) return;
		generation = Math.max(generation ?? 0, message.generation);
		void emitContentChange(message.change);
	});

	const ready = new Promise<number>((resolve) => {
		const read = () =>
			redis
				.get(generationKey)
				.then((value) => {
					generation = Math.max(generation ?? 0, Number(value ?? 0) || 0);
					resolve(generation);
				})
				.catch(() => resolve(0));
		if (redis.status === 'ready') read();
		else redis.once('ready', read);
		// Redis down at start: carry on without the shared level
		setTimeout(() => resolve(generation ?? 0), 3000).unref();
	});

	return {
		redis,
		ready,
		get generation() {
			return generation;
		},
		async announce(change) {
			try {
				generation = await redis.incr(generationKey);
				await redis.publish(channel, JSON.stringify({ from: instance, generation, change } satisfies Message));
			} catch (err) {
				log.error({ cause: (err as Error).message }, 'Redis: could not fan out a change; other instances keep their pages until they expire');
			}
			await emitContentChange(change);
		},
		async close() {
			await Promise.allSettled([redis.quit(), subscriber.quit()]);
		}
	};
}
