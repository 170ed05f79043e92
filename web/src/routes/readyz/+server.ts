import { CMS_URL } from '$app/env/private';
import { requestIdHeader } from '#lib/server/request-context.ts';
import type { RequestHandler } from './$types';

const TIMEOUT_MS = 3000;

/**
 * Readiness: the site can serve pages, i.e. the CMS answers and its database does (the CMS's own
 * `/_readyz` runs `select 1`). 200 or 503 with what failed; never cached, no cookie. For a load
 * balancer or monitoring; docker-compose's health check uses /healthz (a CMS outage must not
 * restart the site).
 */
export const GET: RequestHandler = async () => {
	let cms: 'ok' | 'unreachable' | 'not ready' = 'unreachable';
	try {
		const response = await fetch(`${CMS_URL}/_readyz`, { headers: requestIdHeader(), signal: AbortSignal.timeout(TIMEOUT_MS) });
		await response.body?.cancel();
		cms = response.status === 200 ? 'ok' : 'not ready';
	} catch {
		// connection refused, DNS, timeout: unreachable
	}
	const ready = cms === 'ok';
	return new Response(JSON.stringify({ status: ready ? 'ready' : 'unavailable', cms }), {
		status: ready ? 200 : 503,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});
};
