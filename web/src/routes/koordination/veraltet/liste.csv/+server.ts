import type { RequestHandler } from './$types';

/** The office's stale list as CSV, from the CMS (office only there; never cached: area paths are private). */
export const GET: RequestHandler = async ({ locals }) => {
	const response = await locals.cms!.download('/api/office/exports/stale.csv', { 403: 'Nur für die Koordinierungsstelle.', 404: 'Nicht gefunden.' });
	return new Response(response.body, {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="lange-nicht-bestaetigt.csv"', 'cache-control': 'private, no-store' }
	});
};
