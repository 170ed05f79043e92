import { randomUUID } from 'node:crypto';

/**
 * The id that follows one visitor's request through the site's and the CMS's logs. The site (or
 * the reverse proxy) sends it as `x-request-id`; an id that is missing or does not look like one
 * (too long, odd characters that could forge log lines) is replaced by a fresh UUID.
 */
const SANE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function requestIdFrom(header: string | undefined): string {
  const given = header?.trim() ?? '';
  return SANE_ID.test(given) ? given : randomUUID();
}
