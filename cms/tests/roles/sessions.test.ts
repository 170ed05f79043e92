import { describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';

/** The site's sign-in: who is signed in, and signing out that ends every token for real. */
const cms = useCms();

describe('the current session', () => {
  it('names a member with its organisation and the office without one', async () => {
    const member = await cms.client.rest('GET', '/api/session', { token: cms.tokens.kvhs });
    expect(member.status).toBe(200);
    expect(member.body.data).toMatchObject({ email: 'kvhs@example.org', role: 'member', actor: { name: 'Kreisvolkshochschule Börde' } });
    expect(member.body.data.password).toBeUndefined();
    const office = await cms.client.rest('GET', '/api/session', { token: cms.tokens.koordination });
    expect(office.body.data).toMatchObject({ email: 'koordination@example.org', role: 'coordination', actor: null });
  });

  it('is refused without a token and with a forged one', async () => {
    expect((await cms.client.rest('GET', '/api/session')).status).toBe(403);
    expect((await cms.client.rest('GET', '/api/session', { token: `${cms.tokens.kvhs}x` })).status).toBe(401);
  });

  it('does not expose when the person signed out', async () => {
    const me = await cms.client.rest('GET', '/api/users/me', { token: cms.tokens.drk });
    expect(me.status).toBe(200);
    expect(me.body).not.toHaveProperty('signedOutAt');
  });
});

describe('signing out', () => {
  it('ends every token issued before it, on every API, while a new sign-in works', async () => {
    const first = await cms.client.signIn('drk@example.org');
    const second = await cms.client.signIn('drk@example.org');
    expect((await cms.client.rest('GET', '/api/member/entries', { token: first })).status).toBe(200);

    const out = await cms.client.rest('POST', '/api/session/sign-out', { token: first });
    expect(out.status).toBe(200);

    for (const token of [first, second]) {
      expect((await cms.client.rest('GET', '/api/session', { token })).status).toBe(401);
      expect((await cms.client.rest('GET', '/api/member/entries', { token })).status).toBe(401);
      const graphql = await cms.client.graphql('{ memberEntries }', {}, { token });
      expect(graphql.status).toBe(401);
      expect(graphql.body.data ?? null).toBeNull();
    }

    const fresh = await cms.client.signIn('drk@example.org');
    const session = await cms.client.rest('GET', '/api/session', { token: fresh });
    expect(session.status).toBe(200);
    expect(session.body.data.email).toBe('drk@example.org');
  });

  it('is refused to the public', async () => {
    expect((await cms.client.rest('POST', '/api/session/sign-out')).status).toBe(403);
  });
});

describe('a new password and deactivation', () => {
  it('setting a password through the reset link ends the sessions started with the old one', async () => {
    const old = await cms.client.signIn('kvhs@example.org');
    const code = 'e2e-reset-code-0123456789abcdef';
    const user = await cms.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: 'kvhs@example.org' } });
    await cms.strapi.db.query('plugin::users-permissions.user').update({ where: { id: user.id }, data: { resetPasswordToken: code } });
    const reset = await cms.client.rest('POST', '/api/auth/reset-password', { body: { code, password: 'demo-Passwort-1', passwordConfirmation: 'demo-Passwort-1' } });
    expect(reset.status).toBe(200);
    expect((await cms.client.rest('GET', '/api/session', { token: old })).status).toBe(401);
    expect((await cms.client.rest('GET', '/api/session', { token: reset.body.jwt })).status).toBe(200);
  });

  it('deactivating revokes tokens for good: reactivating does not bring them back', async () => {
    const token = await cms.client.signIn('drk@example.org');
    const { id } = await cms.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: 'drk@example.org' } });
    expect((await cms.client.rest('POST', `/api/accounts/${id}/deactivate`, { token: cms.tokens.koordination })).status).toBe(200);
    expect((await cms.client.rest('GET', '/api/session', { token })).status).toBe(401);
    expect((await cms.client.rest('POST', `/api/accounts/${id}/activate`, { token: cms.tokens.koordination })).status).toBe(200);
    expect((await cms.client.rest('GET', '/api/session', { token })).status).toBe(401);
    const fresh = await cms.client.signIn('drk@example.org');
    expect((await cms.client.rest('GET', '/api/session', { token: fresh })).status).toBe(200);
  });
});
