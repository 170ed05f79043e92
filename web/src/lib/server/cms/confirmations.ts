/**
 * The one-click confirmation links of reminder mails (CMS: GET/POST /api/confirmations/:token).
 * The token is the only authorisation; reading describes the entry, only the POST confirms. The
 * visitor's address goes along for the CMS's rate limit. Never cached (the page is `private, no-store`).
 */
import { CmsUnavailableError, unavailable } from './errors.ts';
import { isRecord } from './shape.ts';
import { jsonOf, type Transport } from './transport.ts';

export interface ConfirmationEntry {
	type: 'actor' | 'offering';
	documentId: string;
	title: string;
	slug: string | null;
	lastConfirmedAt: string | null;
	state: 'valid' | 'used' | 'expired' | 'confirmed';
}

/** unknown: tampered or never issued (404); gone: used or expired (410). */
export type ConfirmationResult = { ok: true; entry: ConfirmationEntry } | { ok: false; reason: 'unknown' | 'gone' | 'rate_limited' };

const isEntry = (value: unknown): value is ConfirmationEntry =>
	isRecord(value) && (value.type === 'actor' || value.type === 'offering') && typeof value.title === 'string' && typeof value.state === 'string';

/** Only what a token can look like (base64url payload and signature); anything else never leaves the site. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{10,500}\.[A-Za-z0-9_-]{20,100}$/;

export function createConfirmations(transport: Transport) {
	async function call(method: 'GET' | 'POST', token: string, clientAddress: string | null): Promise<ConfirmationResult> {
		if (!TOKEN_SHAPE.test(token)) return { ok: false, reason: 'unknown' };
		let response: Response;
		try {
			response = await transport.send(`/api/confirmations/${token}`, { method, clientAddress });
		} catch (err) {
			unavailable(err);
		}
		const json = await jsonOf(response);
		if (response.status === 404 || response.status === 400) return { ok: false, reason: 'unknown' };
		if (response.status === 410) return { ok: false, reason: 'gone' };
		if (response.status === 429) return { ok: false, reason: 'rate_limited' };
		const data = isRecord(json) ? json.data : undefined;
		if (!response.ok || !isEntry(data)) unavailable(new CmsUnavailableError(`${method} /api/confirmations answered HTTP ${response.status}`));
		return { ok: true, entry: data };
	}
	return {
		describe: (token: string, clientAddress: string | null) => call('GET', token, clientAddress),
		confirm: (token: string, clientAddress: string | null) => call('POST', token, clientAddress)
	};
}
