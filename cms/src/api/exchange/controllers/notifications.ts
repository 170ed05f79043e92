import { callerFromContext } from '../../../access/caller';
import { applyUnsubscribe, ownMailChoice, previewUnsubscribe, saveOwnMailChoice } from '../../../exchange/notifications';

export default ({ strapi }) => ({
  async settings(ctx) {
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = { data: await ownMailChoice(strapi, callerFromContext(ctx)) };
  },
  async saveSettings(ctx) {
    ctx.body = { data: await saveOwnMailChoice(strapi, callerFromContext(ctx), ctx.request.body) };
  },
  async preview(ctx) {
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = { data: await previewUnsubscribe(strapi, ctx.query?.token) };
  },
  async unsubscribe(ctx) {
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = { data: await applyUnsubscribe(strapi, ctx.request.body) };
  },
});
