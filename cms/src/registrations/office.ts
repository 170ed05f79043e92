import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { stringify } from 'csv-stringify/sync';
import type { Caller } from '../access/caller';
import { requirePermission } from '../access/permissions';
import { refuseControlCharacters } from '../content/plain-text';
import { sendMail } from '../mail/send';
import { EVENT_UID, MESSAGE_UID, newDocumentId, REGISTRATION_UID } from './events';
import { messageSchema, validated } from './input';

type Row = Record<string, any>;

const requireOffice = (caller: Caller) => requirePermission(caller, 'handleRegistrations', {}, 'Registrations are handled by the coordination office');

/** The event as the office knows it (draft or published). */
async function anyEvent(strapi: Core.Strapi, documentId: unknown) {
  if (typeof documentId !== 'string' || !/^[a-z0-9]{10,64}$/.test(documentId)) throw new errors.NotFoundError('Event not found');
  const event = (await strapi.db.query(EVENT_UID).findOne({
    where: { documentId },
    orderBy: { publishedAt: 'asc' },
    select: ['documentId', 'slug', 'title', 'startsAt', 'endsAt', 'capacity', 'registrationMode', 'registrationAudience', 'registrationDeadline', 'registrationQuestion'],
  })) as Row | null;
  if (!event) throw new errors.NotFoundError('Event not found');
  return event;
}

const ORDER = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];
const view = ({ id: _id, userId: _user, eventEndsAt: _ends, ...row }: Row) => row;

/** Events that take registrations through the site, with their counts, soonest first. */
export async function eventsWithRegistration(strapi: Core.Strapi, caller: Caller) {
  requireOffice(caller);
  const events = (await strapi.db.query(EVENT_UID).findMany({
    where: { registrationMode: 'form', publishedAt: { $notNull: true } },
    orderBy: { startsAt: 'desc' },
    select: ['documentId', 'slug', 'title', 'startsAt', 'capacity', 'registrationAudience', 'registrationDeadline'],
    limit: 200,
  })) as Row[];
  return Promise.all(
    events.map(async (event) => {
      const count = (status: string) => strapi.db.query(REGISTRATION_UID).count({ where: { eventDocumentId: event.documentId, status } });
      return { ...event, confirmed: await count('confirmed'), waiting: await count('waiting'), cancelled: await count('cancelled') };
    }),
  );
}

/** Every registration of one event (confirmed, waiting, cancelled) in order of arrival, and the messages sent. */
export async function registrationsOf(strapi: Core.Strapi, caller: Caller, eventDocumentId: unknown) {
  requireOffice(caller);
  const event = await anyEvent(strapi, eventDocumentId);
  const rows = (await strapi.db.query(REGISTRATION_UID).findMany({ where: { eventDocumentId: event.documentId }, orderBy: ORDER })) as Row[];
  const messages = (await strapi.db.query(MESSAGE_UID).findMany({ where: { eventDocumentId: event.documentId }, orderBy: { createdAt: 'desc' }, limit: 50 })) as Row[];
  return {
    event,
    registrations: rows.map(view),
    messages: messages.map(({ id: _id, ...message }) => message),
  };
}

const STATUS_LABEL: Record<string, string> = { confirmed: 'bestätigt', waiting: 'Warteliste', cancelled: 'abgemeldet' };

// a cell that starts like a formula is taken as text by spreadsheets (CSV injection)
const cell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

/** The list as CSV (csv-stringify: quoting, separators, line breaks inside cells), UTF-8 with BOM for spreadsheets. */
export async function registrationsCsv(strapi: Core.Strapi, caller: Caller, eventDocumentId: unknown) {
  const { event, registrations } = await registrationsOf(strapi, caller, eventDocumentId);
  const header = ['Status', 'Name', 'Organisation', 'E-Mail', 'Barrierefreiheit/Dolmetschen', event.registrationQuestion || 'Antwort', 'Sprache', 'Angemeldet am', 'Nachgerückt am', 'Abgemeldet am'];
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : '');
  const records = registrations.map((row) =>
    [STATUS_LABEL[row.status] ?? row.status, row.name, row.organisation, row.email, row.needs, row.answer, row.locale, iso(row.createdAt), iso(row.promotedAt), iso(row.cancelledAt)].map(cell),
  );
  return { filename: `anmeldungen-${event.slug || event.documentId}.csv`, csv: `\uFEFF${stringify([header.map(cell), ...records], { record_delimiter: 'windows' })}` };
}

/** One mail to each person registered or waiting (not the cancelled), logged with its text and count. */
export async function messageRegistrants(strapi: Core.Strapi, caller: Caller, eventDocumentId: unknown, input: unknown) {
  requireOffice(caller);
  const event = await anyEvent(strapi, eventDocumentId);
  const message = await validated<{ subject: string; text: string }>(messageSchema, input, false);
  refuseControlCharacters(strapi, MESSAGE_UID as never, message);
  const recipients = (await strapi.db.query(REGISTRATION_UID).findMany({
    where: { eventDocumentId: event.documentId, status: { $in: ['confirmed', 'waiting'] } },
    select: ['email', 'name'],
    orderBy: ORDER,
  })) as Row[];
  await strapi.db.query(MESSAGE_UID).create({
    data: {
      documentId: newDocumentId(),
      eventDocumentId: event.documentId,
      subject: message.subject,
      text: message.text,
      recipientCount: recipients.length,
      byUserId: 'userId' in caller ? caller.userId : null,
    },
  });
  for (const recipient of recipients) {
    await sendMail(strapi, { to: [recipient.email], subject: `${message.subject} – ${event.title}`, text: `Guten Tag ${recipient.name},\n\n${message.text}\n\nNetzwerk Integration Börde – Koordinierungsstelle für Migration` });
  }
  return { sent: recipients.length };
}
