import type { Core, UID } from '@strapi/strapi';
import type { Caller } from '../access/caller';
import { requirePermission } from '../access/permissions';
import { EVENT_UID } from '../content/entry-types';
import { ENTRY_TYPES, TITLE_FIELD } from '../moderation/entries';
import { translationStatus } from './clock';

type Row = Record<string, any>;

/** An event that is over needs no translation any more. */
const isOver = (row: Row, now: Date) => new Date(row.endsAt ?? row.startsAt ?? 0) < now;

/**
 * Every entry that is online (published, not withdrawn; events public and not over) with the state
 * of each translation. The state is that of the current German text, a change waiting for review
 * included, as on the comparison page: a translation is due as soon as the German text changes.
 */
export async function translationOverview(strapi: Core.Strapi, caller: Caller) {
  requirePermission(caller, 'readTranslationOverview', {}, 'The translation overview is for the coordination office');
  const now = new Date();
  const result = [];
  for (const [type, uid] of Object.entries(ENTRY_TYPES)) {
    const rows = (await strapi.db.query(uid as UID.Schema).findMany({ populate: { translations: true } })) as Row[];
    const byDocument = new Map<string, { draft?: Row; published?: Row }>();
    for (const row of rows) {
      const versions = byDocument.get(row.documentId) ?? {};
      versions[row.publishedAt ? 'published' : 'draft'] = row;
      byDocument.set(row.documentId, versions);
    }
    for (const [documentId, { draft, published }] of byDocument) {
      if (!published || published.withdrawnAt || draft?.withdrawnAt) continue;
      if (uid === EVENT_UID && (published.visibility !== 'public' || isOver(published, now))) continue;
      const current = draft ?? published;
      result.push({
        type,
        documentId,
        title: current[TITLE_FIELD[uid]] as string,
        slug: (published.slug as string | null) ?? null,
        textChangedAt: current.textChangedAt ?? null,
        translations: translationStatus(uid, current),
      });
    }
  }
  return result.sort((a, b) => a.type.localeCompare(b.type) || String(a.title).localeCompare(String(b.title), 'de'));
}
