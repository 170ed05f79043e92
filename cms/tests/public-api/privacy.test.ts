import { describe, expect, it } from 'vitest';
import { useCms, db } from '../helpers/suite';
import { errorCodes } from '../helpers/http';

/** No public response contains a user, a user's e-mail, a private field or a submission. */
const cms = useCms();

const ACCOUNT_EMAILS = ['koordination@example.org', 'kvhs@example.org', 'drk@example.org'];
const TYPES = ['actors', 'offerings', 'municipalities', 'working-groups', 'events', 'news-articles', 'pages', 'topics', 'target-groups', 'languages'];

describe('private data', () => {
  it('the demo accounts exist and are bound to their actors', async () => {
    const users = await db(cms, 'plugin::users-permissions.user').findMany({ populate: ['role', 'actor'] });
    const byEmail = Object.fromEntries(users.map((u: { email: string }) => [u.email, u]));
    expect(byEmail['koordination@example.org'].role.type).toBe('coordination');
    expect(byEmail['kvhs@example.org'].role.type).toBe('member');
    expect(byEmail['kvhs@example.org'].actor.slug).toBe('kreisvolkshochschule-boerde');
    expect(byEmail['drk@example.org'].actor.slug).toBe('drk-kreisverband-boerde');
  });

  it.each(TYPES)('REST /api/%s with everything populated holds no account, e-mail of a user or private field', async (type) => {
    for (const populate of ['populate=*', 'populate[offerings][populate]=*&populate[actors][populate]=*', 'populate[actor][populate]=*&populate[organiser][populate]=*']) {
      const result = await cms.client.rest('GET', `/api/${type}?${populate}&pagination[pageSize]=100`);
      if (result.status === 400) continue; // a relation this type does not have
      expect(result.status).toBe(200);
      const text = JSON.stringify(result.body);
      // Exact addresses of the accounts: public contact addresses such as info-kvhs@… are fine.
      for (const email of ACCOUNT_EMAILS) expect(text).not.toMatch(new RegExp(`(^|[^\\w.+-])${email.replace('.', '\\.')}`));
      expect(text).not.toMatch(/memberAccounts|"password"|resetPasswordToken|handlingState|officeNote|"role"/);
    }
  });

  it('populating member accounts over REST is refused', async () => {
    for (const populate of ['memberAccounts', 'memberAccounts.role']) {
      const result = await cms.client.rest('GET', `/api/actors?populate=${populate}`);
      expect(result.status).toBe(400);
      expect(result.body.data).toBeNull();
    }
  });

  it('filtering by member accounts over REST is refused', async () => {
    const result = await cms.client.rest('GET', '/api/actors?filters[memberAccounts][email][$contains]=kvhs');
    expect(result.status).toBe(400);
  });

  it('the public GraphQL types expose no member accounts', async () => {
    const result = await cms.client.graphql('{ actors { name memberAccounts { email } } }');
    // not in the schema at all (not a permission question): the public type has no such field
    expect(errorCodes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.body.errors?.[0]?.message).toBe('Cannot query field "memberAccounts" on type "Actor".');
  });

  it('the users a public type could reach are refused', async () => {
    const result = await cms.client.graphql('{ usersPermissionsUsers(filters: { actor: { slug: { eq: "kreisvolkshochschule-boerde" } } }) { email } }');
    expect(errorCodes(result)).toContain('FORBIDDEN');
  });

  it('a member reads only itself through /users/me', async () => {
    const result = await cms.client.rest('GET', '/api/users/me', { token: cms.tokens.kvhs });
    expect(result.status).toBe(200);
    expect(result.body.email).toBe('kvhs@example.org');
    expect(result.body.password).toBeUndefined();
    const others = await cms.client.rest('GET', '/api/users', { token: cms.tokens.kvhs });
    expect(others.status).toBe(403);
  });

  it('a populate filter given as a list is applied, not dropped', async () => {
    const result = await cms.client.rest('GET', '/api/municipalities?pagination[pageSize]=100&populate[offerings][filters][0][title][$eq]=kein-solches-angebot');
    expect(result.status).toBe(200);
    expect(result.body.data.length).toBeGreaterThan(0);
    for (const municipality of result.body.data) expect(municipality.offerings).toEqual([]);
  });

  it('/users/me answers only the account itself and takes no populate (it would read past every guard)', async () => {
    const result = await cms.client.rest('GET', '/api/users/me', { token: cms.tokens.kvhs });
    expect(Object.keys(result.body).sort()).toEqual(['blocked', 'confirmed', 'createdAt', 'documentId', 'email', 'id', 'updatedAt', 'username']);
    for (const query of ['populate=*', 'populate[actor][populate][offerings][populate]=*', 'populate[role]=true', 'fields[0]=signedOutAt']) {
      const refused = await cms.client.rest('GET', `/api/users/me?${query}`, { token: cms.tokens.kvhs });
      expect(refused.status, query).toBe(400);
      expect(JSON.stringify(refused.body), query).not.toMatch(/offerings|kreisvolkshochschule|"role"/i);
    }
  });
});

describe('registration', () => {
  it('is off in the settings and in the public role', async () => {
    const settings = await cms.strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' }).get();
    expect(settings.allow_register).toBe(false);
    const role = await db(cms, 'plugin::users-permissions.role').findOne({ where: { type: 'public' }, populate: ['permissions'] });
    const actions = role.permissions.map((p: { action: string }) => p.action);
    expect(actions).not.toContain('plugin::users-permissions.auth.register');
    expect(actions).toContain('plugin::users-permissions.auth.callback');
  });

  it('refuses to register over REST and GraphQL and creates no user', async () => {
    const before = await db(cms, 'plugin::users-permissions.user').count();
    const rest = await cms.client.rest('POST', '/api/auth/local/register', { body: { username: 'eindringling', email: 'eindringling@example.org', password: 'geheim-123456' } });
    expect(rest.status).toBe(403);
    const graphql = await cms.client.graphql('mutation { register(input: { username: "eindringling", email: "eindringling@example.org", password: "geheim-123456" }) { jwt } }');
    expect(errorCodes(graphql)).toContain('FORBIDDEN');
    expect(await db(cms, 'plugin::users-permissions.user').count()).toBe(before);
  });
});
