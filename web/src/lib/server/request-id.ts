import { randomUUID } from 'node:crypto';

/**
 * The id of one request: the one the reverse proxy sent (`x-request-id`) when it looks like an id,
 * else a fresh UUID. Anything longer or with other characters could forge log lines: replaced.
 */
const SANE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function requestIdFrom(header: string | null | undefined): string {
	const given = header?.trim() ?? '';
	return SANE_ID.test(given) ? given : randomUUID();
}
