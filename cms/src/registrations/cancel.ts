import type { Core } from '@strapi/strapi';
import { notifySite } from '../site-notifications';
import { EVENT_UID, lockEvent, refuse, REGISTRATION_UID, type RegistrationEvent } from './events';
import { sendCancelledMail, sendMovedUpMail } from './mails';
import { verifyCancelToken } from './token';

type Row = Record<string, any>;

/** The registration a cancel link names; a made-up, altered or expired link is a 400. */
async function fromToken(strapi: Core.Strapi, token: unknown, now: Date) {
  const check = verifyCancelToken(token, now);
  if ('reason' in check) throw refuse(check.reason === 'expired' ? 'expired' : 'invalid_token', check.reason === 'expired' ? 'Der Link ist abgelaufen' : 'Der Link ist ungültig');
  const registration = (await strapi.db.query(REGISTRATION_UID).findOne({ where: { documentId: check.registrationDocumentId } })) as Row | null;
  if (!registration) throw refuse('invalid_token', 'Der Link ist ungültig');
  // the event as it stands (draft or published row: its title and time), for the page and the mails
  const event = (await strapi.db.query(EVENT_UID).findOne({
    where: { documentId: registration.eventDocumentId },
    orderBy: { publishedAt: 'asc' },
    select: ['documentId', 'slug', 'title', 'startsAt', 'endsAt', 'visibility', 'registrationMode', 'registrationAudience', 'registrationDeadline', 'registrationQuestion', 'capacity'],
  })) as RegistrationEvent | null;
  if (!event) throw refuse('invalid_token', 'Der Link ist ungültig');
  return { registration, event };
}

/** What the cancel page shows: the registration's holder of the link may see it, nothing else. */
export async function showByToken(strapi: Core.Strapi, token: unknown, now = new Date()) {
  const { registration, event } = await fromToken(strapi, token, now);
  return {
    status: registration.status as string,
    name: registration.name as string,
    email: registration.email as string,
    event: { title: event.title, slug: event.slug, startsAt: event.startsAt },
  };
}

/**
 * Cancels the registration the link names (once: a cancelled one refuses), and if that freed a
 * place, moves the first person of the waiting list up, in the same transaction under the event's
 * lock. Mails go out after the commit.
 */
export async function cancelByToken(strapi: Core.Strapi, token: unknown, now = new Date()) {
  const { registration, event } = await fromToken(strapi, token, now);
  const result = await strapi.db.transaction(async ({ trx }) => {
    await lockEvent(strapi, trx, event.documentId);
    const query = strapi.db.query(REGISTRATION_UID);
    const current = (await query.findOne({ where: { id: registration.id } })) as Row | null;
    if (!current || current.status === 'cancelled') throw refuse('already_cancelled', 'Diese Anmeldung ist bereits storniert; der Link gilt nur einmal');
    await query.update({ where: { id: current.id }, data: { status: 'cancelled', cancelledAt: now } });
    const movedUp = current.status === 'confirmed' ? await moveUp(strapi, event, now) : null;
    return { cancelled: current, movedUp };
  });
  // the event page shows the places left: its cached copies go
  notifySite(EVENT_UID, event.documentId, 'update');
  await sendCancelledMail(strapi, result.cancelled as never, event);
  if (result.movedUp) await sendMovedUpMail(strapi, result.movedUp as never, event);
  return { status: 'cancelled' as const, movedUp: Boolean(result.movedUp) };
}

/** Inside the caller's transaction: the longest-waiting person gets the free place, if there is one. */
async function moveUp(strapi: Core.Strapi, event: RegistrationEvent, now: Date): Promise<Row | null> {
  const query = strapi.db.query(REGISTRATION_UID);
  const confirmed = await query.count({ where: { eventDocumentId: event.documentId, status: 'confirmed' } });
  if (event.capacity && confirmed >= event.capacity) return null;
  const first = (await query.findOne({ where: { eventDocumentId: event.documentId, status: 'waiting' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })) as Row | null;
  if (!first) return null;
  return (await query.update({ where: { id: first.id }, data: { status: 'confirmed', promotedAt: now } })) as Row;
}

