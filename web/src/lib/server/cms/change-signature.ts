/**
 * The CMS's change notifications, checked before anything is dropped (cms/src/site-notifications
 * signs them). The signature is HMAC-SHA256 with the shared SITE_CHANGES_SECRET over
 * `{timestamp}.{body}` (`x-cms-timestamp`: Unix seconds; `x-cms-signature: sha256=<hex>`), compared
 * in constant time. A notification is accepted once, and only within ±60 s of its timestamp: the
 * seen signatures are remembered for twice that long, so a captured request cannot be replayed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { ContentChange } from '../content-changes.ts';

export const TIMESTAMP_HEADER = 'x-cms-timestamp';
export const SIGNATURE_HEADER = 'x-cms-signature';
export const REPLAY_WINDOW_SECONDS = 60;

export function signChange(secret: string, timestamp: number | string, body: string): string {
	return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export type Verdict = { ok: true; change: ContentChange } | { ok: false; status: 400 | 401; message: string };

const SIGNATURE = /^sha256=[0-9a-f]{64}$/;
const TYPE = /^(\*|[a-z][a-z0-9-]{0,63})$/;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const ACTION = /^[a-z_-]{1,32}$/;

export function createChangeVerifier(options: { secret: string | undefined; now?: () => number }) {
	const now = options.now ?? Date.now;
	const seen = new LRUCache<string, true>({ max: 10_000, ttl: 2 * REPLAY_WINDOW_SECONDS * 1000 });
	const refuse = (status: 400 | 401, message: string): Verdict => ({ ok: false, status, message });

	return function verify(timestamp: string | null, signature: string | null, body: string): Verdict {
		if (!options.secret) return refuse(401, 'Change notifications are not configured on this site (SITE_CHANGES_SECRET).');
		if (!timestamp || !signature) return refuse(401, `Both ${TIMESTAMP_HEADER} and ${SIGNATURE_HEADER} are required.`);
		if (!/^\d{1,12}$/.test(timestamp)) return refuse(400, `${TIMESTAMP_HEADER} must be Unix seconds.`);
		if (!SIGNATURE.test(signature)) return refuse(400, `${SIGNATURE_HEADER} must be sha256=<64 hex digits>.`);
		if (Math.abs(now() / 1000 - Number(timestamp)) > REPLAY_WINDOW_SECONDS) return refuse(401, `The timestamp is more than ${REPLAY_WINDOW_SECONDS} s away from the site's clock.`);
		const expected = Buffer.from(signChange(options.secret, timestamp, body), 'utf8');
		const given = Buffer.from(signature, 'utf8');
		if (given.length !== expected.length || !timingSafeEqual(given, expected)) return refuse(401, 'The signature does not match.');
		if (seen.has(signature)) return refuse(401, 'This notification was already received (replay).');
		seen.set(signature, true);

		let parsed: unknown;
		try {
			parsed = JSON.parse(body);
		} catch {
			return refuse(400, 'The body must be JSON: {"type": …, "documentId"?: …, "action"?: …}.');
		}
		const change = parsed as Record<string, unknown> | null;
		if (typeof change !== 'object' || change === null || Array.isArray(change)) return refuse(400, 'The body must be a JSON object.');
		if (typeof change.type !== 'string' || !TYPE.test(change.type)) return refuse(400, '`type` must be a content type’s short name or "*".');
		if (change.documentId !== undefined && (typeof change.documentId !== 'string' || !DOCUMENT_ID.test(change.documentId))) return refuse(400, '`documentId` must be a document id.');
		if (change.action !== undefined && (typeof change.action !== 'string' || !ACTION.test(change.action))) return refuse(400, '`action` must be a short word.');
		return {
			ok: true,
			change: {
				type: change.type,
				...(change.documentId !== undefined ? { documentId: change.documentId as string } : {}),
				...(change.action !== undefined ? { action: change.action as string } : {})
			}
		};
	};
}
