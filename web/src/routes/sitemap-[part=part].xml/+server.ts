import { error } from '@sveltejs/kit';
import { sitemapPart } from '#lib/server/sitemap.ts';
import type { RequestHandler } from './$types';

/** One part of the sitemap (listed by the index at /sitemap.xml); a part beyond the last is a 404. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const xml = await sitemapPart(locals.origin, Number(params.part));
	if (xml === null) error(404, 'Diesen Teil der Sitemap gibt es nicht.');
	return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' } });
};
