import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { type Caller, isOffice } from '../access/caller';
import { requirePermission } from '../access/permissions';
import { translationStatus } from '../translations/clock';
import { changedFields, changedTranslations, contentOf, ENTRY_TYPES, loadVersions, ownerOf, TITLE_FIELD, versionOf } from './entries';

type Row = Record<string, any>;

/** What a member or the office sees of an entry's state. */
export function entryState(draft: Row | null, published: Row | null) {
  const current = draft ?? published;
  if (current?.withdrawnAt) return 'withdrawn';
  if (!published) return current?.reviewState === 'sent_back' ? 'sent_back' : 'never_published';
  if (draft?.reviewState === 'sent_back') return 'sent_back';
  if (draft?.reviewState === 'submitted' && changedFields(draft, published).length > 0) return 'pending';
  return 'live';
}

/** One entry with both versions, the changed fields and the version token to approve. */
export async function compareEntry(strapi: Core.Strapi, caller: Caller, uid: string, documentId: string) {
  const owner = await ownerOf(strapi, uid, documentId);
  requirePermission(caller, 'readOwnEntries', { uid, ownerActorDocumentId: owner }, 'This entry belongs to another organisation');
  const { draft, published } = await loadVersions(strapi, uid, documentId);
  return {
    type: Object.entries(ENTRY_TYPES).find(([, value]) => value === uid)?.[0],
    documentId,
    ownerActorDocumentId: owner,
    title: (draft ?? published)?.[TITLE_FIELD[uid]],
    state: entryState(draft, published),
    reviewState: draft?.reviewState ?? published?.reviewState,
    reviewComment: draft?.reviewComment ?? null,
    submittedAt: draft?.submittedAt ?? null,
    withdrawnAt: (draft ?? published)?.withdrawnAt ?? null,
    lastConfirmedAt: (draft ?? published)?.lastConfirmedAt ?? null,
    updatedAt: (draft ?? published)?.updatedAt ?? null,
    translations: translationStatus(uid, draft ?? published),
    // translations written but not public yet: waiting for review (a new entry's all are)
    pendingTranslations: draft?.reviewState === 'submitted' && !(draft ?? published)?.withdrawnAt ? changedTranslations(draft, published) : [],
    version: versionOf(draft),
    changedFields: published ? changedFields(draft, published) : null,
    draft: contentOf(draft),
    published: contentOf(published),
  };
}

/** Pending changes and new entries waiting for review, oldest first (office only). */
export async function moderationQueue(strapi: Core.Strapi, caller: Caller) {
  requirePermission(caller, 'moderate', {}, 'The moderation queue is for the coordination office');
  const items = [];
  for (const uid of Object.values(ENTRY_TYPES)) {
    const drafts = await strapi.db.query(uid as never).findMany({ where: { publishedAt: null, reviewState: 'submitted', withdrawnAt: null }, select: ['documentId', 'submittedAt'] });
    for (const draft of drafts as Row[]) items.push({ uid, documentId: draft.documentId, submittedAt: draft.submittedAt });
  }
  items.sort((a, b) => String(a.submittedAt).localeCompare(String(b.submittedAt)));
  const result = [];
  for (const item of items) {
    const entry = await compareEntry(strapi, caller, item.uid, item.documentId);
    if (entry.state === 'pending' || entry.state === 'never_published') result.push(entry);
  }
  return result;
}

/** Withdrawn entries, to restore or delete for good (office only). */
export async function withdrawnEntries(strapi: Core.Strapi, caller: Caller) {
  requirePermission(caller, 'moderate', {}, 'Withdrawn entries are handled by the coordination office');
  const result = [];
  for (const [type, uid] of Object.entries(ENTRY_TYPES)) {
    const rows = (await strapi.db.query(uid as never).findMany({ where: { withdrawnAt: { $notNull: true }, publishedAt: null } })) as Row[];
    for (const row of rows) result.push({ type, documentId: row.documentId, title: row[TITLE_FIELD[uid]], withdrawnAt: row.withdrawnAt });
  }
  return result.sort((a, b) => String(b.withdrawnAt).localeCompare(String(a.withdrawnAt)));
}

/** The moderation log: all of it for the office, a member's own actor's entries for a member. */
export async function moderationLog(strapi: Core.Strapi, caller: Caller, filter: { documentId?: string; limit?: number } = {}) {
  const where: Record<string, unknown> = {};
  if (!isOffice(caller)) {
    const ownActor = caller.kind === 'member' ? caller.actorDocumentId : null;
    requirePermission(caller, 'readOwnEntries', { uid: ENTRY_TYPES.actor, ownerActorDocumentId: ownActor }, 'The moderation log is for members and the office');
    where.ownerActorDocumentId = ownActor;
  }
  if (filter.documentId) where.targetDocumentId = filter.documentId;
  const limit = Math.min(Math.max(Number(filter.limit) || 100, 1), 500);
  const rows = (await strapi.db.query('api::moderation-entry.moderation-entry').findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit })) as Row[];
  return rows.map(({ id: _id, snapshot, ...rest }) => (isOffice(caller) ? { ...rest, snapshot } : rest));
}

/** Every entry of a member's own actor with its state, for the member dashboard. */
export async function memberEntries(strapi: Core.Strapi, caller: Caller) {
  const actorId = caller.kind === 'member' ? caller.actorDocumentId : null;
  if (!actorId) throw new errors.ForbiddenError('Only member organisations have entries of their own');
  requirePermission(caller, 'readOwnEntries', { uid: ENTRY_TYPES.actor, ownerActorDocumentId: actorId });
  const documentIds: Array<[string, string]> = [[ENTRY_TYPES.actor, actorId]];
  for (const [uid, field] of [[ENTRY_TYPES.offering, 'actor'], [ENTRY_TYPES.event, 'organiser']] as const) {
    const rows = (await strapi.db.query(uid as never).findMany({ where: { [field]: { documentId: actorId } }, select: ['documentId'] })) as Row[];
    for (const documentId of new Set(rows.map((row) => row.documentId as string))) documentIds.push([uid, documentId]);
  }
  const entries = [];
  for (const [uid, documentId] of documentIds) entries.push(await compareEntry(strapi, caller, uid, documentId));
  return entries;
}
