import { error } from '@sveltejs/kit';
import { decide } from '#lib/server/areas/access.ts';
import { checkDocumentId } from '#lib/server/areas/member-entries.ts';
import type { RequestHandler } from './$types';

/**
 * The registrations of one event as CSV, made by the CMS (office only there) and streamed through.
 * Endpoints do not run the area layout, so the guard is applied here.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const decision = decide(url.pathname, url.search, locals.session);
	if (!decision.allow) {
		if ('redirect' in decision) return new Response(null, { status: 303, headers: { location: decision.redirect } });
		error(403, decision.message);
	}
	const file = await locals.cms!.download(`/api/office/registrations/${checkDocumentId(params.documentId)}/export`, {
		403: 'Die Anmeldungen sieht nur die Koordinierungsstelle.',
		404: 'Termin nicht gefunden.'
	});
	const headers = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
	for (const name of ['content-type', 'content-disposition']) {
		const value = file.headers.get(name);
		if (value) headers.set(name, value);
	}
	if (!headers.has('content-disposition')) headers.set('content-disposition', 'attachment; filename="anmeldungen.csv"');
	return new Response(file.body, { status: 200, headers });
};
