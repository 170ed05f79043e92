/**
 * The signed-in session of the member and office areas. The CMS's JWT lives in one httpOnly,
 * SameSite=Lax cookie (Secure in every production build — browsers accept Secure cookies from
 * http://localhost, so local runs work — and whenever the site is served over https; only the
 * Vite dev server leaves it off) and is only ever read here,
 * on the server: no page and no script of the site sees it. Who the token belongs to is asked from
 * the CMS on every request (`auth.checkSession`, ../cms/auth.ts), so a deactivated account or a token revoked by
 * signing out stops working at once.
 */
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { dev } from '$app/env';
import { auth } from '../cms/index.ts';
import { unavailable } from '../cms/errors.ts';
import type { Role, SessionPerson } from '../cms/session-types.ts';

export type { Role };

export const SESSION_COOKIE = 'nib_session';
/** A working day; after that, sign in again. */
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export interface Session extends SessionPerson {
	token: string;
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

/**
 * The session behind the request's cookie, or null (no cookie, expired, revoked, deactivated).
 * The cookie is cleared only when the CMS says the token is no longer valid (401); when the CMS
 * cannot be asked, the request gets the 503 page and the person stays signed in.
 */
export async function loadSession(event: Pick<RequestEvent, 'cookies'> & { locals: App.Locals }): Promise<Session | null> {
	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) return null;
	let check: Awaited<ReturnType<typeof auth.checkSession>>;
	try {
		check = await auth.checkSession(token);
	} catch (err) {
		unavailable(err);
	}
	if (check.state === 'ended') {
		if (check.clearCookie) clearSessionCookie(event.cookies, event.locals.origin);
		return null;
	}
	return { token, ...check.person };
}
