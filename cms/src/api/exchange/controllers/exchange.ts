import { callerFromContext } from '../../../access/caller';
import { createPost, exchangeOptions, listPosts, replyToPost, setHidden, showPost, updatePost } from '../../../exchange/posts';

const noStore = (ctx) => ctx.set('Cache-Control', 'private, no-store');

export default ({ strapi }) => ({
  async list(ctx) {
    noStore(ctx);
    ctx.body = await listPosts(strapi, callerFromContext(ctx), ctx.query ?? {});
  },
  async options(ctx) {
    noStore(ctx);
    ctx.body = { data: await exchangeOptions(strapi, callerFromContext(ctx)) };
  },
  async show(ctx) {
    noStore(ctx);
    ctx.body = { data: await showPost(strapi, callerFromContext(ctx), String(ctx.params.documentId)) };
  },
  async create(ctx) {
    ctx.status = 201;
    ctx.body = { data: await createPost(strapi, callerFromContext(ctx), ctx.request.body) };
  },
  async update(ctx) {
    ctx.body = { data: await updatePost(strapi, callerFromContext(ctx), String(ctx.params.documentId), ctx.request.body) };
  },
  async reply(ctx) {
    ctx.status = 201;
    ctx.body = { data: await replyToPost(strapi, callerFromContext(ctx), String(ctx.params.documentId), ctx.request.body) };
  },
  async hide(ctx) {
    ctx.body = { data: await setHidden(strapi, callerFromContext(ctx), String(ctx.params.documentId), true, ctx.request.body) };
  },
  async unhide(ctx) {
    ctx.body = { data: await setHidden(strapi, callerFromContext(ctx), String(ctx.params.documentId), false, ctx.request.body) };
  },
});
