import { sitemapIndex } from '#lib/server/sitemap.ts';
import type { RequestHandler } from './$types';

/** The sitemap index: its parts are /sitemap-1.xml, /sitemap-2.xml, … (routes/sitemap-[part=part].xml). */
export const GET: RequestHandler = async ({ locals }) => {
	return new Response(await sitemapIndex(locals.origin), {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' }
	});
};
