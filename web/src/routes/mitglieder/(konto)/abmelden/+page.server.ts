import { redirect } from '@sveltejs/kit';
import { auth } from '#lib/server/cms/index.ts';
import { clearSessionCookie, SESSION_COOKIE } from '#lib/server/areas/session.ts';
import type { Actions, PageServerLoad } from './$types';

// Signing out is a form post (a link could be followed by a prefetcher or an image tag).
export const load: PageServerLoad = () => redirect(303, '/mitglieder/anmelden');

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		// The CMS revokes every token of the person, so a copied cookie stops working as well.
		// (hooks.server.ts does not load the session here, so this works with the CMS down too.)
		const token = cookies.get(SESSION_COOKIE);
		const revoked = token ? await auth.signOutEverywhere(token) : true;
		clearSessionCookie(cookies, locals.origin);
		redirect(303, revoked ? '/mitglieder/anmelden?abgemeldet=1' : '/mitglieder/anmelden?abgemeldet=lokal');
	}
};
