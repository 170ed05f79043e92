import { error, redirect } from '@sveltejs/kit';
import { decide } from '#lib/server/areas/access.ts';
import type { LayoutServerLoad } from './$types';

/** The coordination office area's one guard: signed out → sign-in, another role → 403. */
export const load: LayoutServerLoad = ({ locals, url }) => {
	const decision = decide(url.pathname, url.search, locals.session);
	if (!decision.allow) {
		if ('redirect' in decision) redirect(303, decision.redirect);
		error(403, decision.message);
	}
	const session = locals.session!;
	return { person: { email: session.email, organisation: session.actor?.name ?? null }, pathname: url.pathname };
};
