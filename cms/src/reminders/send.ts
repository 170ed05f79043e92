import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Caller } from '../access/caller';
import { requirePermission } from '../access/permissions';
import { ACTOR_UID } from '../content/entry-types';
import { berlinToday } from '../content/offering-counts';
import { recordModeration } from '../moderation/log';
import { memberRecipients, sendMail, siteUrl } from '../mail/send';
import { staleEntries, type StaleEntry } from './stale-entries';
import { issueToken } from './tokens';

/**
 * Reminder mails: one per organisation, German, naming the organisation and listing each of its
 * stale entries with a one-click link that confirms exactly that entry. The monthly job sends at
 * most one reminder per organisation and calendar month (Europe/Berlin), counting one the office
 * already sent by hand; running it twice sends nothing the second time.
 */
const TOKEN_UID = 'api::confirmation-token.confirmation-token';
const REMINDER_UID = 'api::confirmation-reminder.confirmation-reminder';
const TYPE_LABELS = { actor: 'Profil der Organisation', offering: 'Angebot' } as const;

export const monthOf = (now: Date) => berlinToday(now).slice(0, 7);

const germanDate = (iso: string | null) =>
  iso ? new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(iso)) : 'noch nie';

function mailText(actorName: string, lines: string[]) {
  return [
    'Guten Tag,',
    '',
    `einige Einträge von „${actorName}“ im Netzwerk Integration Börde wurden seit elf Monaten oder länger nicht bestätigt.`,
    'Bitte prüfen Sie, ob die Angaben noch stimmen. Ein Klick auf den Link unter einem Eintrag öffnet eine Seite, auf der Sie mit einem Knopf bestätigen, dass genau dieser Eintrag noch aktuell ist (ohne Anmeldung; jeder Link gilt einmal und 30 Tage).',
    '',
    ...lines,
    'Stimmt etwas nicht mehr, melden Sie sich bitte an und ändern Sie den Eintrag:',
    `${siteUrl()}/mitglieder`,
    '',
    'Koordinierungsstelle für Migration, Landkreis Börde',
  ].join('\n');
}

/** Stores the tokens and the reminder (one transaction), then sends the mail. */
async function remind(strapi: Core.Strapi, actorDocumentId: string, entries: StaleEntry[], trigger: 'monthly' | 'office', caller: Caller, now: Date) {
  const recipients = await memberRecipients(strapi, actorDocumentId);
  if (recipients.length === 0) return null;
  const actorName = entries[0].actorName;
  const lines: string[] = [];
  await strapi.db.transaction(async () => {
    for (const entry of entries) {
      const { token, hash, expiresAt } = issueToken(entry.type, entry.documentId, now);
      await strapi.db.query(TOKEN_UID).create({ data: { tokenHash: hash, entryType: entry.type, entryDocumentId: entry.documentId, actorDocumentId, expiresAt } });
      lines.push(`• ${entry.title} (${TYPE_LABELS[entry.type]}), zuletzt bestätigt: ${germanDate(entry.lastConfirmedAt)}`, `  Noch aktuell? ${siteUrl()}/de/bestaetigen/${token}`, '');
    }
    await strapi.db.query(REMINDER_UID).create({ data: { actorDocumentId, month: monthOf(now), trigger, entryCount: entries.length, recipientCount: recipients.length } });
    await recordModeration(strapi, {
      action: 'reminder_sent',
      uid: ACTOR_UID,
      documentId: actorDocumentId,
      caller,
      ownerActorDocumentId: actorDocumentId,
      title: actorName,
      comment: `Erinnerung (${trigger === 'monthly' ? 'monatlich' : 'von der Koordinierungsstelle'}) an ${recipients.length} Konto/Konten: ${entries.length} Eintrag/Einträge`,
    });
  });
  await sendMail(strapi, { to: recipients, subject: `Bitte bestätigen: Einträge von ${actorName}`, text: mailText(actorName, lines) });
  return { actorDocumentId, entries: entries.length, recipients: recipients.length };
}

const byActor = (entries: StaleEntry[]) => {
  const groups = new Map<string, StaleEntry[]>();
  for (const entry of entries) groups.set(entry.actorDocumentId, [...(groups.get(entry.actorDocumentId) ?? []), entry]);
  return groups;
};

/** The monthly job (config/cron-tasks.ts): each organisation with stale entries, once per month. */
export async function runMonthlyReminders(strapi: Core.Strapi, now = new Date()) {
  const month = monthOf(now);
  // links are worth nothing after 30 days: their hashes go after another 30
  await strapi.db.query(TOKEN_UID).deleteMany({ where: { expiresAt: { $lt: new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000) } } });
  let sent = 0;
  for (const [actorDocumentId, entries] of byActor(await staleEntries(strapi, now))) {
    if (await strapi.db.query(REMINDER_UID).count({ where: { actorDocumentId, month } })) continue;
    if (await remind(strapi, actorDocumentId, entries, 'monthly', { kind: 'system' }, now)) sent += 1;
  }
  strapi.log.info(`Confirmation reminders ${month}: ${sent} mail(s) sent`);
  return { month, sent };
}

/** "Send reminder now" on the office's stale list, for one organisation. */
export async function sendReminderNow(strapi: Core.Strapi, caller: Caller, actorDocumentId: string, now = new Date()) {
  requirePermission(caller, 'sendReminders', {}, 'Reminders are sent by the coordination office');
  if (!(await strapi.db.query(ACTOR_UID).count({ where: { documentId: actorDocumentId } }))) throw new errors.NotFoundError('Organisation nicht gefunden');
  const entries = await staleEntries(strapi, now, actorDocumentId);
  if (entries.length === 0) throw new errors.ValidationError('Diese Organisation hat keine lange nicht bestätigten Einträge');
  const result = await remind(strapi, actorDocumentId, entries, 'office', caller, now);
  if (!result) throw new errors.ValidationError('Die Organisation hat kein aktives Konto, an das die Erinnerung gehen könnte');
  return result;
}
