import { submitReport } from '../../../submissions/submit';

export default ({ strapi }) => ({
  async submit(ctx) {
    ctx.status = 201;
    ctx.body = { data: await submitReport(strapi, ctx.request.body?.data ?? ctx.request.body) };
  },
});
