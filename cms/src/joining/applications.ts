import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Caller } from '../access/caller';
import { requirePermission } from '../access/permissions';
import { asSystem } from '../access/as-system';
import { createInvitation, sendInvitation, type Invitation } from '../accounts/accounts';
import { ACTOR_UID } from '../content/entry-types';
import { recordModeration } from '../moderation/log';
import { sendMail } from '../mail/send';

/**
 * The office's decision on a membership application: accept (the organisation becomes an
 * unpublished actor and its first account is invited) or decline (the applicant learns why by
 * mail). Each decision claims the open application with a conditional update inside one
 * transaction, so a second decision on the same application changes nothing and is a conflict.
 */
const APPLICATION_UID = 'api::membership-application.membership-application';
type Row = Record<string, any>;

/** A decision on an application that was already decided (REST 409). */
export class ApplicationConflict extends errors.ApplicationError<'ApplicationConflict', string, { code: 'APPLICATION_DECIDED'; decision: string | null }> {
  constructor(decision: string | null) {
    super('Über diesen Mitgliedsantrag wurde bereits entschieden.', { code: 'APPLICATION_DECIDED', decision });
    this.name = 'ApplicationConflict';
  }
}

function requireOffice(caller: Caller) {
  requirePermission(caller, 'decideApplications', {}, 'Membership applications are decided by the coordination office');
}

/** Claims the still undecided application for this decision, or refuses (404 unknown, 409 decided). */
async function claim(strapi: Core.Strapi, documentId: string, data: Row): Promise<Row> {
  const existing = (await strapi.db.query(APPLICATION_UID).findOne({ where: { documentId } })) as Row | null;
  if (!existing) throw new errors.NotFoundError('Mitgliedsantrag nicht gefunden');
  const claimed = await strapi.db.query(APPLICATION_UID).updateMany({
    where: { documentId, decision: null },
    data: { ...data, handlingState: 'done', handledAt: new Date() },
  });
  if (claimed.count === 0) throw new ApplicationConflict(existing.decision ?? null);
  return existing;
}

/** The municipality the applicant named, when it is one of ours (by name, case-insensitive). */
async function municipalityNamed(strapi: Core.Strapi, name: string | null): Promise<string | null> {
  if (!name?.trim()) return null;
  const row = (await strapi.db.query('api::municipality.municipality').findOne({ where: { name: { $eqi: name.trim() } }, select: ['documentId'] })) as Row | null;
  return row?.documentId ?? null;
}

export async function acceptApplication(strapi: Core.Strapi, caller: Caller, documentId: string) {
  requireOffice(caller);
  let invitation: Invitation | undefined;
  let actorDocumentId = '';
  await strapi.db.transaction(async () => {
    const application = await claim(strapi, documentId, { decision: 'accepted' });
    const municipality = await municipalityNamed(strapi, application.municipalityName);
    // A draft only: the organisation completes its profile, the office publishes it after review.
    const actor = (await asSystem(strapi, () =>
      strapi.documents(ACTOR_UID).create({
        data: {
          name: application.organisationName,
          kind: 'other',
          contact: { contactPerson: application.contactName, email: application.email, phone: application.phone ?? null },
          municipalities: municipality ? [municipality] : [],
          reviewState: 'draft',
        } as never,
      }),
    )) as Row;
    actorDocumentId = actor.documentId;
    await strapi.db.query(APPLICATION_UID).updateMany({ where: { documentId }, data: { actorDocumentId } });
    invitation = await createInvitation(strapi, { email: application.email, role: 'member', actorDocumentId });
    await recordModeration(strapi, {
      action: 'application_accepted',
      uid: ACTOR_UID,
      documentId: actorDocumentId,
      caller,
      ownerActorDocumentId: actorDocumentId,
      title: application.organisationName,
      comment: `Mitgliedsantrag angenommen; Einladung an ${application.email}`,
    });
  });
  // after the commit: no invitation for an organisation that was not stored
  await sendInvitation(strapi, invitation!);
  return { documentId, decision: 'accepted', actorDocumentId, account: invitation!.account };
}

export async function declineApplication(strapi: Core.Strapi, caller: Caller, documentId: string, reason: unknown) {
  requireOffice(caller);
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (!text) throw new errors.ValidationError('Bitte einen Grund angeben', { fields: { reason: 'Bitte einen Grund angeben' } });
  if (text.length > 2000) throw new errors.ValidationError('Der Grund ist zu lang', { fields: { reason: 'Höchstens 2000 Zeichen' } });
  let application: Row = {};
  await strapi.db.transaction(async () => {
    application = await claim(strapi, documentId, { decision: 'declined', declineReason: text });
    await recordModeration(strapi, {
      action: 'application_declined',
      uid: APPLICATION_UID,
      documentId,
      caller,
      title: application.organisationName,
      comment: text,
    });
  });
  await sendMail(strapi, {
    to: [application.email],
    subject: 'Ihr Antrag auf Mitgliedschaft im Netzwerk Integration Börde',
    text: [
      `Guten Tag ${application.contactName},`,
      '',
      `vielen Dank für das Interesse von „${application.organisationName}“ am Netzwerk Integration Börde.`,
      'Die Koordinierungsstelle für Migration kann den Antrag auf Mitgliedschaft leider nicht annehmen.',
      '',
      `Begründung: ${text}`,
      '',
      'Bei Fragen antworten Sie einfach auf diese Nachricht.',
    ].join('\n'),
  });
  return { documentId, decision: 'declined' };
}
