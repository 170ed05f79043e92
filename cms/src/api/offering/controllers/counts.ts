import { offeringCountsByTopic } from '../../../content/offering-counts';

/** GET /api/offering-counts: how many current public offerings each topic has (content/offering-counts.ts). */
export default ({ strapi }) => ({
  async byTopic(ctx) {
    ctx.body = { data: await offeringCountsByTopic(strapi) };
  },
});
