import type { Core } from '@strapi/strapi';
import type { Caller } from '../access/caller';
import { isMemberEditable } from '../content/entry-types';
import { changedFields, changedTranslations, entryTypeOf, loadVersions, ownerOf, TITLE_FIELD, versionOf, type Row } from './entries';
import { recordModeration } from './log';
import { officeRecipients, sendMail, siteUrl } from '../mail/send';

/** After a member saved a draft: it waits for review; the log says so and the office is told. */
/**
 * What a member's write changed, as field names, a translation as `translations.<locale>`: the
 * history says "opening hours" or "English translation" instead of "change" twice.
 */
export function changesOf(before: Row | null, after: Row | null): string[] {
  if (!before) return [];
  return changedFields(after, before).flatMap((field) => (field === 'translations' ? changedTranslations(after, before).map((locale) => `translations.${locale}`) : [field]));
}

export async function afterMemberWrite(strapi: Core.Strapi, caller: Caller, uid: string, documentId: string, created: boolean, before: Row | null = null) {
  const { draft, published } = await loadVersions(strapi, uid, documentId);
  const owner = await ownerOf(strapi, uid, documentId);
  const title = (draft?.[TITLE_FIELD[uid]] as string) ?? documentId;
  await recordModeration(strapi, {
    action: 'submitted',
    uid,
    documentId,
    caller,
    ownerActorDocumentId: owner,
    title,
    draftVersion: versionOf(draft),
    comment: created ? 'neu angelegt' : published ? 'Änderung' : 'Entwurf geändert',
    changes: changesOf(before, draft),
  });
  await sendMail(strapi, {
    to: await officeRecipients(strapi),
    subject: `Zur Prüfung: ${title}`,
    text: [
      `Eine Mitgliedsorganisation hat ${created ? 'einen neuen Eintrag angelegt' : 'einen Eintrag geändert'}: „${title}“ (${entryTypeOf(uid)}).`,
      '',
      `Bitte prüfen Sie die Änderung in der Moderation: ${siteUrl()}/koordination/moderation`,
    ].join('\n'),
  });
}

/** Admin-panel edits of member entries are recorded too, so the log is complete. */
export async function afterAdminWrite(strapi: Core.Strapi, uid: string, action: string, params: Record<string, unknown>, result: unknown) {
  if (!isMemberEditable(uid)) return;
  const documentId = (params.documentId as string) ?? (result as { documentId?: string } | null)?.documentId;
  if (!documentId) return;
  await recordModeration(strapi, {
    action: 'edited_in_admin',
    uid,
    documentId,
    caller: { kind: 'admin' },
    ownerActorDocumentId: await ownerOf(strapi, uid, documentId).catch(() => null),
    comment: action,
  });
}
