import { describe, expect, it } from 'vitest';
import { useCms, db } from '../helpers/suite';

/** Slugs: made by the server from the German title, unique across versions, stable afterwards. */
const cms = useCms();
const OFFERING = 'api::offering.offering';

describe('slugs', () => {
  it('are generated from the German title, with umlauts transliterated', async () => {
    const created = await cms.strapi.documents(OFFERING).create({ data: { title: 'Beratung für Familien & Kinder in Großörner' } });
    expect(created.slug).toBe('beratung-fuer-familien-und-kinder-in-grossoerner');
  });

  it('are unique across drafts and published versions', async () => {
    // A draft-only offering holds the slug; a new one with the same title gets another.
    const draft = await cms.strapi.documents(OFFERING).create({ data: { title: 'Hausaufgabenhilfe Wanzleben' } });
    expect(draft.slug).not.toBe('hausaufgabenhilfe-wanzleben');
    expect(draft.slug).toMatch(/^hausaufgabenhilfe-wanzleben-\d+$/);
    const first = await cms.strapi.documents(OFFERING).create({ data: { title: 'Neues Angebot' }, status: 'published' });
    const second = await cms.strapi.documents(OFFERING).create({ data: { title: 'Neues Angebot' } });
    expect(second.slug).not.toBe(first.slug);
  });

  it('stay the same when the title changes, in draft and after publishing', async () => {
    const created = await cms.strapi.documents(OFFERING).create({ data: { title: 'Fahrradwerkstatt Barleben' }, status: 'published' });
    await cms.strapi.documents(OFFERING).update({ documentId: created.documentId, data: { title: 'Offene Fahrradwerkstatt Barleben-Meitzendorf' } });
    await cms.strapi.documents(OFFERING).publish({ documentId: created.documentId });
    const versions = await db(cms, OFFERING).findMany({ where: { documentId: created.documentId } });
    expect(versions).toHaveLength(2);
    for (const version of versions) {
      expect(version.title).toBe('Offene Fahrradwerkstatt Barleben-Meitzendorf');
      expect(version.slug).toBe('fahrradwerkstatt-barleben');
    }
  });

  it('translations of pages share the German slug', async () => {
    const rows = await db(cms, 'api::page.page').findMany({ where: { key: 'about' } });
    expect(new Set(rows.map((r: { locale: string }) => r.locale)).size).toBeGreaterThan(1);
    expect(new Set(rows.map((r: { slug: string }) => r.slug))).toEqual(new Set(['ueber-das-netzwerk']));
  });
});
