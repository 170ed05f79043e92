import { sitemapEntries, sitemapXml } from '#lib/server/sitemap.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const xml = sitemapXml(locals.origin, await sitemapEntries());
	return new Response(xml, {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' }
	});
};
