import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentCaller, isOffice } from './caller';
import { findPublicationSelector } from './publication-selectors';
import { isPubliclyVisible, PUBLIC_CONDITIONS, publicConditionFields } from './public-visibility';
import { createQueryGuard } from './query-guard';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
/** Submissions and event registrations are write-only for the public: only the office reads them. */
const OFFICE_ONLY_READS = new Set([
  'api::report.report',
  'api::membership-application.membership-application',
  'api::confirmation-token.confirmation-token',
  'api::confirmation-reminder.confirmation-reminder',
  'api::event-registration.event-registration',
  'api::event-registration.event-registration-message',
]);

/**
 * Document-service middleware: the last line of defence for reads, whatever API they came through.
 * Non-office callers read published versions only, never submissions, internal events or withdrawn entries,
 * and filter, sort and populate only by what access/query-rules.ts allows.
 */
export function registerDocumentGuard(strapi: Core.Strapi) {
  const queries = createQueryGuard(strapi);
  strapi.documents.use(async (context, next) => {
    if (!context.uid.startsWith('api::') || !READ_ACTIONS.has(context.action)) return next();
    const caller = currentCaller(strapi);
    if (isOffice(caller)) return next();

    if (OFFICE_ONLY_READS.has(context.uid)) {
      throw new errors.ForbiddenError('Submissions are readable by the coordination office only');
    }
    const params = (context.params ?? {}) as Record<string, unknown>;
    const selector = findPublicationSelector(params);
    if (selector) {
      throw new errors.ForbiddenError(`Refused: ${selector} (drafts, publication state and internal events are for the coordination office only)`);
    }
    params.status = 'published';
    // Filters, sort and populate: only what the allow-list names; the root and every relation hop see
    // published, public rows only (findOne takes no filters: its answer is checked below).
    if (params.filters !== undefined || context.action !== 'findOne') params.filters = queries.filters(context.uid, params.filters, 'rest');
    if (params.sort !== undefined) queries.sort(context.uid, params.sort);
    if (params.populate !== undefined) params.populate = queries.populate(context.uid, params.populate);

    if (context.action === 'findOne' && PUBLIC_CONDITIONS[context.uid]) {
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId;
      if (!documentId) return result;
      const fields = publicConditionFields(context.uid);
      const row = await strapi.db.query(context.uid as never).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: fields });
      return isPubliclyVisible(context.uid, row) ? result : null;
    }
    return next();
  });
}
