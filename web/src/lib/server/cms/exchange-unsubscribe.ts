/**
 * The unsubscribe link of the exchange mails: no session, the link's signed token names the
 * account (the CMS checks it). GET shows, POST changes. The CMS's messages for these routes are
 * German already and are shown as they are.
 */
import { unavailable } from './errors.ts';
import { isRecord, type Guard } from './shape.ts';
import { jsonOf, type SendOptions, type Transport } from './transport.ts';

export type UnsubscribeReply<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

export function createUnsubscribeClient(transport: Transport) {
	async function call<T>(path: string, options: SendOptions, expect: Guard<T>): Promise<UnsubscribeReply<T>> {
		let response: Response;
		try {
			response = await transport.send(path, options);
		} catch (err) {
			unavailable(err);
		}
		if (response.status >= 500) {
			await response.body?.cancel();
			unavailable(new Error(`${path} answered HTTP ${response.status}`));
		}
		const json = await jsonOf(response);
		const answer = isRecord(json) ? json : {};
		if (response.ok && expect(answer.data)) return { ok: true, data: answer.data };
		const failure = isRecord(answer.error) ? answer.error : {};
		const message = typeof failure.message === 'string' && /[äöüß]|Link|Konto/.test(failure.message) ? failure.message : 'Der Abmeldelink ist ungültig. Bitte nutzen Sie den vollständigen Link aus der E-Mail.';
		return { ok: false, status: response.ok ? 502 : response.status, message };
	}
	return {
		preview: <T>(token: string, expect: Guard<T>) => call(`/api/exchange/unsubscribe?${new URLSearchParams({ token })}`, { method: 'GET' }, expect),
		apply: <T>(token: string, choice: string, expect: Guard<T>) => call('/api/exchange/unsubscribe', { method: 'POST', body: { token, choice } }, expect)
	};
}
