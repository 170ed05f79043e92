import type { Core } from '@strapi/strapi';
import { createNotifier, shortName, type SiteNotifier } from './notifier';

/**
 * Every write of public content reaches the site: the document service's writes through this
 * middleware; writes that change rows directly (withdraw, restore, "still current" in
 * moderation/decisions.ts) call `notifySite` themselves.
 */
const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

let notifier: SiteNotifier | null = null;
/** Off until the CMS has started: the demo seed's hundreds of writes at boot are no news for the site. */
let started = false;

export function registerSiteNotifications(strapi: Core.Strapi) {
  notifier = createNotifier(strapi);
  if (!notifier.enabled) {
    strapi.log.info('site-notifications: off (set SITE_CHANGES_SECRET and SITE_URL or SITE_CHANGES_URL); the site refreshes cached pages by time only');
  }
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid.startsWith('api::') && WRITES.has(context.action)) {
      const params = context.params as { documentId?: string };
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      // a draft-only write (a member's change waiting for review) changes nothing public, but the
      // site cannot tell that from here cheaply; it costs one cache refill
      if (started) notifier?.notify({ type: shortName(context.uid), documentId, action: context.action });
    }
    return result;
  });
}

/** Called at the end of bootstrap: from now on, writes are announced. */
export function startSiteNotifications() {
  started = true;
}

/** For writes that bypass the document service. */
export function notifySite(uid: string, documentId: string, action: string) {
  if (started) notifier?.notify({ type: shortName(uid), documentId, action });
}
