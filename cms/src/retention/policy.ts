/**
 * How long personal data is kept (DSGVO), in one place: the retention job (retention/apply.ts) runs
 * on these periods, and the site's privacy page states them (public: GET /api/retention-policy and
 * the GraphQL query `retentionPolicy`).
 */
export type RetentionPolicy = {
  /** reports and membership applications marked done; snapshots of entries deleted for good */
  handledMonths: number;
  /** reports and membership applications never handled */
  openMonths: number;
  /** deactivated member and office accounts, until they are anonymised */
  accountMonths: number;
  /** event registrations (names, e-mail addresses, needs), counted from the end of the event */
  registrationMonths: number;
};

const SETTINGS: Record<keyof RetentionPolicy, { variable: string; fallback: number }> = {
  handledMonths: { variable: 'RETENTION_HANDLED_MONTHS', fallback: 6 },
  openMonths: { variable: 'RETENTION_OPEN_MONTHS', fallback: 24 },
  accountMonths: { variable: 'RETENTION_ACCOUNT_MONTHS', fallback: 12 },
  registrationMonths: { variable: 'RETENTION_REGISTRATION_MONTHS', fallback: 3 },
};

/** The periods from the environment; a value that is no whole number of months from 1 to 120 stops the start, naming the variable. */
export function retentionPolicy(env: NodeJS.ProcessEnv = process.env): RetentionPolicy {
  const policy = {} as RetentionPolicy;
  for (const [key, { variable, fallback }] of Object.entries(SETTINGS)) {
    const raw = env[variable]?.trim();
    const months = raw ? Number(raw) : fallback;
    if (!Number.isInteger(months) || months < 1 || months > 120) {
      throw new Error(`${variable} must be a whole number of months from 1 to 120 (found "${raw}")`);
    }
    policy[key as keyof RetentionPolicy] = months;
  }
  return policy;
}

/** The moment `months` calendar months before `now` (what is older is due). */
export function monthsBefore(now: Date, months: number): Date {
  const moment = new Date(now);
  moment.setUTCMonth(moment.getUTCMonth() - months);
  return moment;
}
