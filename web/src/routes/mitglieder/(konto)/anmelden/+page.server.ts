import { fail, redirect } from '@sveltejs/kit';
import { auth } from '#lib/server/cms/index.ts';
import { homeOf, safeNext } from '#lib/server/areas/access.ts';
import { clearSessionCookie, loadSession, setSessionCookie } from '#lib/server/areas/session.ts';
import { visitorAddress } from '#lib/server/report-action.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	// already signed in: straight on
	if (locals.session) redirect(303, safeNext(url.searchParams.get('weiter'), locals.session.role));
	return {
		next: url.searchParams.get('weiter') ?? '',
		expired: url.searchParams.has('abgelaufen'),
		signedOut: url.searchParams.get('abgemeldet'),
		passwordSet: url.searchParams.has('passwort-gesetzt')
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const next = String(form.get('weiter') ?? '');
		const errors: Record<string, string> = {};
		if (!email) errors.email = 'Bitte geben Sie Ihre E-Mail-Adresse ein.';
		else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.';
		if (!password) errors.password = 'Bitte geben Sie Ihr Passwort ein.';
		if (Object.keys(errors).length > 0) return fail(400, { email, next, errors, message: null });

		const result = await auth.signIn(email, password, visitorAddress(event));
		if (!result.ok) {
			const message =
				result.reason === 'rate_limited'
					? 'Zu viele Anmeldeversuche. Bitte warten Sie einige Minuten und versuchen Sie es dann noch einmal.'
					: result.reason === 'unavailable'
						? 'Die Anmeldung ist gerade nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten noch einmal.'
						: result.reason === 'blocked'
							? 'Dieses Konto ist deaktiviert. Bitte wenden Sie sich an die Koordinierungsstelle.'
							: 'E-Mail-Adresse oder Passwort stimmen nicht.';
			return fail(result.reason === 'rate_limited' ? 429 : result.reason === 'unavailable' ? 503 : 400, { email, next, errors: {}, message });
		}

		setSessionCookie(event.cookies, result.token, event.locals.origin);
		const session = await loadSession({ cookies: event.cookies, locals: event.locals });
		if (!session) {
			// a valid token without a role in the network: nothing to keep
			clearSessionCookie(event.cookies, event.locals.origin);
			return fail(403, { email, next, errors: {}, message: 'Ihr Konto hat noch keine Rolle im Netzwerk. Bitte wenden Sie sich an die Koordinierungsstelle.' });
		}
		redirect(303, next ? safeNext(next, session.role) : homeOf(session.role));
	}
};
