import { describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';
import { errorCodes } from '../helpers/http';

/**
 * Sign-in, password reset and submissions are limited per real client. The site's server calls the
 * CMS for all its visitors, so it passes each visitor's address, signed with SITE_PROXY_SECRET;
 * an unsigned or wrongly signed address is ignored.
 */
const SECRET = 'test-site-proxy-secret';
const cms = useCms({ AUTH_RATE_LIMIT_MAX: '3', SUBMISSION_RATE_LIMIT_MAX: '2', SITE_PROXY_SECRET: SECRET });

const viaSite = (address: string, secret = SECRET) => ({ 'x-client-address': address, 'x-site-secret': secret });

async function post(path: string, body: unknown, headers: Record<string, string>) {
  const response = await fetch(new URL(path, cms.baseUrl), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return response.status;
}

const wrongSignIn = (headers: Record<string, string>) => post('/api/auth/local', { identifier: 'kvhs@example.org', password: 'falsch-falsch' }, headers);
const report = (headers: Record<string, string>) => post('/api/reports/submit', { kind: 'contact', message: 'Hallo Netzwerk' }, headers);

describe('rate limits per real client', () => {
  it('limits one visitor signing in through the site while another visitor is not limited', async () => {
    const first = [];
    for (let i = 0; i < 4; i += 1) first.push(await wrongSignIn(viaSite('203.0.113.10')));
    expect(first.slice(0, 3)).toEqual([400, 400, 400]);
    expect(first[3]).toBe(429);
    expect(await wrongSignIn(viaSite('198.51.100.20'))).toBe(400);
  });

  it('limits public submissions per visitor', async () => {
    expect([await report(viaSite('203.0.113.30')), await report(viaSite('203.0.113.30')), await report(viaSite('203.0.113.30'))]).toEqual([201, 201, 429]);
    expect(await report(viaSite('198.51.100.40'))).toBe(201);
  });

  it('ignores a client address that is not signed with the shared secret', async () => {
    // Without the secret, every request counts for the connecting address (here: the test runner).
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push(await report(viaSite(`192.0.2.${i + 1}`, 'geraten')));
    expect(statuses).toEqual([201, 201, 429]);
    expect(await report({ 'x-client-address': '192.0.2.99' })).toBe(429);
  });

  it('limits GraphQL sign-in the same way', async () => {
    const attempt = async (address: string) => {
      const response = await fetch(new URL('/graphql', cms.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...viaSite(address) },
        body: JSON.stringify({ query: 'mutation { login(input: { identifier: "kvhs@example.org", password: "falsch-falsch" }) { jwt } }' }),
      });
      return errorCodes({ status: response.status, body: await response.json() });
    };
    const codes = [];
    for (let i = 0; i < 4; i += 1) codes.push((await attempt('203.0.113.50'))[0]);
    expect(codes[3]).toBe('STRAPI_RATE_LIMIT_ERROR');
    expect(codes.slice(0, 3).every((code) => code !== 'STRAPI_RATE_LIMIT_ERROR')).toBe(true);
    expect((await attempt('198.51.100.60'))[0]).not.toBe('STRAPI_RATE_LIMIT_ERROR');
  });
});
