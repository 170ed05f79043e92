/**
 * Signing in, resetting a password and signing out, against users-permissions. The visitor's
 * address goes along, signed with the shared secret, so the CMS limits attempts per person and
 * not per site.
 */
import { CMS_URL, SITE_PROXY_SECRET } from '$app/env/private';
import { CMS_TIMEOUT_MS } from '../../cms.ts';
import { requestIdHeader } from '../request-context.ts';

export type AuthResult = { ok: true; token: string } | { ok: false; reason: 'invalid' | 'blocked' | 'rate_limited' | 'unavailable'; message?: string };

async function post(path: string, body: unknown, clientAddress: string | null, token?: string): Promise<Response | null> {
	const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...requestIdHeader() };
	if (SITE_PROXY_SECRET && clientAddress) {
		headers['x-client-address'] = clientAddress;
		headers['x-site-secret'] = SITE_PROXY_SECRET;
	}
	if (token) headers.authorization = `Bearer ${token}`;
	try {
		return await fetch(`${CMS_URL.replace(/\/+$/, '')}${path}`, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(CMS_TIMEOUT_MS) });
	} catch {
		return null;
	}
}

async function tokenReply(response: Response | null): Promise<AuthResult> {
	if (!response || response.status >= 500) return { ok: false, reason: 'unavailable' };
	if (response.status === 429) return { ok: false, reason: 'rate_limited' };
	const body = (await response.json().catch(() => null)) as { jwt?: string; error?: { message?: string } } | null;
	if (response.ok && body?.jwt) return { ok: true, token: body.jwt };
	if (/blocked/i.test(body?.error?.message ?? '')) return { ok: false, reason: 'blocked' };
	return { ok: false, reason: 'invalid', message: body?.error?.message };
}

export async function signIn(email: string, password: string, clientAddress: string | null): Promise<AuthResult> {
	return tokenReply(await post('/api/auth/local', { identifier: email, password }, clientAddress));
}

export async function resetPassword(code: string, password: string, clientAddress: string | null): Promise<AuthResult> {
	return tokenReply(await post('/api/auth/reset-password', { code, password, passwordConfirmation: password }, clientAddress));
}

/** Always "sent" to the visitor (whether an account exists is nobody's business); false only when the CMS is down. */
export async function requestPasswordMail(email: string, clientAddress: string | null): Promise<'sent' | 'rate_limited' | 'unavailable'> {
	const response = await post('/api/auth/forgot-password', { email }, clientAddress);
	if (!response || response.status >= 500) return 'unavailable';
	if (response.status === 429) return 'rate_limited';
	return 'sent';
}

/** Revokes every token of the person in the CMS (all browsers and devices). */
export async function signOutEverywhere(token: string): Promise<boolean> {
	const response = await post('/api/session/sign-out', {}, null, token);
	return Boolean(response && (response.ok || response.status === 401));
}
