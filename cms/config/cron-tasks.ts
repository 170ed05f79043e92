import { applyRetention } from '../src/retention/apply';
import { sendExchangeDigest } from '../src/exchange/notifications';
import { runMonthlyReminders } from '../src/reminders/send';

/** Strapi's cron (config/server.ts). Times are the server's local time. */
export default {
  retention: {
    // daily: delete and anonymise what is past its retention period (src/retention/)
    task: ({ strapi }) => applyRetention(strapi, new Date()),
    options: { rule: process.env.RETENTION_CRON || '17 3 * * *' },
  },
  exchangeDigest: {
    // Mondays: last week's exchange posts to the accounts that chose the digest (idempotent per week)
    task: ({ strapi }) => sendExchangeDigest(strapi, new Date()),
    options: { rule: '30 7 * * 1' },
  },
  confirmationReminders: {
    // monthly (1st, 07:23): each organisation one mail listing its entries not confirmed for 11 months;
    // at most one per organisation and month, so a second run in the same month sends nothing new
    task: ({ strapi }) => runMonthlyReminders(strapi, new Date()),
    options: { rule: process.env.REMINDER_CRON || '23 7 1 * *' },
  },
};
