import { beforeAll, describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';

/** Which translations exist, are missing, or are older than the German text (member dashboard, office). */
const cms = useCms();
let offering: string;

const status = async (token: string) => {
  const entry = await cms.client.rest('GET', `/api/member/entries/offering/${offering}`, { token });
  expect(entry.status).toBe(200);
  return entry.body.data.translations as Record<string, string>;
};

beforeAll(async () => {
  offering = (await cms.strapi.db.query('api::offering.offering').findOne({ where: { slug: 'integrationskurs-haldensleben' } })).documentId;
});

describe('translation status', () => {
  it('lists seeded translations as current and the other locales as missing', async () => {
    const translations = await status(cms.tokens.kvhs);
    expect(translations.en).toBe('current');
    expect(translations.fr).toBe('missing');
    expect(Object.keys(translations).sort()).toEqual(['ar', 'en', 'fa', 'fr', 'pl', 'ro', 'ru', 'uk']);
  });

  it('marks translations outdated when the German text changes, and current again when one is updated', async () => {
    const german = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { summary: 'Neue Zeiten ab Januar: vormittags und abends.' } } });
    expect(german.status).toBe(200);
    expect((await status(cms.tokens.kvhs)).en).toBe('outdated');

    const draft = await cms.client.rest('GET', `/api/member/entries/offering/${offering}`, { token: cms.tokens.kvhs });
    const translations = (draft.body.data.draft.translations as Array<Record<string, unknown>>).map(({ translatedAt: _t, ...rest }) =>
      rest.locale === 'en' ? { ...rest, summary: 'New times from January: mornings and evenings.' } : rest,
    );
    const english = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { translations } } });
    expect(english.status).toBe(200);
    const after = await status(cms.tokens.kvhs);
    expect(after.en).toBe('current');
    // the other translations were not touched: still older than the German text
    const untouched = Object.entries(after).filter(([locale, value]) => locale !== 'en' && value !== 'missing');
    expect(untouched.length).toBeGreaterThan(0);
    for (const [, value] of untouched) expect(value).toBe('outdated');
  });

  it('cannot be forged by a member', async () => {
    const forged = await cms.client.rest('PUT', `/api/offerings/${offering}`, { token: cms.tokens.kvhs, body: { data: { textChangedAt: '2000-01-01T00:00:00.000Z' } } });
    expect(forged.status).toBe(403);
  });
});
