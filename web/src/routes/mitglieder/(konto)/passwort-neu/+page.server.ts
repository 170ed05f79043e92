import { fail, redirect } from '@sveltejs/kit';
import { auth } from '#lib/server/cms/index.ts';
import { homeOf } from '#lib/server/areas/access.ts';
import { clearSessionCookie, loadSession, setSessionCookie } from '#lib/server/areas/session.ts';
import { visitorAddress } from '#lib/server/report-action.ts';
import type { Actions, PageServerLoad } from './$types';

/** The link from the invitation and the "Passwort vergessen" mail: /mitglieder/passwort-neu?code=… */
export const load: PageServerLoad = ({ url }) => ({ code: url.searchParams.get('code') ?? '' });

const MIN_LENGTH = 10;

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const code = String(form.get('code') ?? '');
		const password = String(form.get('password') ?? '');
		const confirmation = String(form.get('passwordConfirmation') ?? '');
		const errors: Record<string, string> = {};
		if (password.length < MIN_LENGTH) errors.password = `Bitte wählen Sie ein Passwort mit mindestens ${MIN_LENGTH} Zeichen.`;
		else if (password.length > 72) errors.password = 'Bitte wählen Sie ein Passwort mit höchstens 72 Zeichen.';
		if (!errors.password && confirmation !== password) errors.passwordConfirmation = 'Die beiden Passwörter stimmen nicht überein.';
		if (!code) return fail(400, { errors, message: 'Der Link ist unvollständig. Bitte öffnen Sie ihn noch einmal aus der E-Mail oder fordern Sie einen neuen an.' });
		if (Object.keys(errors).length > 0) return fail(400, { errors, message: null });

		const result = await auth.resetPassword(code, password, visitorAddress(event));
		if (!result.ok) {
			const message =
				result.reason === 'rate_limited'
					? 'Zu viele Versuche. Bitte warten Sie einige Minuten.'
					: result.reason === 'unavailable'
						? 'Das hat gerade nicht geklappt. Bitte versuchen Sie es in ein paar Minuten noch einmal.'
						: 'Der Link ist nicht mehr gültig (er gilt nur einmal). Bitte fordern Sie über „Passwort vergessen“ einen neuen an.';
			return fail(400, { errors: {}, message });
		}
		// signed in right away
		setSessionCookie(event.cookies, result.token, event.locals.origin);
		const session = await loadSession({ cookies: event.cookies, locals: event.locals });
		// a valid token without a role in the network: nothing to keep
		if (!session) clearSessionCookie(event.cookies, event.locals.origin);
		redirect(303, session ? homeOf(session.role) : '/mitglieder/anmelden?passwort-gesetzt=1');
	}
};
