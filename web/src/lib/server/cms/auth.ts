/**
 * Signing in, resetting a password, signing out and "who is this token?", against users-permissions
 * and the CMS's session route. The visitor's address goes along, signed with the shared secret, so
 * the CMS limits attempts per person and not per site. Typed results only: these pages show a
 * message for each case, and an outage here is "try again later", not a lost form.
 */
import type { Role, SessionPerson } from './session-types.ts';
import { CmsUnavailableError, describe } from './errors.ts';
import { isRecord, withFields } from './shape.ts';
import { jsonOf, type Transport } from './transport.ts';
import { log } from '../log.ts';

export type AuthResult = { ok: true; token: string } | { ok: false; reason: 'invalid' | 'blocked' | 'rate_limited' | 'unavailable'; message?: string };

/** valid: the person; ended: the CMS no longer accepts the token (401) or the account has no role (403). */
export type SessionCheck = { state: 'valid'; person: SessionPerson } | { state: 'ended'; clearCookie: boolean };

const isSessionAnswer = withFields<{ id: number; email: string; role: Role; actor: SessionPerson['actor'] }>({ id: 'number', email: 'string', role: 'string', actor: 'object?' });

export function createAuth(transport: Transport) {
	async function post(path: string, body: unknown, clientAddress: string | null, token?: string): Promise<Response | null> {
		try {
			return await transport.send(path, { method: 'POST', body, clientAddress, token });
		} catch (err) {
			log.error({ path, cause: describe(err) }, 'CMS unreachable');
			return null;
		}
	}

	async function tokenReply(response: Response | null): Promise<AuthResult> {
		if (!response || response.status >= 500) return { ok: false, reason: 'unavailable' };
		if (response.status === 429) return { ok: false, reason: 'rate_limited' };
		const json = await jsonOf(response);
		const answer = isRecord(json) ? json : {};
		if (response.ok && typeof answer.jwt === 'string') return { ok: true, token: answer.jwt };
		const message = isRecord(answer.error) && typeof answer.error.message === 'string' ? answer.error.message : undefined;
		if (/blocked/i.test(message ?? '')) return { ok: false, reason: 'blocked' };
		return { ok: false, reason: 'invalid', message };
	}

	return {
		async signIn(email: string, password: string, clientAddress: string | null): Promise<AuthResult> {
			return tokenReply(await post('/api/auth/local', { identifier: email, password }, clientAddress));
		},

		async resetPassword(code: string, password: string, clientAddress: string | null): Promise<AuthResult> {
			return tokenReply(await post('/api/auth/reset-password', { code, password, passwordConfirmation: password }, clientAddress));
		},

		/** Always "sent" to the visitor (whether an account exists is nobody's business); unavailable only when the CMS is down. */
		async requestPasswordMail(email: string, clientAddress: string | null): Promise<'sent' | 'rate_limited' | 'unavailable'> {
			const response = await post('/api/auth/forgot-password', { email }, clientAddress);
			await response?.body?.cancel();
			if (!response || response.status >= 500) return 'unavailable';
			if (response.status === 429) return 'rate_limited';
			return 'sent';
		},

		/** Revokes every token of the person in the CMS (all browsers and devices). */
		async signOutEverywhere(token: string): Promise<boolean> {
			const response = await post('/api/session/sign-out', {}, null, token);
			await response?.body?.cancel();
			return Boolean(response && (response.ok || response.status === 401));
		},

		/**
		 * Who the token belongs to, asked on every area request (a deactivated account or a token
		 * revoked by signing out stops working at once). Only a 401 ends the session for good (the
		 * cookie is cleared); a 403 (an account without a role in the network) is signed out for this
		 * request; an outage throws `CmsUnavailableError` and the person stays signed in.
		 */
		async checkSession(token: string): Promise<SessionCheck> {
			const response = await transport.send('/api/session', { token });
			if (response.status === 401 || response.status === 403) {
				await response.body?.cancel();
				return { state: 'ended', clearCookie: response.status === 401 };
			}
			if (response.status !== 200) {
				await response.body?.cancel();
				throw new CmsUnavailableError(`/api/session answered HTTP ${response.status}`);
			}
			const json = await jsonOf(response);
			const data = isRecord(json) ? json.data : null;
			if (!isSessionAnswer(data) || (data.role !== 'member' && data.role !== 'coordination')) throw new CmsUnavailableError('/api/session answered an unexpected shape');
			return { state: 'valid', person: { userId: data.id, email: data.email, role: data.role, actor: data.actor } };
		}
	};
}
