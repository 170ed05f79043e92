import { callerFromContext } from '../../../access/caller';
import { currentSession, signOutEverywhere } from '../../../sessions/sessions';

export default ({ strapi }) => ({
  async current(ctx) {
    ctx.body = { data: await currentSession(strapi, callerFromContext(ctx), ctx.state.user?.id) };
  },
  async signOut(ctx) {
    ctx.body = { data: await signOutEverywhere(strapi, ctx.state.user?.id) };
  },
});
