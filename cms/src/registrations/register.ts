import type { Core } from '@strapi/strapi';
import { notifySite } from '../site-notifications';
import { errors } from '@strapi/utils';
import type { Caller } from '../access/caller';
import { refuseControlCharacters } from '../content/plain-text';
import { closedBecause, EVENT_UID, lockEvent, membersOnly, newDocumentId, publishedEvent, refuse, REGISTRATION_UID, type RegistrationEvent } from './events';
import { registrationSchema, validated, type RegistrationInput } from './input';
import { sendRegistrationMail } from './mails';

const isNetworkMember = (caller: Caller) => caller.kind === 'member' || caller.kind === 'coordination';

/** Places taken and waiting, and whether registration is open: public, no personal data. */
export async function registrationStatus(strapi: Core.Strapi, eventDocumentId: unknown, now = new Date()) {
  const event = await publishedEvent(strapi, eventDocumentId);
  if (!event || event.visibility !== 'public' || event.registrationMode !== 'form') throw new errors.NotFoundError('No event with registration');
  const confirmed = await strapi.db.query(REGISTRATION_UID).count({ where: { eventDocumentId: event.documentId, status: 'confirmed' } });
  const waiting = await strapi.db.query(REGISTRATION_UID).count({ where: { eventDocumentId: event.documentId, status: 'waiting' } });
  return {
    open: closedBecause(event, now) === null,
    closedBecause: closedBecause(event, now),
    membersOnly: membersOnly(event),
    capacity: event.capacity ?? null,
    placesLeft: event.capacity ? Math.max(0, event.capacity - confirmed) : null,
    waiting,
  };
}

/**
 * Registers one person for an event. Everything is checked before anything is written; the place is
 * counted and the row written in one transaction under the event's lock, so two simultaneous
 * registrations for the last place give one place and one waiting-list entry. The mail goes out
 * after the commit.
 */
export async function register(strapi: Core.Strapi, caller: Caller, eventDocumentId: unknown, input: unknown, now = new Date()) {
  const event = await publishedEvent(strapi, eventDocumentId);
  if (!event || event.registrationMode !== 'form') throw new errors.NotFoundError('No event with registration');
  if (membersOnly(event) && !isNetworkMember(caller)) {
    if (caller.kind === 'public' && caller.userId === undefined) throw new errors.UnauthorizedError('Nur für angemeldete Mitglieder des Netzwerks');
    throw new errors.ForbiddenError('Nur für Mitglieder des Netzwerks');
  }
  const closed = closedBecause(event, now);
  if (closed) throw refuse(closed, closed === 'deadline_passed' ? 'Die Anmeldefrist ist abgelaufen' : 'Die Anmeldung ist geschlossen');
  const data = await validated<RegistrationInput>(registrationSchema, input);
  if (!event.registrationQuestion) data.answer = null;
  refuseControlCharacters(strapi, REGISTRATION_UID as never, data);

  const created = await strapi.db.transaction(async ({ trx }) => {
    await lockEvent(strapi, trx, event.documentId);
    const query = strapi.db.query(REGISTRATION_UID);
    const email = data.email.toLowerCase();
    const existing = await query.count({ where: { eventDocumentId: event.documentId, email, status: { $in: ['confirmed', 'waiting'] } } });
    if (existing > 0) throw refuse('duplicate', 'Mit dieser E-Mail-Adresse besteht bereits eine Anmeldung');
    const confirmed = await query.count({ where: { eventDocumentId: event.documentId, status: 'confirmed' } });
    const status = event.capacity && confirmed >= event.capacity ? 'waiting' : 'confirmed';
    return query.create({
      data: {
        documentId: newDocumentId(),
        eventDocumentId: event.documentId,
        status,
        ...data,
        email,
        userId: caller.kind === 'member' || caller.kind === 'coordination' ? caller.userId : null,
        eventEndsAt: event.endsAt ?? event.startsAt,
      },
    });
  });
  // the event page shows the places left: its cached copies go
  notifySite(EVENT_UID, event.documentId, 'update');
  await sendRegistrationMail(strapi, created, event);
  return { documentId: created.documentId as string, status: created.status as 'confirmed' | 'waiting' };
}

export type { RegistrationEvent };
