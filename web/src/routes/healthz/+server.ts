import type { RequestHandler } from './$types';

/**
 * Liveness: the process runs and answers. Asks nothing else, so an outage of the CMS never makes
 * docker-compose restart the site (that is what /readyz is for). Never cached, no cookie.
 */
export const GET: RequestHandler = () =>
	new Response(JSON.stringify({ status: 'ok' }), { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
