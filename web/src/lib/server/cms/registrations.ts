/**
 * Event registrations (REST, CMS routes in cms/src/api/event-registration/): the status of an
 * event's registration, registering (anonymously with the visitor's address for the rate limit, or
 * with a member's token), and the cancel link's show and cancel. Every outcome is typed; the CMS's
 * reason codes become the site's own words on the page.
 */
import { isRecord } from './shape.ts';
import { jsonOf, type Transport } from './transport.ts';
import { describe } from './errors.ts';
import { log } from '../log.ts';

export type RegistrationStatus = { open: boolean; closedBecause: string | null; membersOnly: boolean; capacity: number | null; placesLeft: number | null; waiting: number };
export type RegistrationData = { name: string; organisation: string | null; email: string; needs: string | null; answer: string | null; locale: string; website: string };
export type Cancellation = { status: 'confirmed' | 'waiting' | 'cancelled'; name: string; email: string; event: { title: string; slug: string | null; startsAt: string } };

/** Why the CMS said no: its reason code, the HTTP status, per-field messages (German). */
export type RegistrationRefusal = { ok: false; reason: string; status: number; fields: Record<string, string> };

async function refusalOf(response: Response): Promise<RegistrationRefusal> {
	const json = await jsonOf(response);
	const failure = isRecord(json) && isRecord(json.error) ? json.error : {};
	const details = isRecord(failure.details) ? failure.details : {};
	const fields = Object.fromEntries(Object.entries(isRecord(details.fields) ? details.fields : {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
	const reason =
		typeof details.reason === 'string'
			? details.reason
			: response.status === 401 || response.status === 403
				? 'members_only'
				: response.status === 404
					? 'not_found'
					: response.status === 429
						? 'rate_limited'
						: response.status === 400
							? 'invalid'
							: 'unavailable';
	return { ok: false, reason, status: response.status, fields };
}

export function createRegistrations(transport: Transport) {
	async function call(path: string, options: Parameters<Transport['send']>[1]): Promise<Response | null> {
		try {
			return await transport.send(path, options);
		} catch (err) {
			log.error({ path, cause: describe(err) }, 'CMS unreachable');
			return null;
		}
	}
	const unavailable: RegistrationRefusal = { ok: false, reason: 'unavailable', status: 503, fields: {} };

	return {
		/** Places left and whether registration is open; null if the event takes none through the site. */
		async status(eventDocumentId: string): Promise<RegistrationStatus | null> {
			const response = await call(`/api/events/${encodeURIComponent(eventDocumentId)}/registration-status`, { method: 'GET' });
			if (!response?.ok) {
				await response?.body?.cancel();
				return null;
			}
			const json = await jsonOf(response);
			return isRecord(json) && isRecord(json.data) ? (json.data as RegistrationStatus) : null;
		},

		async register(eventDocumentId: string, data: RegistrationData, options: { clientAddress: string | null; token?: string }) {
			const response = await call(`/api/events/${encodeURIComponent(eventDocumentId)}/registrations`, { method: 'POST', body: { data }, ...options });
			if (!response) return unavailable;
			if (response.status === 201) {
				const json = await jsonOf(response);
				const status: 'confirmed' | 'waiting' = isRecord(json) && isRecord(json.data) && json.data.status === 'waiting' ? 'waiting' : 'confirmed';
				return { ok: true as const, status };
			}
			return refusalOf(response);
		},

		async showCancellation(token: string): Promise<{ ok: true; data: Cancellation } | RegistrationRefusal> {
			const response = await call(`/api/event-registrations/cancellation?token=${encodeURIComponent(token)}`, { method: 'GET' });
			if (!response) return unavailable;
			if (response.ok) {
				const json = await jsonOf(response);
				if (isRecord(json) && isRecord(json.data)) return { ok: true, data: json.data as Cancellation };
				return unavailable;
			}
			return refusalOf(response);
		},

		async cancel(token: string, clientAddress: string | null): Promise<{ ok: true; movedUp: boolean } | RegistrationRefusal> {
			const response = await call('/api/event-registrations/cancellation', { method: 'POST', body: { data: { token } }, clientAddress });
			if (!response) return unavailable;
			if (response.ok) {
				const json = await jsonOf(response);
				return { ok: true, movedUp: isRecord(json) && isRecord(json.data) && json.data.movedUp === true };
			}
			return refusalOf(response);
		}
	};
}
