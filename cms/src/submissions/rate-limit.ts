/**
 * Fixed-window limiter in memory (one CMS process), keyed on the client address that Koa reports:
 * the visitor's address when the site signed it (middlewares/client-address.ts), else the socket's.
 */
type Bucket = 'submission' | 'auth';
const windows = new Map<string, { startedAt: number; count: number }>();

export function limitOf(bucket: Bucket) {
  return bucket === 'submission'
    ? { max: Number(process.env.SUBMISSION_RATE_LIMIT_MAX ?? 5), windowMs: Number(process.env.SUBMISSION_RATE_LIMIT_WINDOW_MS ?? 10 * 60 * 1000) }
    : { max: Number(process.env.AUTH_RATE_LIMIT_MAX ?? 10), windowMs: Number(process.env.AUTH_RATE_LIMIT_WINDOW_MS ?? 60 * 1000) };
}

/** Counts one request of `client` in `bucket`; returns the seconds to wait if over the limit, else 0. */
export function takeToken(bucket: Bucket, client: string, now = Date.now()): number {
  const { max, windowMs } = limitOf(bucket);
  const key = `${bucket}:${client}`;
  const window = windows.get(key);
  if (!window || now - window.startedAt >= windowMs) {
    windows.set(key, { startedAt: now, count: 1 });
    if (windows.size > 10_000) {
      for (const [other, value] of windows) if (now - value.startedAt >= windowMs) windows.delete(other);
    }
    return 0;
  }
  window.count += 1;
  return window.count > max ? Math.ceil((window.startedAt + windowMs - now) / 1000) : 0;
}

export const takeSubmissionToken = (client: string) => takeToken('submission', client);
