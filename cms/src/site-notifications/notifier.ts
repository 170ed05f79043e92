import type { Core } from '@strapi/strapi';
import { signChange, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature';

/**
 * Tells the public site that content changed, so its page cache and search index drop what the
 * change affects within a second. One small signed POST per change
 * (`{ type, documentId, action }`, see signature.ts) to SITE_CHANGES_URL (default
 * `${SITE_URL}/_intern/inhalte-geaendert`).
 *
 * Never part of the write: sent only after the surrounding transaction has committed (a rolled
 * back write tells nobody), asynchronously, with a short retry; a site that is down or refuses
 * costs a log line, never the CMS write. Without SITE_CHANGES_SECRET nothing is sent (the site's
 * cached pages then expire by time only).
 */
export interface SiteChange {
  /** the content type's short name (`offering`, `news-article`, …) */
  type: string;
  documentId?: string;
  action: string;
}

/** Content the public site shows. Reports, applications, the moderation log and internal documents change nothing there. */
export const PUBLIC_TYPES = new Set(['actor', 'offering', 'event', 'news-article', 'page', 'municipality', 'topic', 'target-group', 'language', 'working-group', 'global']);

/** Waits between attempts (three attempts in about 1.5 s). */
const RETRY_DELAYS_MS = [250, 1000];
const TIMEOUT_MS = 2000;

export interface NotifierConfig {
  url: string | null;
  secret: string | null;
}

export function notifierConfig(env: NodeJS.ProcessEnv = process.env): NotifierConfig {
  const secret = env.SITE_CHANGES_SECRET?.trim() || null;
  const explicit = env.SITE_CHANGES_URL?.trim();
  const site = (env.SITE_URL ?? '').trim().replace(/\/+$/, '');
  const url = explicit || (site ? `${site}/_intern/inhalte-geaendert` : null);
  return { url, secret };
}

export const shortName = (uid: string) => uid.split('.').pop() ?? uid;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function deliver(strapi: Core.Strapi, config: Required<{ url: string; secret: string }>, change: SiteChange) {
  const body = JSON.stringify(change);
  for (let attempt = 0; ; attempt += 1) {
    // a fresh timestamp and signature per attempt: the site accepts each signature once
    const timestamp = Math.floor(Date.now() / 1000);
    let failure: string;
    try {
      const response = await fetch(config.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signChange(config.secret, timestamp, body) },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.body?.cancel();
      if (response.ok) return;
      failure = `HTTP ${response.status}`;
      // the site refused it (wrong secret, clock skew): trying again would be refused the same way
      if (response.status < 500 && response.status !== 429) {
        strapi.log.warn(`site-notifications: the site refused ${change.type} ${change.documentId ?? ''} (${failure}); check SITE_CHANGES_SECRET and the clocks`);
        return;
      }
    } catch (error) {
      failure = (error as Error).message;
    }
    if (attempt >= RETRY_DELAYS_MS.length) {
      strapi.log.warn(`site-notifications: could not tell the site about ${change.action} of ${change.type} ${change.documentId ?? ''} (${failure}); its pages refresh when their cache time ends`);
      return;
    }
    await wait(RETRY_DELAYS_MS[attempt]);
  }
}

export function createNotifier(strapi: Core.Strapi, config: NotifierConfig = notifierConfig()) {
  const enabled = Boolean(config.url && config.secret);
  return {
    enabled,
    /**
     * Queues a change of a public type. Inside a transaction it waits for the commit; the POST
     * itself never delays or fails the caller.
     */
    notify(change: SiteChange) {
      if (!enabled || !PUBLIC_TYPES.has(change.type)) return;
      const send = () => {
        void deliver(strapi, config as { url: string; secret: string }, change).catch(() => {});
      };
      if (strapi.db.inTransaction()) {
        // Strapi runs these once the outermost transaction has committed (and drops them on rollback)
        void strapi.db.transaction(async ({ onCommit }) => onCommit(send));
      } else {
        send();
      }
    },
  };
}

export type SiteNotifier = ReturnType<typeof createNotifier>;
