/**
 * Fixed-window limiter for public submissions, in memory (one CMS process). Keyed on the client
 * address that Koa reports (X-Forwarded-For only counts when TRUST_PROXY is set).
 */
const windows = new Map<string, { startedAt: number; count: number }>();

export function submissionLimit() {
  return {
    max: Number(process.env.SUBMISSION_RATE_LIMIT_MAX ?? 5),
    windowMs: Number(process.env.SUBMISSION_RATE_LIMIT_WINDOW_MS ?? 10 * 60 * 1000),
  };
}

/** Counts one submission for `key`; returns the seconds to wait if the limit is exceeded, else 0. */
export function takeSubmissionToken(key: string, now = Date.now()): number {
  const { max, windowMs } = submissionLimit();
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
