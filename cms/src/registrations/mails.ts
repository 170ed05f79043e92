import type { Core } from '@strapi/strapi';
import { sendMail, siteUrl } from '../mail/send';
import { signCancelToken } from './token';
import type { RegistrationEvent } from './events';

type Registration = { documentId: string; name: string; email: string; status: string; locale: string | null };

const berlin = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));

/** The site page that shows the registration and cancels it with a button (a GET changes nothing). */
export function cancelLink(registration: Registration, event: RegistrationEvent) {
  const token = signCancelToken(registration.documentId, new Date(event.startsAt));
  return `${siteUrl()}/${registration.locale || 'de'}/termine/abmelden?token=${encodeURIComponent(token)}`;
}

const footer = (registration: Registration, event: RegistrationEvent) =>
  `\n\nFalls Sie nicht teilnehmen können, melden Sie sich bitte hier ab (der Link gilt bis zum Beginn):\n${cancelLink(registration, event)}\n\nNetzwerk Integration Börde – Koordinierungsstelle für Migration`;

/** Confirmation of a new registration: a place, or a place on the waiting list. */
export async function sendRegistrationMail(strapi: Core.Strapi, registration: Registration, event: RegistrationEvent) {
  const waiting = registration.status === 'waiting';
  const subject = waiting ? `Warteliste: ${event.title}` : `Anmeldung bestätigt: ${event.title}`;
  const text = waiting
    ? `Guten Tag ${registration.name},\n\ndie Veranstaltung „${event.title}“ am ${berlin(event.startsAt)} ist ausgebucht. Sie stehen auf der Warteliste; wird ein Platz frei, rücken Sie automatisch nach und bekommen eine E-Mail.`
    : `Guten Tag ${registration.name},\n\nvielen Dank für Ihre Anmeldung zu „${event.title}“ am ${berlin(event.startsAt)}. Ihr Platz ist bestätigt.`;
  await sendMail(strapi, { to: [registration.email], subject, text: text + footer(registration, event) });
}

/** Someone cancelled: the first person on the waiting list now has a place. */
export async function sendMovedUpMail(strapi: Core.Strapi, registration: Registration, event: RegistrationEvent) {
  await sendMail(strapi, {
    to: [registration.email],
    subject: `Platz frei geworden: ${event.title}`,
    text: `Guten Tag ${registration.name},\n\nfür „${event.title}“ am ${berlin(event.startsAt)} ist ein Platz frei geworden: Sie sind von der Warteliste nachgerückt, Ihre Anmeldung ist jetzt bestätigt.${footer(registration, event)}`,
  });
}

export async function sendCancelledMail(strapi: Core.Strapi, registration: Registration, event: RegistrationEvent) {
  await sendMail(strapi, {
    to: [registration.email],
    subject: `Abmeldung: ${event.title}`,
    text: `Guten Tag ${registration.name},\n\nSie sind von „${event.title}“ am ${berlin(event.startsAt)} abgemeldet.\n\nNetzwerk Integration Börde – Koordinierungsstelle für Migration`,
  });
}
