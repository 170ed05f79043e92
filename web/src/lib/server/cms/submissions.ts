/**
 * Public submissions (REST): reports (outdated information, accessibility feedback, contact) and
 * membership applications, with the visitor's address for the CMS's per-visitor rate limit.
 * Typed results; the form shows each.
 */
import { isRecord } from './shape.ts';
import { jsonOf, type Transport } from './transport.ts';
import { describe } from './errors.ts';
import { log } from '../log.ts';

export type SubmissionRoute = '/api/reports/submit' | '/api/membership-applications/submit';

export type SubmissionResult =
	| { ok: true }
	| { ok: false; reason: 'invalid'; message: string; fields: Record<string, string> }
	| { ok: false; reason: 'rate_limited'; retryAfterSeconds: number | null }
	| { ok: false; reason: 'unavailable' };

export function createSubmitter(transport: Transport) {
	return async function submit(route: SubmissionRoute, data: Record<string, string | null | undefined>, clientAddress: string | null): Promise<SubmissionResult> {
		let response: Response;
		try {
			response = await transport.send(route, { method: 'POST', body: data, clientAddress });
		} catch (err) {
			// the form stays filled in and says "try again later" instead of a 503 page
			log.error({ route, cause: describe(err) }, 'CMS unreachable');
			return { ok: false, reason: 'unavailable' };
		}
		if (response.status === 201 || response.status === 200) {
			await response.body?.cancel();
			return { ok: true };
		}
		const json = await jsonOf(response);
		const failure = isRecord(json) && isRecord(json.error) ? json.error : {};
		const details = isRecord(failure.details) ? failure.details : {};
		if (response.status === 400) {
			const fields = Object.fromEntries(Object.entries(isRecord(details.fields) ? details.fields : {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
			return { ok: false, reason: 'invalid', message: typeof failure.message === 'string' ? failure.message : '', fields };
		}
		if (response.status === 429) {
			const header = Number(response.headers.get('retry-after'));
			const detail = Number(details.retryAfter);
			const retryAfterSeconds = Number.isFinite(header) && header > 0 ? header : Number.isFinite(detail) && detail > 0 ? detail : null;
			return { ok: false, reason: 'rate_limited', retryAfterSeconds };
		}
		log.error({ route, status: response.status }, 'CMS refused a submission');
		return { ok: false, reason: 'unavailable' };
	};
}
