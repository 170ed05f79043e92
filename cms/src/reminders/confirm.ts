import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ACTOR_UID, OFFERING_UID } from '../content/entry-types';
import { recordModeration } from '../moderation/log';
import { notifySite } from '../site-notifications';
import { hashToken, verifyToken } from './tokens';

/**
 * The one-click confirmation behind a reminder link. Reading (GET) only describes the entry and the
 * link's state; confirming (POST) stamps lastConfirmedAt on exactly the entry the token names, once.
 * A token whose signature fails is 404 (it never existed); used or expired ones are 410.
 */
const TOKEN_UID = 'api::confirmation-token.confirmation-token';
const UIDS = { actor: ACTOR_UID, offering: OFFERING_UID } as const;
const TITLE = { actor: 'name', offering: 'title' } as const;
type Row = Record<string, any>;

export class LinkGone extends errors.ApplicationError<'LinkGone', string, { code: 'LINK_USED' | 'LINK_EXPIRED' }> {
  constructor(code: 'LINK_USED' | 'LINK_EXPIRED') {
    super(code === 'LINK_USED' ? 'Dieser Link wurde bereits verwendet.' : 'Dieser Link ist abgelaufen.', { code });
    this.name = 'LinkGone';
  }
}

async function load(strapi: Core.Strapi, token: string, now: Date) {
  const payload = verifyToken(token);
  const stored = payload ? ((await strapi.db.query(TOKEN_UID).findOne({ where: { tokenHash: hashToken(token) } })) as Row | null) : null;
  if (!payload || !stored || stored.entryDocumentId !== payload.documentId || stored.entryType !== payload.type) throw new errors.NotFoundError('Unbekannter Link');
  const uid = UIDS[payload.type];
  const entry = (await strapi.db.query(uid).findOne({ where: { documentId: payload.documentId, publishedAt: { $notNull: true } }, select: ['documentId', TITLE[payload.type], 'slug', 'lastConfirmedAt', 'withdrawnAt'] })) as Row | null;
  if (!entry || entry.withdrawnAt) throw new errors.NotFoundError('Der Eintrag ist nicht mehr online');
  const state = stored.usedAt ? 'used' : new Date(stored.expiresAt).getTime() <= now.getTime() || payload.expiresAt <= now.getTime() ? 'expired' : 'valid';
  return { payload, stored, uid, entry, state: state as 'used' | 'expired' | 'valid' };
}

const view = ({ payload, entry, state }: Awaited<ReturnType<typeof load>>) => ({
  type: payload.type,
  documentId: entry.documentId,
  title: entry[TITLE[payload.type]] as string,
  slug: (entry.slug as string | null) ?? null,
  lastConfirmedAt: entry.lastConfirmedAt ? new Date(entry.lastConfirmedAt).toISOString() : null,
  state,
});

/** What the link is about; changes nothing. */
export async function describeLink(strapi: Core.Strapi, token: string, now = new Date()) {
  return view(await load(strapi, token, now));
}

/** Confirms the entry of the link; the token is claimed first, so a second use changes nothing. */
export async function confirmByLink(strapi: Core.Strapi, token: string, now = new Date()) {
  const loaded = await load(strapi, token, now);
  if (loaded.state !== 'valid') throw new LinkGone(loaded.state === 'used' ? 'LINK_USED' : 'LINK_EXPIRED');
  const stamp = now.toISOString();
  await strapi.db.transaction(async () => {
    const claimed = await strapi.db.query(TOKEN_UID).updateMany({ where: { id: loaded.stored.id, usedAt: null }, data: { usedAt: stamp } });
    if (claimed.count === 0) throw new LinkGone('LINK_USED');
    await strapi.db.query(loaded.uid).updateMany({ where: { documentId: loaded.payload.documentId }, data: { lastConfirmedAt: stamp } });
    await recordModeration(strapi, {
      action: 'confirmed_current',
      uid: loaded.uid,
      documentId: loaded.payload.documentId,
      caller: { kind: 'system' },
      ownerActorDocumentId: loaded.stored.actorDocumentId,
      title: loaded.entry[TITLE[loaded.payload.type]],
      comment: 'Per Link aus der Erinnerungs-E-Mail bestätigt',
    });
  });
  notifySite(loaded.uid, loaded.payload.documentId, 'confirm');
  return { ...view(loaded), lastConfirmedAt: stamp, state: 'confirmed' as const };
}
