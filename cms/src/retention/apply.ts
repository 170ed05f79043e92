import type { Core } from '@strapi/strapi';
import { monthsBefore, retentionPolicy, type RetentionPolicy } from './policy';
import { deleteRegistrationsOfPastEvents } from '../registrations/retention';

const SUBMISSIONS = ['api::report.report', 'api::membership-application.membership-application'] as const;
const LOG_UID = 'api::moderation-entry.moderation-entry';
const USER_UID = 'plugin::users-permissions.user';

/** Keys that hold a person's name or way of contact in an entry's content (shared.contact, working-group lead). */
const PERSONAL_KEYS = new Set(['contactPerson', 'email', 'phone', 'leadName']);

export type RetentionResult = { deletedSubmissions: Record<string, number>; scrubbedLogEntries: number; anonymisedAccounts: number; deletedRegistrations: number };

/** A copy of a snapshot with every personal field emptied, at any depth. */
export function withoutPersonalData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPersonalData);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, PERSONAL_KEYS.has(key) ? null : withoutPersonalData(inner)]));
}

const hasPersonalData = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(hasPersonalData)
    : Boolean(value) && typeof value === 'object' && Object.entries(value as object).some(([key, inner]) => (PERSONAL_KEYS.has(key) && inner !== null && inner !== '') || hasPersonalData(inner));

/**
 * The daily retention job (config/cron-tasks.ts). `now` is passed in so tests can move the clock.
 * - reports and membership applications: deleted `handledMonths` after they were marked done,
 *   `openMonths` after they arrived when nobody handled them;
 * - the moderation log keeps its entries, but the snapshots of entries deleted for good lose
 *   contact names, e-mail addresses and phone numbers `handledMonths` after the deletion;
 * - accounts deactivated `accountMonths` ago are anonymised (name, e-mail, password, tokens), and
 *   the log no longer names them;
 * - event registrations (and the office's messages to them) are deleted `registrationMonths` after
 *   the end of their event (registrations/retention.ts).
 */
export async function applyRetention(strapi: Core.Strapi, now: Date, policy: RetentionPolicy = retentionPolicy()): Promise<RetentionResult> {
  const handledBefore = monthsBefore(now, policy.handledMonths);
  const openBefore = monthsBefore(now, policy.openMonths);
  const accountBefore = monthsBefore(now, policy.accountMonths);

  const deletedSubmissions: Record<string, number> = {};
  for (const uid of SUBMISSIONS) {
    const { count } = await strapi.db.query(uid).deleteMany({
      where: {
        $or: [
          { handlingState: 'done', handledAt: { $lt: handledBefore } },
          // marked done without a date (older data): the last change counts
          { handlingState: 'done', handledAt: { $null: true }, updatedAt: { $lt: handledBefore } },
          { $or: [{ handlingState: 'open' }, { handlingState: { $null: true } }], createdAt: { $lt: openBefore } },
        ],
      },
    });
    deletedSubmissions[uid] = count;
  }

  let scrubbedLogEntries = 0;
  const deletions = await strapi.db.query(LOG_UID).findMany({ where: { action: 'deleted', createdAt: { $lt: handledBefore } }, select: ['targetDocumentId'] });
  const deletedDocuments = [...new Set(deletions.map((entry: { targetDocumentId: string }) => entry.targetDocumentId).filter(Boolean))];
  for (let start = 0; start < deletedDocuments.length; start += 200) {
    const entries = await strapi.db.query(LOG_UID).findMany({ where: { targetDocumentId: { $in: deletedDocuments.slice(start, start + 200) } }, select: ['id', 'snapshot'] });
    for (const entry of entries) {
      if (!hasPersonalData(entry.snapshot)) continue;
      await strapi.db.query(LOG_UID).update({ where: { id: entry.id }, data: { snapshot: withoutPersonalData(entry.snapshot) } });
      scrubbedLogEntries += 1;
    }
  }

  const due = await strapi.db.query(USER_UID).findMany({
    where: {
      blocked: true,
      anonymisedAt: { $null: true },
      $or: [{ deactivatedAt: { $lt: accountBefore } }, { deactivatedAt: { $null: true }, updatedAt: { $lt: accountBefore } }],
    },
    select: ['id'],
  });
  for (const { id } of due) {
    await strapi.db.query(USER_UID).update({
      where: { id },
      data: {
        username: `anonymisiert-${id}`,
        email: `anonymisiert-${id}@invalid.example`,
        password: null,
        resetPasswordToken: null,
        confirmationToken: null,
        anonymisedAt: now,
      },
    });
    await strapi.db.query(LOG_UID).updateMany({ where: { byUserId: id }, data: { byEmail: null } });
  }

  const deletedRegistrations = await deleteRegistrationsOfPastEvents(strapi, monthsBefore(now, policy.registrationMonths));

  const result = { deletedSubmissions, scrubbedLogEntries, anonymisedAccounts: due.length, deletedRegistrations };
  strapi.log.info(`Retention: ${JSON.stringify(result)}`);
  return result;
}
