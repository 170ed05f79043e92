/**
 * The signed-in session of the member and office areas. The CMS's JWT lives in one httpOnly,
 * SameSite=Lax cookie (Secure in every production build — browsers accept Secure cookies from
 * http://localhost, so local runs work — and whenever the site is served over https; only the
 * Vite dev server leaves it off) and is only ever read here,
 * on the server: no page and no script of the site sees it. Who the token belongs to is asked from
 * the CMS on every request (`/api/session`), so a deactivated account or a token revoked by
 * signing out stops working at once.
 */
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { error } from '@sveltejs/kit';
import { CMS_URL } from '$app/env/private';
import { dev } from '$app/env';
import { CMS_TIMEOUT_MS, UNAVAILABLE_MESSAGE } from '../../cms.ts';
import { requestIdHeader } from '../request-context.ts';

export const SESSION_COOKIE = 'nib_session';
/** A working day; after that, sign in again. */
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export type Role = 'member' | 'coordination';

export interface Session {
	token: string;
	userId: number;
	email: string;
	role: Role;
	actor: { documentId: string; name: string } | null;
}

const secureCookie = (origin: string) => !dev || origin.startsWith('https:');

export function setSessionCookie(cookies: Cookies, token: string, origin: string) {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: secureCookie(origin),
		maxAge: SESSION_MAX_AGE_SECONDS
	});
}

export function clearSessionCookie(cookies: Cookies, origin: string) {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookie(origin) });
}

/** The session behind the request's cookie, or null (no cookie, expired, revoked, deactivated). */
export async function loadSession(event: Pick<RequestEvent, 'cookies'> & { locals: App.Locals }): Promise<Session | null> {
	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) return null;
	let response: Response;
	try {
		response = await fetch(`${CMS_URL.replace(/\/+$/, '')}/api/session`, {
			headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...requestIdHeader() },
			signal: AbortSignal.timeout(CMS_TIMEOUT_MS)
		});
	} catch {
		error(503, UNAVAILABLE_MESSAGE);
	}
	if (response.status >= 500) error(503, UNAVAILABLE_MESSAGE);
	if (response.status !== 200) {
		clearSessionCookie(event.cookies, event.locals.origin);
		return null;
	}
	const body = (await response.json()) as { data: { id: number; email: string; role: Role; actor: Session['actor'] } };
	return { token, userId: body.data.id, email: body.data.email, role: body.data.role, actor: body.data.actor };
}
