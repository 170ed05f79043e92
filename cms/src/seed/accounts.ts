/** Development-only accounts, listed in the README. Never seeded in production unless asked. */
export const DEMO_PASSWORD = 'demo-Passwort-1';

export const DEMO_ACCOUNTS: Array<{ email: string; role: 'coordination' | 'member'; actor?: string }> = [
  { email: 'koordination@example.org', role: 'coordination' },
  { email: 'kvhs@example.org', role: 'member', actor: 'kreisvolkshochschule-boerde' },
  { email: 'drk@example.org', role: 'member', actor: 'drk-kreisverband-boerde' },
];
