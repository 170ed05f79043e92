import type { Core } from '@strapi/strapi';
import { ACTOR_UID, OFFERING_UID } from '../content/entry-types';
import { berlinToday } from '../content/offering-counts';

/**
 * Entries of an organisation that are online and were not confirmed for REMIND_AFTER_MONTHS or more
 * (never confirmed counts as stale): the organisation's own profile and its current offerings.
 * Events carry their own date and leave the lists when over (as on the office's stale list).
 */
export const REMIND_AFTER_MONTHS = 11;

export type StaleEntry = { type: 'actor' | 'offering'; documentId: string; title: string; slug: string | null; lastConfirmedAt: string | null; actorDocumentId: string; actorName: string };
type Row = Record<string, any>;

export function monthsBefore(now: Date, months: number): Date {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

/** Stale entries, all organisations or one (`actorDocumentId`), oldest confirmation first per organisation. */
export async function staleEntries(strapi: Core.Strapi, now: Date, actorDocumentId?: string, months = REMIND_AFTER_MONTHS): Promise<StaleEntry[]> {
  const before = monthsBefore(now, months);
  const unconfirmed = { $or: [{ lastConfirmedAt: null }, { lastConfirmedAt: { $lt: before } }] };
  const online = { publishedAt: { $notNull: true }, withdrawnAt: null };
  const actors = (await strapi.db.query(ACTOR_UID).findMany({
    where: { ...online, ...unconfirmed, ...(actorDocumentId ? { documentId: actorDocumentId } : {}) },
    select: ['documentId', 'name', 'slug', 'lastConfirmedAt'],
  })) as Row[];
  const offerings = (await strapi.db.query(OFFERING_UID).findMany({
    where: {
      ...online,
      $and: [unconfirmed, { $or: [{ validUntil: null }, { validUntil: { $gte: berlinToday(now) } }] }],
      actor: actorDocumentId ? { documentId: actorDocumentId } : { id: { $notNull: true } },
    },
    select: ['documentId', 'title', 'slug', 'lastConfirmedAt'],
    populate: { actor: { select: ['documentId', 'name'] } },
  })) as Row[];
  const entries: StaleEntry[] = [
    ...actors.map((row) => ({ type: 'actor' as const, documentId: row.documentId, title: row.name, slug: row.slug ?? null, lastConfirmedAt: iso(row.lastConfirmedAt), actorDocumentId: row.documentId, actorName: row.name })),
    ...offerings
      .filter((row) => row.actor)
      .map((row) => ({ type: 'offering' as const, documentId: row.documentId, title: row.title, slug: row.slug ?? null, lastConfirmedAt: iso(row.lastConfirmedAt), actorDocumentId: row.actor.documentId, actorName: row.actor.name })),
  ];
  return entries.sort((a, b) => a.actorName.localeCompare(b.actorName, 'de') || (a.lastConfirmedAt ?? '').localeCompare(b.lastConfirmedAt ?? '') || a.title.localeCompare(b.title, 'de'));
}
