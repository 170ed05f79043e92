import { callerFromContext } from '../../../access/caller';
import { coverageCounts } from '../../../content/offering-counts';
import { officeInbox, setHandlingState } from '../../../submissions/inbox';
import { translationOverview } from '../../../translations/overview';
import { acceptApplication, ApplicationConflict, declineApplication } from '../../../joining/applications';
import { sendReminderNow } from '../../../reminders/send';
import { coverageCsv, staleListCsv } from '../../../office-exports/csv';

const input = (ctx) => {
  const value = ctx.request.body?.data ?? ctx.request.body ?? {};
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
};

/** A second decision on one application: 409, nothing changed. */
async function answerConflict(ctx, decide: () => Promise<unknown>) {
  try {
    ctx.body = { data: await decide() };
  } catch (error) {
    if (!(error instanceof ApplicationConflict)) throw error;
    ctx.status = 409;
    ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message: error.message, details: error.details } };
  }
}

const csv = (ctx, name: string, body: string) => {
  ctx.set('content-type', 'text/csv; charset=utf-8');
  ctx.set('content-disposition', `attachment; filename="${name}"`);
  ctx.set('cache-control', 'private, no-store');
  ctx.body = body;
};

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
  async acceptApplication(ctx) {
    await answerConflict(ctx, () => acceptApplication(strapi, callerFromContext(ctx), String(ctx.params.documentId)));
  },
  async declineApplication(ctx) {
    await answerConflict(ctx, () => declineApplication(strapi, callerFromContext(ctx), String(ctx.params.documentId), input(ctx).reason));
  },
  async sendReminder(ctx) {
    ctx.body = { data: await sendReminderNow(strapi, callerFromContext(ctx), String(ctx.params.actorDocumentId)) };
  },
  async exportStale(ctx) {
    csv(ctx, 'lange-nicht-bestaetigt.csv', await staleListCsv(strapi, callerFromContext(ctx)));
  },
  async exportCoverage(ctx) {
    csv(ctx, 'abdeckung.csv', await coverageCsv(strapi, callerFromContext(ctx)));
  },
  async translations(ctx) {
    ctx.body = { data: await translationOverview(strapi, callerFromContext(ctx)) };
  },
});
