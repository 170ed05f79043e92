/**
 * What a production start needs, checked before anything else runs (src/index.ts `register`): a
 * refusal names the variable and exits the process non-zero, instead of a CMS that runs with a
 * guessable secret or writes password-reset links into a folder nobody reads.
 */

/** Every secret the CMS reads; each must be set and must not be the .env.example placeholder. */
export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  // without it the site cannot name visitors' addresses: every visitor would share one rate limit
  'SITE_PROXY_SECRET',
  // without it the site never hears of changes: visitors would see old pages until the cache time ends
  'SITE_CHANGES_SECRET',
] as const;

/** Optional secrets: may be empty, never the placeholder. */
const OPTIONAL_SECRETS = ['DATABASE_PASSWORD', 'SMTP_PASSWORD'] as const;

const PLACEHOLDER = /change-me/i;

type Env = Record<string, string | undefined>;

/** The problems of a production environment, one sentence each naming its variable; empty when fine. */
export function productionProblems(env: Env): string[] {
  const problems: string[] = [];
  for (const name of REQUIRED_SECRETS) {
    const value = env[name]?.trim() ?? '';
    if (value === '') problems.push(`${name} is missing (required in production; generate one with: openssl rand -base64 32)`);
    else if (PLACEHOLDER.test(value)) problems.push(`${name} still holds the change-me placeholder from .env.example`);
  }
  for (const name of OPTIONAL_SECRETS) {
    if (PLACEHOLDER.test(env[name] ?? '')) problems.push(`${name} still holds the change-me placeholder from .env.example`);
  }
  // Without SMTP, mails (invitations, password resets) are written as files: only on purpose, into a
  // folder on a volume (docker-compose.yml mounts one), never into the container's throw-away .tmp.
  if ((env.SMTP_HOST?.trim() ?? '') === '' && (env.MAIL_OUTBOX_DIR?.trim() ?? '') === '') {
    problems.push('SMTP_HOST is missing: set SMTP_HOST (and SMTP_PORT, SMTP_USERNAME, SMTP_PASSWORD), or set MAIL_OUTBOX_DIR to a folder on a volume to keep mails as files on purpose');
  }
  return problems;
}

/** Throws (the start fails, exit code 1) when production settings are unsafe; logs the mail outbox choice. */
export function checkProductionSettings(env: Env, log: { warn(message: string): void }) {
  if (env.NODE_ENV !== 'production') return;
  const problems = productionProblems(env);
  if (problems.length > 0) {
    throw new Error(`Refusing to start in production:\n  - ${problems.join('\n  - ')}\n(see .env.example and the README, "Configuration")`);
  }
  if ((env.SMTP_HOST?.trim() ?? '') === '') {
    log.warn(`SMTP_HOST is not set: e-mails (invitations, password resets, review notices) are written to MAIL_OUTBOX_DIR=${env.MAIL_OUTBOX_DIR} instead of being sent.`);
  }
}
