import { fail } from '@sveltejs/kit';
import { auth } from '#lib/server/cms/index.ts';
import { visitorAddress } from '#lib/server/report-action.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const email = String((await event.request.formData()).get('email') ?? '').trim();
		if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
			return fail(400, { email, error: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.', sent: false, message: null });
		}
		const result = await auth.requestPasswordMail(email, visitorAddress(event));
		if (result === 'rate_limited') return fail(429, { email, error: null, sent: false, message: 'Zu viele Versuche. Bitte warten Sie einige Minuten.' });
		if (result === 'unavailable') return fail(503, { email, error: null, sent: false, message: 'Das hat gerade nicht geklappt. Bitte versuchen Sie es in ein paar Minuten noch einmal.' });
		// the same answer whether an account exists or not
		return { email, error: null, sent: true, message: null };
	}
};
