/**
 * A statement the database gave up on: PostgreSQL's statement_timeout (config/database.ts) cancelled
 * it, or SQLite found the file locked for longer than the busy timeout. The request that ran it
 * answers 503 with this message instead of a 500 (REST: middlewares/database-timeout.ts; GraphQL:
 * graphql/operation-limits.ts).
 */
export const DATABASE_TIMEOUT_MESSAGE = 'The database did not answer in time (statement timeout). Try again, or ask for less at once.';

const TIMEOUT_CODES = new Set([
  '57014', // PostgreSQL query_canceled: statement_timeout
  'SQLITE_BUSY',
]);

export function isDatabaseTimeout(error: unknown): boolean {
  for (let cause = error as { code?: unknown; cause?: unknown; originalError?: unknown } | undefined, hops = 0; cause && hops < 5; hops += 1) {
    if (typeof cause.code === 'string' && TIMEOUT_CODES.has(cause.code)) return true;
    cause = (cause.originalError ?? cause.cause) as typeof cause;
  }
  return false;
}
