import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentCaller, isOffice } from './caller';
import { findPublicationSelector } from './publication-selectors';
import { EVENT_UID, guardEventPopulate, withPublicEventFilter } from './event-visibility';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
/** Submissions are write-only for the public: only the office reads them. */
const OFFICE_ONLY_READS = new Set(['api::report.report', 'api::membership-application.membership-application']);

/**
 * Document-service middleware: the last line of defence for reads, whatever API they came through.
 * Non-office callers read published versions only, never submissions, never internal events.
 */
export function registerDocumentGuard(strapi: Core.Strapi) {
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
    if (params.populate !== undefined) params.populate = guardEventPopulate(strapi, context.uid, params.populate as never);

    if (context.uid !== EVENT_UID) return next();
    if (context.action === 'findOne') {
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId;
      if (!documentId) return result;
      const row = await strapi.db.query(EVENT_UID).findOne({ where: { documentId }, select: ['visibility'] });
      return row?.visibility === 'public' ? result : null;
    }
    params.filters = withPublicEventFilter(params.filters);
    return next();
  });
}
