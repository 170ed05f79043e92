import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isOffice, type Caller } from '../access/caller';
import { asSystem } from '../access/as-system';
import { authorize, requirePermission } from '../access/permissions';
import { checkHiddenReason, checkListQuery, checkPost, checkReply, LINKS } from './input';
import { notifyNewPost } from './notifications';

/**
 * The members' exchange board: posts and replies, read by member organisations and the office,
 * written by member organisations; the author's organisation changes or closes its posts, the
 * office hides any. Each use case checks the caller first (access/permissions.ts), then reads and
 * writes as trusted code: the types have no public API and no place in the public query lists.
 */
export const EXCHANGE_POST_UID = 'api::exchange-post.exchange-post';
export const EXCHANGE_REPLY_UID = 'api::exchange-reply.exchange-reply';
const USER_UID = 'plugin::users-permissions.user';
const PAGE_SIZE = 20;

type Row = Record<string, any>;

const POST_POPULATE = {
  municipality: { select: ['documentId', 'name'] },
  topic: { select: ['documentId', 'name'] },
  workingGroup: { select: ['documentId', 'name', 'slug'] },
  actor: { select: ['documentId', 'name'] },
} as const;

const label = (row: Row | null | undefined) => (row ? { documentId: row.documentId as string, name: row.name as string } : null);
const actorOf = (caller: Caller) => (caller.kind === 'member' ? caller.actorDocumentId : null);

function requireReader(caller: Caller) {
  requirePermission(caller, 'useExchange', {}, 'Der Austausch ist für Mitgliedsorganisationen und die Koordinierungsstelle');
}

function postView(caller: Caller, row: Row, replyCount?: number) {
  const office = isOffice(caller);
  return {
    documentId: row.documentId as string,
    kind: row.kind as string,
    title: row.title as string,
    text: row.text as string,
    status: row.status as string,
    createdAt: row.createdAt as string,
    updatedAt: row.updatedAt as string,
    municipality: label(row.municipality),
    topic: label(row.topic),
    workingGroup: row.workingGroup ? { ...label(row.workingGroup)!, slug: row.workingGroup.slug as string } : null,
    organisation: label(row.actor),
    mine: Boolean(actorOf(caller)) && row.actor?.documentId === actorOf(caller),
    hidden: Boolean(row.hiddenAt),
    // why a post was hidden is the office's note
    ...(office ? { hiddenReason: (row.hiddenReason as string | null) ?? null, hiddenAt: (row.hiddenAt as string | null) ?? null } : {}),
    ...(replyCount === undefined ? {} : { replyCount }),
  };
}

/** A post the caller may see: members never see hidden posts (404, as if there were none). */
async function visiblePost(strapi: Core.Strapi, caller: Caller, documentId: string): Promise<Row> {
  const row = await strapi.db.query(EXCHANGE_POST_UID).findOne({ where: { documentId }, populate: POST_POPULATE });
  if (!row || (row.hiddenAt && !isOffice(caller))) throw new errors.NotFoundError('Beitrag nicht gefunden');
  return row;
}

export async function listPosts(strapi: Core.Strapi, caller: Caller, query: Record<string, unknown>) {
  requireReader(caller);
  const filters = checkListQuery(query);
  const where: Row = {};
  if (!isOffice(caller)) where.hiddenAt = { $null: true };
  if (filters.kind) where.kind = filters.kind;
  if (filters.status) where.status = filters.status;
  for (const name of Object.keys(LINKS) as (keyof typeof LINKS)[]) if (filters[name]) where[name] = { documentId: filters[name] };
  const [rows, total] = await Promise.all([
    strapi.db.query(EXCHANGE_POST_UID).findMany({ where, populate: POST_POPULATE, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE }),
    strapi.db.query(EXCHANGE_POST_UID).count({ where }),
  ]);
  const counts = new Map<number, number>();
  if (rows.length > 0) {
    const replies = await strapi.db.query(EXCHANGE_REPLY_UID).findMany({ where: { post: { id: { $in: rows.map((row: Row) => row.id) } } }, select: ['id'], populate: { post: { select: ['id'] } } });
    for (const reply of replies) counts.set(reply.post?.id, (counts.get(reply.post?.id) ?? 0) + 1);
  }
  return {
    data: rows.map((row: Row) => postView(caller, row, counts.get(row.id) ?? 0)),
    meta: { pagination: { page: filters.page, pageSize: PAGE_SIZE, total, pageCount: Math.ceil(total / PAGE_SIZE) } },
  };
}

export async function showPost(strapi: Core.Strapi, caller: Caller, documentId: string) {
  requireReader(caller);
  const row = await visiblePost(strapi, caller, documentId);
  const replies = await strapi.db.query(EXCHANGE_REPLY_UID).findMany({
    where: { post: { id: row.id } },
    populate: { actor: { select: ['documentId', 'name'] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return {
    ...postView(caller, row),
    replies: replies.map((reply: Row) => ({ documentId: reply.documentId as string, text: reply.text as string, createdAt: reply.createdAt as string, organisation: label(reply.actor) })),
  };
}

/** The labels a post may be tied to, for the forms and filters. */
export async function exchangeOptions(strapi: Core.Strapi, caller: Caller) {
  requireReader(caller);
  const published = { publishedAt: { $notNull: true } };
  const names = (uid: string, select: string[]) => strapi.db.query(uid as never).findMany({ where: published, select, orderBy: { name: 'asc' } });
  const [municipalities, topics, workingGroups] = await Promise.all([
    names(LINKS.municipality, ['documentId', 'name']),
    names(LINKS.topic, ['documentId', 'name']),
    names(LINKS.workingGroup, ['documentId', 'name', 'slug']),
  ]);
  // published rows of i18n types exist once per locale: one entry per document (the German one first)
  const unique = (rows: Row[]) => [...new Map(rows.map((row) => [row.documentId, row])).values()];
  return { municipalities: unique(municipalities), topics: unique(topics), workingGroups: unique(workingGroups) };
}

async function accountDocumentId(strapi: Core.Strapi, userId: number): Promise<string> {
  const user = await strapi.db.query(USER_UID).findOne({ where: { id: userId }, select: ['documentId'] });
  if (!user) throw new errors.UnauthorizedError('Please sign in');
  return user.documentId;
}

function requireAuthorOrganisation(caller: Caller): { userId: number; actorDocumentId: string } {
  requireReader(caller);
  if (caller.kind !== 'member' || !caller.actorDocumentId) throw new errors.ForbiddenError('Beiträge und Antworten schreiben Mitgliedsorganisationen');
  return { userId: caller.userId, actorDocumentId: caller.actorDocumentId };
}

export async function createPost(strapi: Core.Strapi, caller: Caller, body: unknown) {
  const author = requireAuthorOrganisation(caller);
  const input = await checkPost(strapi, body, false);
  const account = await accountDocumentId(strapi, author.userId);
  const created = await asSystem(strapi, () =>
    strapi.documents(EXCHANGE_POST_UID).create({ data: { ...input, status: 'open', authorAccount: account, actor: author.actorDocumentId } as never }),
  );
  const row = await visiblePost(strapi, caller, created.documentId);
  await notifyNewPost(strapi, row, author.userId);
  return postView(caller, row);
}

export async function updatePost(strapi: Core.Strapi, caller: Caller, documentId: string, body: unknown) {
  requireReader(caller);
  const row = await visiblePost(strapi, caller, documentId);
  // the office hides posts; changing them is for the organisation that wrote them
  if (caller.kind !== 'member' || !authorize(caller, 'editOwnExchangePost', { ownerActorDocumentId: row.actor?.documentId ?? null })) {
    throw new errors.ForbiddenError('Nur die Organisation, die den Beitrag geschrieben hat, kann ihn ändern oder schließen');
  }
  const input = await checkPost(strapi, body, true);
  if (Object.keys(input).length === 0) throw new errors.ValidationError('Die Anfrage enthält keine Änderung');
  await asSystem(strapi, () => strapi.documents(EXCHANGE_POST_UID).update({ documentId, data: input as never }));
  return postView(caller, await visiblePost(strapi, caller, documentId));
}

export async function replyToPost(strapi: Core.Strapi, caller: Caller, documentId: string, body: unknown) {
  const author = requireAuthorOrganisation(caller);
  const row = await visiblePost(strapi, caller, documentId);
  const text = checkReply(strapi, body);
  if (row.status === 'closed') throw new errors.ApplicationError('Der Beitrag ist geschlossen und nimmt keine Antworten mehr an');
  const account = await accountDocumentId(strapi, author.userId);
  const created = await asSystem(strapi, () =>
    strapi.documents(EXCHANGE_REPLY_UID).create({ data: { text, post: row.documentId, authorAccount: account, actor: author.actorDocumentId } as never }),
  );
  return { documentId: created.documentId as string, text, createdAt: created.createdAt as string };
}

export async function setHidden(strapi: Core.Strapi, caller: Caller, documentId: string, hidden: boolean, body: unknown) {
  requirePermission(caller, 'moderateExchange', {}, 'Beiträge blendet die Koordinierungsstelle aus');
  const reason = hidden ? checkHiddenReason(body) : null;
  await visiblePost(strapi, caller, documentId);
  await asSystem(strapi, () =>
    strapi.documents(EXCHANGE_POST_UID).update({ documentId, data: { hiddenAt: hidden ? new Date().toISOString() : null, hiddenReason: reason } as never }),
  );
  return postView(caller, await visiblePost(strapi, caller, documentId));
}
