import type { Core } from '@strapi/strapi';
import { EVENT_UID, MESSAGE_UID, REGISTRATION_UID } from './events';

type Row = Record<string, any>;

/**
 * Deletes the registrations (and the office's logged messages) of every event that ended before
 * `endedBefore`. The end is the event's current end (or start) where the event still exists, so a
 * postponed event keeps its list; for an event deleted since, the end stored with the registration.
 * Returns how many registrations were deleted.
 */
export async function deleteRegistrationsOfPastEvents(strapi: Core.Strapi, endedBefore: Date): Promise<number> {
  const registrations = strapi.db.query(REGISTRATION_UID);
  const eventIds = [...new Set(((await registrations.findMany({ select: ['eventDocumentId'] })) as Row[]).map((row) => row.eventDocumentId as string))];
  let deleted = 0;
  for (const eventDocumentId of eventIds) {
    const events = (await strapi.db.query(EVENT_UID).findMany({ where: { documentId: eventDocumentId }, select: ['startsAt', 'endsAt'] })) as Row[];
    const end = (row: Row) => Date.parse(row.endsAt ?? row.startsAt);
    const due = events.length > 0 ? events.every((row) => end(row) < endedBefore.getTime()) : null;
    const where =
      due === null ? { eventDocumentId, eventEndsAt: { $lt: endedBefore } } : due ? { eventDocumentId } : null;
    if (!where) continue;
    const { count } = await registrations.deleteMany({ where });
    deleted += count;
    if (due) await strapi.db.query(MESSAGE_UID).deleteMany({ where: { eventDocumentId } });
  }
  return deleted;
}
