import { describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { useCms } from '../helpers/suite';
import { outbox, recipients } from '../helpers/mail';

/**
 * Whether an e-mail address has an account must not show in how long sign-in or "forgot password"
 * take. Each check sends requests for a registered and an unknown address in turns and compares the
 * medians (single requests vary too much to compare one by one).
 */
const cms = useCms();

const ROUNDS = 17;
const KNOWN = 'kvhs@example.org';
const UNKNOWN = 'niemand-hier@example.org';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function timed(run: () => Promise<void>) {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Interleaved timings of both addresses; returns the ratio of their medians (known / unknown). */
async function medianRatio(attempt: (address: string) => Promise<void>) {
  await attempt(KNOWN);
  await attempt(UNKNOWN);
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    known.push(await timed(() => attempt(KNOWN)));
    unknown.push(await timed(() => attempt(UNKNOWN)));
  }
  return { ratio: median(known) / median(unknown), known: median(known), unknown: median(unknown) };
}

const restSignIn = async (identifier: string) => {
  const { status, body } = await cms.client.rest('POST', '/api/auth/local', { body: { identifier, password: 'falsches-Passwort-9' } });
  expect(status).toBe(400);
  expect(body.error.message).toBe('Invalid identifier or password');
};

const graphqlSignIn = async (identifier: string) => {
  const { body } = await cms.client.graphql('mutation ($identifier: String!) { login(input: { identifier: $identifier, password: "falsches-Passwort-9" }) { jwt } }', { identifier });
  expect(body.errors?.[0]?.message).toBe('Invalid identifier or password');
};

const restForgot = async (email: string) => {
  const { status, body } = await cms.client.rest('POST', '/api/auth/forgot-password', { body: { email } });
  expect([status, body]).toEqual([200, { ok: true }]);
};

const graphqlForgot = async (email: string) => {
  const { body } = await cms.client.graphql('mutation ($email: String!) { forgotPassword(email: $email) { ok } }', { email });
  expect(body).toEqual({ data: { forgotPassword: { ok: true } } });
};

async function mailsTo(address: string, expected: number) {
  const mails = outbox(cms.mailDir);
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (mails.read().filter((mail) => recipients(mail).includes(address)).length >= expected) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return mails.read().filter((mail) => recipients(mail).includes(address));
}

describe('sign-in and password reset take the same time for known and unknown addresses', () => {
  it.each([
    ['REST', restSignIn],
    ['GraphQL', graphqlSignIn],
  ])('sign-in with a wrong password over %s', async (_, attempt) => {
    const { ratio, known, unknown } = await medianRatio(attempt);
    console.info(`sign-in medians: known ${known.toFixed(1)} ms, unknown ${unknown.toFixed(1)} ms`);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
  });

  it('sign-in of a deactivated account takes as long as any other', async () => {
    const users = cms.strapi.db.query('plugin::users-permissions.user');
    const drk = await users.findOne({ where: { email: 'drk@example.org' } });
    await users.update({ where: { id: drk.id }, data: { blocked: true } });
    try {
      const attempt = (address: string) => restSignIn(address === KNOWN ? 'drk@example.org' : address);
      const { ratio } = await medianRatio(attempt);
      expect(ratio).toBeGreaterThan(0.6);
      expect(ratio).toBeLessThan(1.6);
    } finally {
      await users.update({ where: { id: drk.id }, data: { blocked: false } });
    }
  });

  it.each([
    ['REST', restForgot],
    ['GraphQL', graphqlForgot],
  ])('forgot password over %s', async (_, attempt) => {
    outbox(cms.mailDir).clear();
    const { ratio, known, unknown } = await medianRatio(attempt);
    console.info(`forgot-password medians: known ${known.toFixed(1)} ms, unknown ${unknown.toFixed(1)} ms`);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
    // the work still happens, after the answer: one mail per request to the known address only
    expect(await mailsTo(KNOWN, ROUNDS + 1)).toHaveLength(ROUNDS + 1);
    expect(await mailsTo(UNKNOWN, 0)).toHaveLength(0);
  });

  it('a malformed reset request is refused before anything is done', async () => {
    const { status } = await cms.client.rest('POST', '/api/auth/forgot-password', { body: { email: 'kein-at-zeichen' } });
    expect(status).toBe(400);
    const extra = await cms.client.rest('POST', '/api/auth/forgot-password', { body: { email: KNOWN, role: 'coordination' } });
    expect(extra.status).toBe(400);
  });
});
