/**
 * The door's one error policy. Every call to the CMS ends in one of three ways:
 *
 * - the CMS cannot serve right now — unreachable, timed out, 5xx, or 429 on a read (the CMS
 *   shedding load): `CmsUnavailableError` inside the door, a 503 page ("temporarily unavailable",
 *   localized by +error.svelte) at its surface (`unavailable()`), and the page cache may serve a
 *   stale copy instead (stale-if-error);
 * - the CMS refused this caller — 400, 401, 403, 404, 409, 413, or 429 on a person's own action
 *   (sign-in, a public submission: their own rate limit): a typed result (`Refusal`) the caller shows;
 * - the answer is data of the expected shape (see `shape.ts`).
 */
import { error } from '@sveltejs/kit';
import { log } from '../log.ts';

export const UNAVAILABLE_MESSAGE =
	'Die Inhalte sind gerade nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten noch einmal.';

/** The CMS could not serve the request (network, timeout, 5xx, overload, an answer of the wrong shape). */
export class CmsUnavailableError extends Error {
	constructor(readonly reason: string) {
		super(`CMS unavailable: ${reason}`);
		this.name = 'CmsUnavailableError';
	}
}

/** Whether an HTTP status means "the CMS cannot serve now" for a read. */
export const isOutageStatus = (status: number) => status >= 500 || status === 429;

/** Logs why and throws SvelteKit's 503, which renders the localized "temporarily unavailable" page. */
export function unavailable(cause: unknown): never {
	const reason = cause instanceof CmsUnavailableError ? cause.reason : describe(cause);
	log.error({ cause: reason }, 'CMS unavailable');
	error(503, UNAVAILABLE_MESSAGE);
}

/** A readable one-line reason of a network error (for logs only, never for visitors). */
export function describe(err: unknown): string {
	if (err instanceof Error) {
		const cause = (err as Error & { cause?: unknown }).cause;
		const code = cause && typeof cause === 'object' && 'code' in cause ? ` (${String(cause.code)})` : '';
		return `${err.name}: ${err.message}${code}`;
	}
	return String(err);
}
