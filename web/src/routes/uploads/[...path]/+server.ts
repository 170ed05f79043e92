import { error } from '@sveltejs/kit';
import { CMS_URL } from '$app/env/private';
import { requestIdHeader } from '#lib/server/request-context.ts';
import type { RequestHandler } from './$types';

const TIMEOUT_MS = 8000;
const SAFE_PATH = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/**
 * Images uploaded to the CMS (logos, pictures in rich text) are served from the site's own origin:
 * the browser never talks to the CMS. Only image files, only below /uploads, never a redirect.
 */
export const GET: RequestHandler = async ({ params }) => {
	if (!SAFE_PATH.test(params.path) || params.path.includes('..')) error(404, 'Not Found');
	let response: Response;
	try {
		response = await fetch(`${CMS_URL}/uploads/${params.path}`, { redirect: 'manual', headers: requestIdHeader(), signal: AbortSignal.timeout(TIMEOUT_MS) });
	} catch {
		error(503, 'CMS unreachable');
	}
	const type = response.headers.get('content-type') ?? '';
	// the CMS stores and serves only these three (cms/src/uploads/image-policy.ts)
	if (!response.ok || !/^image\/(png|jpeg|webp)$/.test(type.split(';')[0].trim())) {
		await response.body?.cancel();
		error(404, 'Not Found');
	}
	return new Response(response.body, {
		headers: {
			'content-type': type,
			'cache-control': 'public, max-age=86400',
			'x-content-type-options': 'nosniff',
			'content-disposition': 'inline',
			'content-security-policy': "default-src 'none'; sandbox"
		}
	});
};
