import { SITE_CHANGES_SECRET } from '$app/env/private';
import { createChangeVerifier, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '#lib/server/cms/change-signature.ts';
import { changeRelay } from '#lib/server/cms/site-cache.ts';
import type { RequestHandler } from './$types';

/** A notification is a few dozen bytes; anything much larger is not one. */
const MAX_BODY_BYTES = 4096;

const verify = createChangeVerifier({ secret: SITE_CHANGES_SECRET });

const answer = (status: number, message: string) =>
	new Response(JSON.stringify({ status, message }), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' } });

/**
 * The CMS tells the site that content changed (cms/src/site-notifications): signed with the shared
 * secret, checked in change-signature.ts, then announced to every instance (change-relay.ts), whose
 * page cache and search index drop what the change affects. Not linked anywhere, not in the sitemap.
 */
export const POST: RequestHandler = async ({ request }) => {
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > MAX_BODY_BYTES) return answer(413, `At most ${MAX_BODY_BYTES} bytes.`);
	const body = await request.text();
	if (Buffer.byteLength(body) > MAX_BODY_BYTES) return answer(413, `At most ${MAX_BODY_BYTES} bytes.`);
	const verdict = verify(request.headers.get(TIMESTAMP_HEADER), request.headers.get(SIGNATURE_HEADER), body);
	if (!verdict.ok) return answer(verdict.status, verdict.message);
	await changeRelay.announce(verdict.change);
	return answer(202, 'Accepted.');
};
