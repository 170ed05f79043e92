import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Caller } from '../access/caller';
import { requirePermission } from '../access/permissions';
import { sendMail, siteUrl } from '../mail/send';
import { isPlain } from './input';
import { accountOfToken, unsubscribeToken } from './unsubscribe-token';

/**
 * Exchange mails. Each account chooses: a mail per new post (`each`), a weekly digest (`digest`,
 * the default, also for accounts that never chose) or none. Every mail carries the account's own
 * unsubscribe link (a signed token, unsubscribe-token.ts) to a site page that changes the choice
 * with a button: following the link changes nothing.
 */
export const MAIL_CHOICES = ['each', 'digest', 'none'] as const;
export type MailChoice = (typeof MAIL_CHOICES)[number];
const USER_UID = 'plugin::users-permissions.user';
const POST_UID = 'api::exchange-post.exchange-post';

const KIND_LABELS: Record<string, string> = { request: 'Wir suchen', offer: 'Wir bieten', information: 'Information' };
const choiceOf = (value: unknown): MailChoice => (MAIL_CHOICES.includes(value as MailChoice) ? (value as MailChoice) : 'digest');

type Account = { id: number; documentId: string; email: string };
type Row = Record<string, any>;

/** Accounts of the network that may get exchange mails: active, of a member organisation or the office. */
async function accountsChoosing(strapi: Core.Strapi, choices: MailChoice[], extra: Row = {}): Promise<Account[]> {
  const byChoice = choices.includes('digest') ? { $or: [{ exchangeMails: { $in: choices } }, { exchangeMails: { $null: true } }] } : { exchangeMails: { $in: choices } };
  return strapi.db.query(USER_UID).findMany({
    where: {
      $and: [
        byChoice,
        { blocked: false, deactivatedAt: { $null: true }, anonymisedAt: { $null: true } },
        { $or: [{ role: { type: 'coordination' } }, { role: { type: 'member' }, actor: { id: { $notNull: true } } }] },
        extra,
      ],
    },
    select: ['id', 'documentId', 'email'],
    orderBy: { id: 'asc' },
  });
}

const postLink = (documentId: string) => `${siteUrl()}/mitglieder/austausch/${documentId}`;
export const unsubscribeLink = (account: { id: number; documentId: string }) => `${siteUrl()}/mitglieder/abbestellen?token=${unsubscribeToken(account)}`;

/** RFC 2369 and RFC 8058: mail programs offer "unsubscribe" and POST `List-Unsubscribe=One-Click` to the same page. */
const unsubscribeHeaders = (account: Account) => ({ 'List-Unsubscribe': `<${unsubscribeLink(account)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });

function footer(account: Account, reason: string) {
  return [
    '',
    '-- ',
    `Sie erhalten diese E-Mail, weil ${reason}.`,
    'Benachrichtigungen ändern oder abbestellen (ohne Anmeldung):',
    unsubscribeLink(account),
  ].join('\n');
}

function postSummary(post: Row) {
  const tied = [post.municipality?.name, post.topic?.name, post.workingGroup?.name].filter(Boolean).join(' · ');
  return [
    `${KIND_LABELS[post.kind] ?? post.kind}: ${post.title}`,
    `von ${post.actor?.name ?? 'einer Mitgliedsorganisation'}${tied ? ` (${tied})` : ''}`,
    postLink(post.documentId),
  ].join('\n');
}

/** A new post: one mail to each account that wants every post, never to the author's own account. */
export async function notifyNewPost(strapi: Core.Strapi, post: Row, authorUserId: number) {
  const accounts = await accountsChoosing(strapi, ['each'], { id: { $ne: authorUserId } });
  const excerpt = post.text.length > 600 ? `${post.text.slice(0, 600)} …` : post.text;
  for (const account of accounts) {
    await sendMail(strapi, {
      to: [account.email],
      headers: unsubscribeHeaders(account),
      subject: `Austausch: ${KIND_LABELS[post.kind] ?? ''} – ${post.title}`,
      text: [
        'Guten Tag,',
        '',
        'im Austausch des Netzwerks Integration Börde gibt es einen neuen Beitrag:',
        '',
        postSummary(post),
        '',
        excerpt,
        '',
        'Zum Beitrag und zum Antworten melden Sie sich im Mitgliederbereich an.',
        footer(account, 'Sie im Austausch eine E-Mail zu jedem neuen Beitrag gewählt haben'),
      ].join('\n'),
    });
  }
  return accounts.length;
}

/** ISO 8601 week of a day (UTC): "2026-W49". */
export function isoWeek(day: Date): string {
  const date = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((date.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The calendar week before `now` (Monday 00:00 to Monday 00:00, UTC): the digest's week. */
export function previousWeek(now: Date) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const weekday = now.getUTCDay() || 7;
  const end = new Date(today - (weekday - 1) * 86400000);
  const start = new Date(end.getTime() - 7 * 86400000);
  return { key: isoWeek(start), start, end };
}

/**
 * The weekly job: the posts of the past calendar week (not hidden) to every account that chose the
 * digest. Each account is marked with the week once its mail is out, so a second run (a restart,
 * two instances, a manual run) sends nobody the same week twice. A week without posts sends nothing.
 */
export async function sendExchangeDigest(strapi: Core.Strapi, now: Date) {
  const week = previousWeek(now);
  const posts = await strapi.db.query(POST_UID).findMany({
    where: { createdAt: { $gte: week.start, $lt: week.end }, hiddenAt: { $null: true } },
    populate: { municipality: { select: ['name'] }, topic: { select: ['name'] }, workingGroup: { select: ['name'] }, actor: { select: ['name'] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  if (posts.length === 0) return { week: week.key, posts: 0, sent: 0 };
  const accounts = await accountsChoosing(strapi, ['digest'], { $or: [{ exchangeDigestWeek: { $null: true } }, { exchangeDigestWeek: { $ne: week.key } }] });
  const list = posts.map((post: Row) => `${postSummary(post)}${post.status === 'closed' ? '\n(bereits geschlossen)' : ''}`).join('\n\n');
  let sent = 0;
  for (const account of accounts) {
    // claim the account for this week first: a parallel run finds it claimed and skips it
    const claimed = await strapi.db.query(USER_UID).updateMany({
      where: { id: account.id, $or: [{ exchangeDigestWeek: { $null: true } }, { exchangeDigestWeek: { $ne: week.key } }] },
      data: { exchangeDigestWeek: week.key },
    });
    if (!claimed?.count) continue;
    await sendMail(strapi, {
      to: [account.email],
      headers: unsubscribeHeaders(account),
      subject: `Austausch: ${posts.length === 1 ? '1 neuer Beitrag' : `${posts.length} neue Beiträge`} der Woche ${week.key.split('-W')[1]}`,
      text: [
        'Guten Tag,',
        '',
        `die neuen Beiträge im Austausch des Netzwerks Integration Börde aus der vergangenen Woche:`,
        '',
        list,
        '',
        'Zu den Beiträgen und zum Antworten melden Sie sich im Mitgliederbereich an.',
        footer(account, 'Sie im Austausch die wöchentliche Übersicht gewählt haben'),
      ].join('\n'),
    });
    sent += 1;
  }
  return { week: week.key, posts: posts.length, sent };
}

function parseChoice(body: unknown): MailChoice {
  const data = isPlain(body) && isPlain(body.data) ? body.data : isPlain(body) ? body : {};
  if (!MAIL_CHOICES.includes(data.choice as MailChoice)) {
    throw new errors.ValidationError('Bitte die markierten Felder prüfen', { fields: { choice: 'bitte „jeder Beitrag“, „wöchentlich“ oder „keine“ wählen' } });
  }
  return data.choice as MailChoice;
}

/** The signed-in account's own choice. */
export async function ownMailChoice(strapi: Core.Strapi, caller: Caller) {
  requirePermission(caller, 'chooseExchangeMails', {}, 'Nur Konten des Netzwerks erhalten Mails aus dem Austausch');
  if (caller.kind !== 'member' && caller.kind !== 'coordination') throw new errors.ForbiddenError('Nur Konten des Netzwerks erhalten Mails aus dem Austausch');
  const user = await strapi.db.query(USER_UID).findOne({ where: { id: caller.userId }, select: ['exchangeMails'] });
  return { choice: choiceOf(user?.exchangeMails) };
}

export async function saveOwnMailChoice(strapi: Core.Strapi, caller: Caller, body: unknown) {
  requirePermission(caller, 'chooseExchangeMails', {}, 'Nur Konten des Netzwerks erhalten Mails aus dem Austausch');
  if (caller.kind !== 'member' && caller.kind !== 'coordination') throw new errors.ForbiddenError('Nur Konten des Netzwerks erhalten Mails aus dem Austausch');
  const choice = parseChoice(body);
  await strapi.db.query(USER_UID).update({ where: { id: caller.userId }, data: { exchangeMails: choice } });
  return { choice };
}

async function accountOf(strapi: Core.Strapi, token: unknown) {
  const named = accountOfToken(token);
  const user = await strapi.db.query(USER_UID).findOne({ where: { id: named.id, documentId: named.documentId }, select: ['id', 'email', 'exchangeMails'] });
  if (!user) throw new errors.NotFoundError('Zu diesem Abmeldelink gibt es kein Konto mehr');
  return user;
}

/** Half the local part is enough to recognise one's address; the link may have been forwarded. */
const maskedEmail = (email: string) => {
  const [local, domain] = email.split('@');
  return `${local.slice(0, Math.max(1, Math.ceil(local.length / 2)))}…@${domain}`;
};

/** What an unsubscribe link is about: read-only (GET), for the page that shows the choice. */
export async function previewUnsubscribe(strapi: Core.Strapi, token: unknown) {
  const user = await accountOf(strapi, token);
  return { email: maskedEmail(user.email), choice: choiceOf(user.exchangeMails) };
}

/** The unsubscribe link's button (POST): sets the choice, by default to no mails at all. */
export async function applyUnsubscribe(strapi: Core.Strapi, body: unknown) {
  const data = isPlain(body) ? body : {};
  const user = await accountOf(strapi, data.token);
  const choice = data.choice === undefined ? 'none' : parseChoice({ choice: data.choice });
  await strapi.db.query(USER_UID).update({ where: { id: user.id }, data: { exchangeMails: choice } });
  return { email: maskedEmail(user.email), choice };
}
