import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) => {
	const body = ['User-agent: *', 'Allow: /', 'Disallow: /*/suche', 'Disallow: /healthz', 'Disallow: /readyz', '', `Sitemap: ${locals.origin}/sitemap.xml`, ''].join('\n');
	return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
};
