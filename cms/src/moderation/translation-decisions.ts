import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { entryTypeByUid } from '../content/entry-types';
import { memberRecipients, sendMail, siteUrl } from '../mail/send';
import { notifySite } from '../site-notifications';
import { translationLocales } from '../translations/clock';
import { authorize, DecisionConflict, type Request } from './decisions';
import { changedFields, changedTranslations, contentOf, loadVersions, versionOf, type Row } from './entries';
import { recordModeration } from './log';

/**
 * Deciding on one translation apart from the content change it came with: the office approves the
 * English text while the German change still waits (or the other way round), or sends the
 * translation back alone. Approving copies the draft's translation into the published version;
 * sending back puts the published translation (or none) back into the draft, so the returned text
 * can never go online with a later approval of the rest. The returned text stays in the log.
 */
type TranslationRequest = Request & { locale: string; version?: string; comment?: string };

const LOCALE_NAMES: Record<string, string> = { en: 'Englisch', fr: 'Französisch', ar: 'Arabisch', ru: 'Russisch', ro: 'Rumänisch', pl: 'Polnisch', uk: 'Ukrainisch', fa: 'Persisch' };

const translationOf = (row: Row | null, locale: string): Row | undefined => ((row?.translations ?? []) as Row[]).find((entry) => entry.locale === locale);

/** The stored fields of a translation, without its row id. */
const fieldsOf = (translation: Row) => Object.fromEntries(Object.entries(translation).filter(([key]) => key !== 'id' && key !== '__component'));

/** Makes `target`'s translation in `locale` what `source` has (the same text, or none). */
async function copyTranslation(strapi: Core.Strapi, uid: string, source: Row | null, target: Row, locale: string) {
  const component = entryTypeByUid(uid)!.translations as UID.Component;
  const wanted = translationOf(source, locale);
  const list = (target.translations ?? []) as Row[];
  const existing = translationOf(target, locale);
  let ids = list.map((entry) => entry.id as number);
  if (wanted && existing) {
    await strapi.db.query(component).update({ where: { id: existing.id }, data: fieldsOf(wanted) as never });
    return;
  }
  if (wanted) ids.push(((await strapi.db.query(component).create({ data: fieldsOf(wanted) as never })) as Row).id);
  else if (existing) {
    ids = ids.filter((id) => id !== existing.id);
    await strapi.db.query(component).delete({ where: { id: existing.id } });
  }
  // the component link table, as Strapi's document service writes it
  await strapi.db.query(uid as UID.Schema).update({
    where: { id: target.id },
    data: { translations: ids.map((id) => ({ id, __pivot: { field: 'translations', component_type: component } })) } as never,
  });
}

function checkLocale(uid: string, locale: string) {
  if (!translationLocales(uid).includes(locale)) {
    throw new errors.ValidationError(`Unknown translation locale "${locale}"; use ${translationLocales(uid).join(', ')}`, { fields: { locale: 'unknown' } });
  }
}

/**
 * Inside one transaction: the entry must still wait for review, in the version the office saw
 * (when named), with a changed translation in this locale; otherwise a DecisionConflict.
 */
async function decideTranslation(strapi: Core.Strapi, request: TranslationRequest, then: (draft: Row, published: Row) => Promise<void>) {
  return strapi.db.transaction(async () => {
    const { draft, published } = await loadVersions(strapi, request.uid, request.documentId);
    if (!published) throw new errors.ValidationError('A new entry is decided as a whole: approve or send back the entry');
    const waiting = draft && draft.reviewState === 'submitted' && !draft.withdrawnAt;
    if (!waiting || !changedTranslations(draft, published).includes(request.locale)) throw new DecisionConflict(versionOf(draft), (draft?.reviewState as string) ?? null);
    if (request.version && versionOf(draft) !== request.version) throw new DecisionConflict(versionOf(draft), 'submitted');
    await then(draft, published);
    return { draft, published };
  });
}

/** After a translation decision: when nothing else differs, the review is over. */
async function closeReviewIfDone(strapi: Core.Strapi, request: TranslationRequest, reviewState: 'approved' | 'sent_back', comment: string | null) {
  const { draft, published } = await loadVersions(strapi, request.uid, request.documentId);
  if (changedFields(draft, published).length > 0) return false;
  await strapi.db.query(request.uid as UID.Schema).updateMany({
    where: { documentId: request.documentId, publishedAt: null },
    data: { reviewState, reviewedAt: new Date().toISOString(), reviewComment: comment } as never,
  });
  return true;
}

/** Publishes the draft's translation in one locale; the rest of the draft keeps waiting for review. */
export async function approveTranslation(strapi: Core.Strapi, request: TranslationRequest) {
  checkLocale(request.uid, request.locale);
  const { owner, title } = await authorize(strapi, request, 'moderate');
  let done = false;
  await decideTranslation(strapi, request, async (draft, published) => {
    await copyTranslation(strapi, request.uid, draft, published, request.locale);
    done = await closeReviewIfDone(strapi, request, 'approved', request.comment ?? null);
    await recordModeration(strapi, {
      action: 'translation_approved', uid: request.uid, documentId: request.documentId, caller: request.caller, ownerActorDocumentId: owner, title,
      locale: request.locale, comment: request.comment, draftVersion: versionOf(draft), snapshot: contentOf(translationOf(draft, request.locale) ?? null),
    });
  });
  notifySite(request.uid, request.documentId, 'approve');
  await sendMail(strapi, {
    to: await memberRecipients(strapi, owner),
    subject: `Übersetzung freigegeben: ${title} (${LOCALE_NAMES[request.locale] ?? request.locale})`,
    text: `Die Koordinierungsstelle hat die Übersetzung (${LOCALE_NAMES[request.locale] ?? request.locale}) von „${title}“ freigegeben. Sie ist jetzt öffentlich sichtbar.${request.comment ? `\n\nKommentar: ${request.comment}` : ''}\n\n${siteUrl()}/mitglieder`,
  });
  return { documentId: request.documentId, locale: request.locale, state: 'approved', reviewDone: done };
}

/** Takes the draft's translation in one locale back out of the review, with a comment to the member. */
export async function sendBackTranslation(strapi: Core.Strapi, request: TranslationRequest) {
  checkLocale(request.uid, request.locale);
  const comment = request.comment?.trim();
  if (!comment) throw new errors.ValidationError('Please say why the translation is sent back', { fields: { comment: 'required' } });
  if (comment.length > 2000) throw new errors.ValidationError('The comment is too long (2000 characters at most)', { fields: { comment: 'too long' } });
  const { owner, title } = await authorize(strapi, request, 'moderate');
  let done = false;
  await decideTranslation(strapi, request, async (draft, published) => {
    await copyTranslation(strapi, request.uid, published, draft, request.locale);
    done = await closeReviewIfDone(strapi, request, 'sent_back', comment);
    await recordModeration(strapi, {
      action: 'translation_sent_back', uid: request.uid, documentId: request.documentId, caller: request.caller, ownerActorDocumentId: owner, title,
      locale: request.locale, comment, draftVersion: versionOf(draft), snapshot: contentOf(translationOf(draft, request.locale) ?? null),
    });
  });
  const returned = LOCALE_NAMES[request.locale] ?? request.locale;
  await sendMail(strapi, {
    to: await memberRecipients(strapi, owner),
    subject: `Übersetzung zurückgegeben: ${title} (${returned})`,
    text: `Die Koordinierungsstelle hat die Übersetzung (${returned}) von „${title}“ zurückgegeben; sie ist nicht veröffentlicht.\n\nKommentar: ${comment}\n\nBitte überarbeiten Sie die Übersetzung: ${siteUrl()}/mitglieder`,
  });
  return { documentId: request.documentId, locale: request.locale, state: 'sent_back', reviewDone: done };
}
