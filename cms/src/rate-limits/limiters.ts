import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * The CMS's rate limits (sign-in / password reset, public submissions), per client address: the
 * visitor's when the site signed it (middlewares/client-address.ts), else the socket's.
 * With REDIS_URL the counters live in Redis, so every CMS process behind the proxy shares them;
 * without it, in this process's memory. If Redis fails, an in-memory limiter stands in (per
 * process) instead of letting every attempt through.
 */
export type Bucket = 'submission' | 'auth';

export function limitOf(bucket: Bucket) {
  return bucket === 'submission'
    ? { max: Number(process.env.SUBMISSION_RATE_LIMIT_MAX ?? 5), windowMs: Number(process.env.SUBMISSION_RATE_LIMIT_WINDOW_MS ?? 10 * 60 * 1000) }
    : { max: Number(process.env.AUTH_RATE_LIMIT_MAX ?? 10), windowMs: Number(process.env.AUTH_RATE_LIMIT_WINDOW_MS ?? 60 * 1000) };
}

let redis: Redis | undefined;
const limiters = new Map<Bucket, RateLimiterAbstract>();

function redisClient(url: string) {
  // Commands sent while connecting wait for the connection (they must count in Redis, not in the
  // insurance limiter); while Redis is away, a command fails after one reconnection attempt and
  // the insurance limiter answers.
  if (!redis) {
    redis = new Redis(url, { maxRetriesPerRequest: 1 });
    let warnedAt = 0;
    redis.on('error', (error: Error) => {
      if (Date.now() - warnedAt < 60_000) return;
      warnedAt = Date.now();
      const log = (globalThis as { strapi?: { log?: { warn: (message: string) => void } } }).strapi?.log;
      (log?.warn ?? console.warn)(`Rate limits: Redis unreachable (${error.message}); each process counts in its own memory meanwhile`);
    });
  }
  return redis;
}

/** Connects to Redis at start (REDIS_URL), so the first attempts after a start count there too. */
export function openLimiters() {
  if (process.env.REDIS_URL) for (const bucket of ['auth', 'submission'] as const) limiterFor(bucket);
}

function limiterFor(bucket: Bucket): RateLimiterAbstract {
  let limiter = limiters.get(bucket);
  if (limiter) return limiter;
  const { max, windowMs } = limitOf(bucket);
  const options = { points: max, duration: Math.max(1, Math.ceil(windowMs / 1000)) };
  const url = process.env.REDIS_URL;
  limiter = url
    ? new RateLimiterRedis({
        ...options,
        storeClient: redisClient(url),
        keyPrefix: `${process.env.RATE_LIMIT_PREFIX || 'boerde'}:${bucket}`,
        insuranceLimiter: new RateLimiterMemory({ ...options, keyPrefix: `insurance:${bucket}` }),
      })
    : new RateLimiterMemory({ ...options, keyPrefix: bucket });
  limiters.set(bucket, limiter);
  return limiter;
}

/** Counts one attempt of `client` in `bucket`; returns the seconds to wait when over the limit, else 0. */
export async function takeToken(bucket: Bucket, client: string): Promise<number> {
  try {
    await limiterFor(bucket).consume(client);
    return 0;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/** Closes the Redis connection (the CMS's destroy hook), and forgets the limiters. */
export async function closeLimiters() {
  limiters.clear();
  const client = redis;
  redis = undefined;
  if (client) await client.quit().catch(() => client.disconnect());
}
