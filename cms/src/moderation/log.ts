import type { Core } from '@strapi/strapi';
import type { Caller } from '../access/caller';
import { asSystem } from '../access/as-system';

export type ModerationAction =
  | 'submitted' | 'approved' | 'sent_back' | 'withdrawn' | 'restored' | 'deleted'
  | 'confirmed_current' | 'published' | 'unpublished' | 'edited_in_admin' | 'created'
  | 'application_accepted' | 'application_declined' | 'reminder_sent'
  | 'translation_approved' | 'translation_sent_back';

/** Records one moderation event: document, locale, who, when (createdAt), action, comment, snapshot. */
export async function recordModeration(
  strapi: Core.Strapi,
  entry: {
    action: ModerationAction;
    uid: string;
    documentId: string;
    caller: Caller;
    ownerActorDocumentId?: string | null;
    title?: string | null;
    locale?: string | null;
    comment?: string | null;
    draftVersion?: string | null;
    snapshot?: unknown;
    /** the fields a member's write changed (translations as `translations.<locale>`) */
    changes?: string[] | null;
  },
) {
  const userId = 'userId' in entry.caller ? entry.caller.userId : null;
  const user = userId ? await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: userId }, select: ['email'] }) : null;
  const data = {
      action: entry.action,
      targetType: entry.uid,
      targetDocumentId: entry.documentId,
      locale: entry.locale ?? null,
      title: entry.title?.slice(0, 300) ?? null,
      ownerActorDocumentId: entry.ownerActorDocumentId ?? null,
      byUserId: userId,
      byEmail: user?.email ?? null,
      byRole: entry.caller.kind,
      comment: entry.comment ?? null,
      draftVersion: entry.draftVersion ?? null,
      snapshot: entry.snapshot ?? null,
      changes: entry.changes ?? (entry.locale ? [`translations.${entry.locale}`] : null),
  };
  await asSystem(strapi, () => strapi.documents('api::moderation-entry.moderation-entry').create({ data: data as never }));
}
