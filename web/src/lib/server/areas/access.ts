/**
 * Who may enter which signed-in area. The rule lives here once; each area's layout applies it to
 * pages and hooks.server.ts to form posts (form actions run without layouts). The CMS checks every
 * call again with the person's own token: this only decides what the site shows.
 */
import type { Role, Session } from './session.ts';

export const SIGN_IN_PATH = '/mitglieder/anmelden';
export const SIGN_OUT_PATH = '/mitglieder/abmelden';

/** The path as the router sees it (percent-decoded); null when it cannot be decoded. */
export function decodedPath(pathname: string): string | null {
	try {
		return decodeURI(pathname);
	} catch {
		return null;
	}
}

/** The unsubscribe link of the exchange mails: its signed token, not a session, names the account. */
export const UNSUBSCRIBE_PATH = '/mitglieder/abbestellen';

/** Pages of the member area anyone may open: signing in and out, setting a password, unsubscribing. */
const OPEN_PATHS = new Set([SIGN_IN_PATH, SIGN_OUT_PATH, '/mitglieder/passwort-vergessen', '/mitglieder/passwort-neu', UNSUBSCRIBE_PATH]);

const AREAS: Array<{ prefix: string; role: Role }> = [
	{ prefix: '/koordination', role: 'coordination' },
	{ prefix: '/mitglieder', role: 'member' }
];

/** Whether a path belongs to the signed-in areas (no caching, no public chrome). */
export function isAreaPath(pathname: string): boolean {
	return AREAS.some(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export const homeOf = (role: Role) => (role === 'coordination' ? '/koordination' : '/mitglieder');

export type Decision = { allow: true } | { allow: false; redirect: string } | { allow: false; status: 403; message: string };

export function decide(rawPathname: string, search: string, session: Session | null): Decision {
	const pathname = decodedPath(rawPathname) ?? rawPathname;
	if (OPEN_PATHS.has(pathname.replace(/\/+$/, ''))) return { allow: true };
	const area = AREAS.find(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));
	if (!area) return { allow: true };
	if (!session) return { allow: false, redirect: `${SIGN_IN_PATH}?weiter=${encodeURIComponent(pathname + search)}` };
	if (session.role !== area.role) {
		return {
			allow: false,
			status: 403,
			message: area.role === 'coordination' ? 'Dieser Bereich ist der Koordinierungsstelle vorbehalten.' : 'Dieser Bereich ist für Mitgliedsorganisationen.'
		};
	}
	if (area.role === 'member' && !session.actor) {
		return { allow: false, status: 403, message: 'Ihr Konto ist noch keiner Organisation zugeordnet. Bitte wenden Sie sich an die Koordinierungsstelle.' };
	}
	return { allow: true };
}

/** Where to go after signing in: only a path inside the areas, never another site. */
export function safeNext(next: string | null, role: Role): string {
	// printable ASCII only: a line break in a Location header would be an error (and a header injection)
	if (next && /^[\x21-\x7e]+$/.test(next) && /^\/(mitglieder|koordination)(\/|\?|$)/.test(next) && !next.startsWith('//') && !next.includes('\\')) {
		const path = next.split('?')[0];
		if (!OPEN_PATHS.has(path) && path.startsWith(homeOf(role))) return next;
	}
	return homeOf(role);
}
