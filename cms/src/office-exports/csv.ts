import type { Core } from '@strapi/strapi';
import { stringify } from 'csv-stringify/sync';
import type { Caller } from '../access/caller';
import { requirePermission } from '../access/permissions';
import { coverageCounts } from '../content/offering-counts';
import { memberRecipients } from '../mail/send';
import { staleEntries } from '../reminders/stale-entries';

/**
 * The office's CSV exports: its stale list (every entry not confirmed for twelve months, as on the
 * office's page, uncapped) and the coverage matrix. Office only; both are small (hundreds of rows).
 */
const TYPE_LABELS = { actor: 'Akteur', offering: 'Angebot' } as const;

export async function staleListCsv(strapi: Core.Strapi, caller: Caller, now = new Date()) {
  requirePermission(caller, 'exportOfficeLists', {}, 'The stale list is for the coordination office');
  const entries = await staleEntries(strapi, now, undefined, 12);
  const accounts = new Map<string, string>();
  for (const actor of new Set(entries.map((entry) => entry.actorDocumentId))) accounts.set(actor, (await memberRecipients(strapi, actor)).join('; '));
  return stringify(
    entries.map((entry) => [entry.actorName, TYPE_LABELS[entry.type], entry.title, entry.slug ?? '', entry.lastConfirmedAt ?? 'noch nie', accounts.get(entry.actorDocumentId) ?? '']),
    { header: true, columns: ['Organisation', 'Art', 'Eintrag', 'Slug', 'Zuletzt bestätigt', 'Konten der Organisation'] },
  );
}

export async function coverageCsv(strapi: Core.Strapi, caller: Caller) {
  requirePermission(caller, 'exportOfficeLists', {}, 'The coverage matrix is for the coordination office');
  const counts = await coverageCounts(strapi, caller);
  const topics = [...new Set(Object.values(counts).flatMap((row) => Object.keys(row.topics)))].sort();
  const municipalities = Object.keys(counts).sort();
  return stringify(
    municipalities.map((municipality) => [municipality, counts[municipality].total, ...topics.map((topic) => counts[municipality].topics[topic] ?? 0)]),
    { header: true, columns: ['Gemeinde', 'Angebote gesamt', ...topics] },
  );
}
