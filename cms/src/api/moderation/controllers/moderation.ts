import { errors } from '@strapi/utils';
import { callerFromContext } from '../../../access/caller';
import { entryUid } from '../../../moderation/entries';
import { approve, confirmCurrent, DecisionConflict, deleteForGood, restore, sendBack, unpublish, withdraw } from '../../../moderation/decisions';
import { approveTranslation, sendBackTranslation } from '../../../moderation/translation-decisions';
import { compareEntry, moderationLog, moderationQueue, withdrawnEntries } from '../../../moderation/queries';

const body = (ctx) => {
  const value = ctx.request.body?.data ?? ctx.request.body ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new errors.ValidationError('Expected a JSON object');
  return value as Record<string, unknown>;
};
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A decision that came too late, or on a version nobody reviewed: 409, with where the draft stands now. */
async function answerConflict(ctx, decide: () => Promise<unknown>) {
  try {
    ctx.body = { data: await decide() };
  } catch (error) {
    if (!(error instanceof DecisionConflict)) throw error;
    ctx.status = 409;
    ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message: error.message, details: error.details } };
  }
}

const request = (ctx) => ({ caller: callerFromContext(ctx), uid: entryUid(ctx.params.type), documentId: String(ctx.params.documentId) });

export default ({ strapi }) => ({
  async queue(ctx) {
    ctx.body = { data: await moderationQueue(strapi, callerFromContext(ctx)) };
  },
  async withdrawn(ctx) {
    ctx.body = { data: await withdrawnEntries(strapi, callerFromContext(ctx)) };
  },
  async log(ctx) {
    ctx.body = { data: await moderationLog(strapi, callerFromContext(ctx), { documentId: text(ctx.query.documentId), limit: Number(ctx.query.limit) || undefined }) };
  },
  async compare(ctx) {
    const { caller, uid, documentId } = request(ctx);
    ctx.body = { data: await compareEntry(strapi, caller, uid, documentId) };
  },
  async approve(ctx) {
    const input = body(ctx);
    await answerConflict(ctx, async () => approve(strapi, { ...request(ctx), version: String(input.version ?? ''), comment: text(input.comment) }));
  },
  async sendBack(ctx) {
    const input = body(ctx);
    await answerConflict(ctx, async () => sendBack(strapi, { ...request(ctx), comment: text(input.comment) ?? '' }));
  },
  async approveTranslation(ctx) {
    const input = body(ctx);
    await answerConflict(ctx, async () => approveTranslation(strapi, { ...request(ctx), locale: String(ctx.params.locale), version: text(input.version), comment: text(input.comment) }));
  },
  async sendBackTranslation(ctx) {
    const input = body(ctx);
    await answerConflict(ctx, async () => sendBackTranslation(strapi, { ...request(ctx), locale: String(ctx.params.locale), version: text(input.version), comment: text(input.comment) ?? '' }));
  },
  async withdraw(ctx) {
    ctx.body = { data: await withdraw(strapi, { ...request(ctx), comment: text(body(ctx).comment) }) };
  },
  async restore(ctx) {
    ctx.body = { data: await restore(strapi, { ...request(ctx), comment: text(body(ctx).comment) }) };
  },
  async unpublish(ctx) {
    ctx.body = { data: await unpublish(strapi, { ...request(ctx), comment: text(body(ctx).comment) }) };
  },
  async confirm(ctx) {
    ctx.body = { data: await confirmCurrent(strapi, request(ctx)) };
  },
  async remove(ctx) {
    ctx.body = { data: await deleteForGood(strapi, { ...request(ctx), comment: text(ctx.request.body?.comment) }) };
  },
});
