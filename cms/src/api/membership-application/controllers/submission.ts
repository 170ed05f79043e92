import { submitMembershipApplication } from '../../../submissions/submit';

export default ({ strapi }) => ({
  async submit(ctx) {
    ctx.status = 201;
    ctx.body = { data: await submitMembershipApplication(strapi, ctx.request.body?.data ?? ctx.request.body) };
  },
});
