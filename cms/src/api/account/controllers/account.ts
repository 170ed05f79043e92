import { callerFromContext } from '../../../access/caller';
import { inviteAccount, listAccounts, setAccountBlocked } from '../../../accounts/accounts';

export default ({ strapi }) => ({
  async list(ctx) {
    ctx.body = { data: await listAccounts(strapi, callerFromContext(ctx)) };
  },
  async invite(ctx) {
    ctx.status = 201;
    ctx.body = { data: await inviteAccount(strapi, callerFromContext(ctx), ctx.request.body?.data ?? ctx.request.body) };
  },
  async deactivate(ctx) {
    ctx.body = { data: await setAccountBlocked(strapi, callerFromContext(ctx), Number(ctx.params.id), true) };
  },
  async activate(ctx) {
    ctx.body = { data: await setAccountBlocked(strapi, callerFromContext(ctx), Number(ctx.params.id), false) };
  },
});
