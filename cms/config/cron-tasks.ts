import { applyRetention } from '../src/retention/apply';

/** Strapi's cron (config/server.ts). Times are the server's local time. */
export default {
  retention: {
    // daily: delete and anonymise what is past its retention period (src/retention/)
    task: ({ strapi }) => applyRetention(strapi, new Date()),
    options: { rule: process.env.RETENTION_CRON || '17 3 * * *' },
  },
};
