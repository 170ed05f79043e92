import type { RequestHandler } from './$types';

/** The coverage matrix as CSV, from the CMS (office only there; never cached: area paths are private). */
export const GET: RequestHandler = async ({ locals }) => {
	const response = await locals.cms!.download('/api/office/exports/coverage.csv', { 403: 'Nur für die Koordinierungsstelle.', 404: 'Nicht gefunden.' });
	return new Response(response.body, {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="abdeckung.csv"', 'cache-control': 'private, no-store' }
	});
};
