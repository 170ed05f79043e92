/** JSON log lines (production default) or readable ones (development); LOG_FORMAT=json|pretty overrides. */
export const jsonLogs = (env: Record<string, string | undefined> = process.env) =>
  (env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty')) === 'json';
