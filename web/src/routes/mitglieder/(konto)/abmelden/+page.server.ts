import { redirect } from '@sveltejs/kit';
import { signOutEverywhere } from '#lib/server/areas/auth.ts';
import { clearSessionCookie } from '#lib/server/areas/session.ts';
import type { Actions, PageServerLoad } from './$types';

// Signing out is a form post (a link could be followed by a prefetcher or an image tag).
export const load: PageServerLoad = () => redirect(303, '/mitglieder/anmelden');

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		// The CMS revokes every token of the person, so a copied cookie stops working as well.
		const revoked = locals.session ? await signOutEverywhere(locals.session.token) : true;
		clearSessionCookie(cookies, locals.origin);
		redirect(303, revoked ? '/mitglieder/anmelden?abgemeldet=1' : '/mitglieder/anmelden?abgemeldet=lokal');
	}
};
