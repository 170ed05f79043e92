import { createHmac } from 'node:crypto';

/**
 * The signature the site checks (web/src/lib/server/cms/change-signature.ts): HMAC-SHA256 with the
 * shared SITE_CHANGES_SECRET over `{timestamp}.{body}`, timestamp in Unix seconds.
 */
export const TIMESTAMP_HEADER = 'x-cms-timestamp';
export const SIGNATURE_HEADER = 'x-cms-signature';

export function signChange(secret: string, timestamp: number | string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
