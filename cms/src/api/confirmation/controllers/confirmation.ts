import { confirmByLink, describeLink, LinkGone } from '../../../reminders/confirm';

export default ({ strapi }) => ({
  async show(ctx) {
    ctx.set('cache-control', 'private, no-store');
    ctx.body = { data: await describeLink(strapi, String(ctx.params.token)) };
  },
  async confirm(ctx) {
    ctx.set('cache-control', 'private, no-store');
    try {
      ctx.body = { data: await confirmByLink(strapi, String(ctx.params.token)) };
    } catch (error) {
      if (!(error instanceof LinkGone)) throw error;
      // used or expired: gone for good
      ctx.status = 410;
      ctx.body = { data: null, error: { status: 410, name: 'GoneError', message: error.message, details: error.details } };
    }
  },
});
