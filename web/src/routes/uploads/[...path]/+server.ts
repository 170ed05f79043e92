import { error } from '@sveltejs/kit';
import { cms } from '#lib/server/cms/index.ts';
import type { RequestHandler } from './$types';

const SAFE_PATH = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/**
 * Images uploaded to the CMS (logos, pictures in rich text) are served from the site's own origin:
 * the browser never talks to the CMS. Only image files, only below /uploads, never a redirect.
 */
export const GET: RequestHandler = async ({ params }) => {
	if (!SAFE_PATH.test(params.path) || params.path.includes('..')) error(404, 'Not Found');
	const response = await cms.image(params.path);
	if (!response) error(404, 'Not Found');
	return new Response(response.body, {
		headers: {
			'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
			'cache-control': 'public, max-age=86400',
			'x-content-type-options': 'nosniff',
			'content-disposition': 'inline',
			'content-security-policy': "default-src 'none'; sandbox"
		}
	});
};
