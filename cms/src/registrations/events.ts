import type { Core } from '@strapi/strapi';
import { randomBytes } from 'node:crypto';
import { errors } from '@strapi/utils';

export const EVENT_UID = 'api::event.event';
export const REGISTRATION_UID = 'api::event-registration.event-registration';
export const MESSAGE_UID = 'api::event-registration.event-registration-message';

export type RegistrationEvent = {
  documentId: string;
  slug: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  visibility: string;
  registrationMode: string | null;
  registrationAudience: string | null;
  registrationDeadline: string | null;
  registrationQuestion: string | null;
  capacity: number | null;
};

/** A refusal the sender can act on: 400 with a reason code the site turns into its own words. */
export const refuse = (reason: string, message: string) => new errors.ApplicationError(message, { reason });

/** The published, not withdrawn event (draft edits do not count until approved). */
export async function publishedEvent(strapi: Core.Strapi, documentId: unknown): Promise<RegistrationEvent | null> {
  if (typeof documentId !== 'string' || !/^[a-z0-9]{10,64}$/.test(documentId)) return null;
  const row = await strapi.db.query(EVENT_UID).findOne({
    where: { documentId, publishedAt: { $notNull: true }, withdrawnAt: { $null: true } },
    select: ['documentId', 'slug', 'title', 'startsAt', 'endsAt', 'visibility', 'registrationMode', 'registrationAudience', 'registrationDeadline', 'registrationQuestion', 'capacity'],
  });
  return (row as RegistrationEvent | null) ?? null;
}

/** Only members may register for members-only events and for internal ones. */
export const membersOnly = (event: RegistrationEvent) => event.registrationAudience === 'members' || event.visibility !== 'public';

/** Why registration is closed now, or null while it is open. */
export function closedBecause(event: RegistrationEvent, now: Date): string | null {
  if (event.registrationMode !== 'form') return 'no_registration';
  if (Date.parse(event.startsAt) <= now.getTime()) return 'started';
  if (event.registrationDeadline && Date.parse(event.registrationDeadline) < now.getTime()) return 'deadline_passed';
  return null;
}

/**
 * Serialises the registrations of one event: inside a transaction, on PostgreSQL a transaction-level
 * advisory lock per event; SQLite has one writer at a time (Strapi's SQLite pool is one connection),
 * so there the transaction alone serialises. Counting places after taking it cannot overbook.
 */
export async function lockEvent(strapi: Core.Strapi, trx: { raw: (sql: string, bindings: unknown[]) => Promise<unknown> }, documentId: string) {
  if (strapi.db.dialect.client === 'postgres') await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`event-registration:${documentId}`]);
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** A documentId like Strapi's for rows written through the query engine (it does not make one). */
export const newDocumentId = () => Array.from(randomBytes(24), (byte) => ALPHABET[byte % ALPHABET.length]).join('');
