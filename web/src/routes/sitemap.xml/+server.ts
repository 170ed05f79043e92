import { sitemapEntries } from '#lib/server/sitemap.ts';
import { sitemapIndexXml, sitemapItems, sitemapPartCount } from '#lib/sitemap.ts';
import type { RequestHandler } from './$types';

/** The sitemap index: its parts are /sitemap-1.xml, /sitemap-2.xml, … (routes/sitemap-[part=part].xml). */
export const GET: RequestHandler = async ({ locals }) => {
	const parts = sitemapPartCount(sitemapItems(locals.origin, await sitemapEntries()).length);
	return new Response(await sitemapIndexXml(locals.origin, parts), {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' }
	});
};
