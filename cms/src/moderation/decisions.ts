import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Caller } from '../access/caller';
import { authorize as mayDo, type PermissionName } from '../access/permissions';
import { asSystem } from '../access/as-system';
import { contentOf, loadVersions, ownerOf, TITLE_FIELD, versionOf, type Row } from './entries';
import { recordModeration } from './log';
import { memberRecipients, sendMail, siteUrl } from '../mail/send';
import { notifySite } from '../site-notifications';

/**
 * The moderation use cases: approve, send back, withdraw, restore, delete for good, confirm current.
 * Each checks the caller with the permission rules, changes the entry as the system, and records
 * what happened in the moderation log.
 */
export type Request = { caller: Caller; uid: string; documentId: string };

export async function authorize(strapi: Core.Strapi, { caller, uid, documentId }: Request, action: PermissionName) {
  const owner = await ownerOf(strapi, uid, documentId);
  const versions = await loadVersions(strapi, uid, documentId);
  if (!mayDo(caller, action, { uid, ownerActorDocumentId: owner })) {
    throw new errors.ForbiddenError(`Not allowed to ${action} this entry`);
  }
  const title = ((versions.draft ?? versions.published)?.[TITLE_FIELD[uid]] as string) ?? documentId;
  return { owner, title, ...versions };
}

const setOnAllVersions = (strapi: Core.Strapi, uid: string, documentId: string, data: Record<string, unknown>) =>
  strapi.db.query(uid as never).updateMany({ where: { documentId }, data });

/** A decision that came too late or on another version than the one reviewed (REST 409, GraphQL STRAPI_DECISION_CONFLICT). */
export class DecisionConflict extends errors.ApplicationError<'DecisionConflict', string, { code: 'DECISION_CONFLICT'; currentVersion: string | null; reviewState: string | null }> {
  constructor(currentVersion: string | null, reviewState: string | null) {
    super('The draft has changed since you reviewed it, or it was already decided. Please review the current version.', { code: 'DECISION_CONFLICT', currentVersion, reviewState });
    this.name = 'DecisionConflict';
  }
}

/**
 * Takes the decision on a draft waiting for review, all or nothing. Inside one transaction the draft
 * is claimed with a conditional update (only while `reviewState` is still `submitted` and the entry
 * is not withdrawn): PostgreSQL holds the row lock until commit and re-checks the condition for a
 * second decision waiting on it, SQLite runs one write transaction at a time, so of two decisions
 * at the same time exactly one claims the draft and the other gets a DecisionConflict. The claim
 * changes only review bookkeeping, so the version read afterwards is still the one reviewed.
 */
async function decide(strapi: Core.Strapi, request: Request, decision: { reviewState: 'approved' | 'sent_back'; version?: string }, then: (draft: Row) => Promise<void>) {
  const { uid, documentId } = request;
  return strapi.db.transaction(async () => {
    const claimed = await strapi.db.query(uid as never).updateMany({
      where: { documentId, publishedAt: null, reviewState: 'submitted', withdrawnAt: null },
      data: { reviewState: decision.reviewState, reviewedAt: new Date().toISOString() },
    });
    const { draft } = await loadVersions(strapi, uid, documentId);
    if (claimed.count === 0 || !draft) throw new DecisionConflict(versionOf(draft), (draft?.reviewState as string) ?? null);
    if (decision.version !== undefined && versionOf(draft) !== decision.version) throw new DecisionConflict(versionOf(draft), 'submitted');
    await then(draft);
    return draft;
  });
}

/** Publishes exactly the draft version the office reviewed, while it still waits for review. */
export async function approve(strapi: Core.Strapi, request: Request & { version: string; comment?: string }) {
  const { owner, title, draft } = await authorize(strapi, request, 'moderate');
  if (!draft) throw new errors.ValidationError('There is no draft to approve');
  if (!request.version) throw new errors.ValidationError('Name the version you reviewed', { fields: { version: 'required' } });
  await decide(strapi, request, { reviewState: 'approved', version: request.version }, async (reviewed) => {
    const now = new Date().toISOString();
    await asSystem(strapi, async () => {
      // a reviewed and approved entry counts as confirmed current (it leaves the office's stale list)
      await setOnAllVersions(strapi, request.uid, request.documentId, { reviewState: 'approved', reviewComment: request.comment ?? null, reviewedAt: now, lastConfirmedAt: now });
      await strapi.documents(request.uid as never).publish({ documentId: request.documentId });
    });
    notifySite(request.uid, request.documentId, 'approve');
    await recordModeration(strapi, { action: 'approved', uid: request.uid, documentId: request.documentId, caller: request.caller, ownerActorDocumentId: owner, title, comment: request.comment, draftVersion: request.version, snapshot: contentOf(reviewed) });
  });
  await sendMail(strapi, {
    to: await memberRecipients(strapi, owner),
    subject: `Freigegeben: ${title}`,
    text: `Die Koordinierungsstelle hat „${title}“ freigegeben. Der Eintrag ist jetzt öffentlich sichtbar.${request.comment ? `\n\nKommentar: ${request.comment}` : ''}\n\n${siteUrl()}/mitglieder`,
  });
  return { documentId: request.documentId, state: 'approved' };
}

/** Returns the draft waiting for review to the member with a comment; the published version stays online. */
export async function sendBack(strapi: Core.Strapi, request: Request & { comment: string }) {
  const comment = request.comment?.trim();
  if (!comment) throw new errors.ValidationError('Please say why the change is sent back', { fields: { comment: 'required' } });
  if (comment.length > 2000) throw new errors.ValidationError('The comment is too long (2000 characters at most)', { fields: { comment: 'too long' } });
  const { owner, title, draft } = await authorize(strapi, request, 'moderate');
  if (!draft) throw new errors.ValidationError('There is no draft to send back');
  await decide(strapi, request, { reviewState: 'sent_back' }, async (reviewed) => {
    await strapi.db.query(request.uid as never).update({ where: { id: reviewed.id }, data: { reviewComment: comment } });
    await recordModeration(strapi, { action: 'sent_back', uid: request.uid, documentId: request.documentId, caller: request.caller, ownerActorDocumentId: owner, title, comment, draftVersion: versionOf(reviewed) });
  });
  await sendMail(strapi, {
    to: await memberRecipients(strapi, owner),
    subject: `Zurückgegeben: ${title}`,
    text: `Die Koordinierungsstelle hat Ihre Änderung an „${title}“ zurückgegeben.\n\nKommentar: ${comment}\n\nBitte überarbeiten Sie den Eintrag: ${siteUrl()}/mitglieder`,
  });
  return { documentId: request.documentId, state: 'sent_back' };
}

/** The office takes the published version offline; the draft stays and can be approved again. */
export async function unpublish(strapi: Core.Strapi, request: Request & { comment?: string }) {
  const { owner, title, published } = await authorize(strapi, request, 'moderate');
  if (!published) throw new errors.ValidationError('The entry is not published');
  await asSystem(strapi, () => strapi.documents(request.uid as never).unpublish({ documentId: request.documentId }));
  await recordModeration(strapi, { action: 'unpublished', uid: request.uid, documentId: request.documentId, caller: request.caller, ownerActorDocumentId: owner, title, comment: request.comment, snapshot: contentOf(published) });
  return { documentId: request.documentId, state: 'never_published' };
}

/** Takes an entry off the public site at once; nothing is deleted, the office can restore it. */
export async function withdraw(strapi: Core.Strapi, request: Request & { comment?: string }) {
  const { owner, title, draft, published } = await authorize(strapi, request, 'withdrawEntry');
  if ((published ?? draft)?.withdrawnAt) throw new errors.ValidationError('The entry is already withdrawn');
  await setOnAllVersions(strapi, request.uid, request.documentId, { withdrawnAt: new Date().toISOString() });
  await recordModeration(strapi, { action: 'withdrawn', uid: request.uid, documentId: request.documentId, caller: request.caller, ownerActorDocumentId: owner, title, comment: request.comment, snapshot: { draft: contentOf(draft), published: contentOf(published) } });
  notifySite(request.uid, request.documentId, 'withdraw');
  return { documentId: request.documentId, state: 'withdrawn' };
}

export async function restore(strapi: Core.Strapi, request: Request & { comment?: string }) {
  const { owner, title, draft, published } = await authorize(strapi, request, 'moderate');
  if (!(published ?? draft)?.withdrawnAt) throw new errors.ValidationError('The entry is not withdrawn');
  await setOnAllVersions(strapi, request.uid, request.documentId, { withdrawnAt: null });
  await recordModeration(strapi, { action: 'restored', uid: request.uid, documentId: request.documentId, caller: request.caller, ownerActorDocumentId: owner, title, comment: request.comment });
  notifySite(request.uid, request.documentId, 'restore');
  return { documentId: request.documentId, state: published ? 'live' : 'draft' };
}

/** Deletes a withdrawn entry for good; its last content stays in the moderation log. */
export async function deleteForGood(strapi: Core.Strapi, request: Request & { comment?: string }) {
  const { owner, title, draft, published } = await authorize(strapi, request, 'moderate');
  if (!(published ?? draft)?.withdrawnAt) throw new errors.ValidationError('Only withdrawn entries can be deleted for good: withdraw it first');
  await recordModeration(strapi, { action: 'deleted', uid: request.uid, documentId: request.documentId, caller: request.caller, ownerActorDocumentId: owner, title, comment: request.comment, snapshot: { draft: contentOf(draft), published: contentOf(published) } });
  await asSystem(strapi, () => strapi.documents(request.uid as never).delete({ documentId: request.documentId }));
  return { documentId: request.documentId, state: 'deleted' };
}

/** "Still current": stamps lastConfirmedAt on both versions, without a review. */
export async function confirmCurrent(strapi: Core.Strapi, request: Request) {
  const { owner, title } = await authorize(strapi, request, 'confirmEntry');
  const now = new Date().toISOString();
  await setOnAllVersions(strapi, request.uid, request.documentId, { lastConfirmedAt: now });
  await recordModeration(strapi, { action: 'confirmed_current', uid: request.uid, documentId: request.documentId, caller: request.caller, ownerActorDocumentId: owner, title });
  // the public pages show when an entry was last confirmed
  notifySite(request.uid, request.documentId, 'confirm');
  return { documentId: request.documentId, lastConfirmedAt: now };
}

