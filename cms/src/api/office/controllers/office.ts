import { callerFromContext } from '../../../access/caller';
import { coverageCounts } from '../../../content/offering-counts';
import { officeInbox, setHandlingState } from '../../../submissions/inbox';
import { translationOverview } from '../../../translations/overview';

export default ({ strapi }) => ({
  async inbox(ctx) {
    ctx.body = { data: await officeInbox(strapi, callerFromContext(ctx), ctx.query ?? {}) };
  },
  async handle(ctx) {
    const input = ctx.request.body?.data ?? ctx.request.body ?? {};
    ctx.body = {
      data: await setHandlingState(strapi, callerFromContext(ctx), {
        kind: String(ctx.params.kind),
        documentId: String(ctx.params.documentId),
        handlingState: input?.handlingState,
        officeNote: input?.officeNote,
      }),
    };
  },
  async coverage(ctx) {
    ctx.body = { data: await coverageCounts(strapi, callerFromContext(ctx)) };
  },
  async translations(ctx) {
    ctx.body = { data: await translationOverview(strapi, callerFromContext(ctx)) };
  },
});
