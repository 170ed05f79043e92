import { retentionPolicy } from '../../../retention/policy';

export default () => ({
  async policy(ctx) {
    ctx.body = { data: retentionPolicy() };
  },
});
