import { fail } from '@sveltejs/kit';
import { confirmations } from '#lib/server/cms/index.ts';
import { visitorAddress } from '#lib/server/report-action.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The page behind a reminder mail's one-click link: shows the entry (a GET changes nothing, so a
 * mail scanner following the link confirms nothing) and confirms it with one button (POST). The
 * token is personal: never cached, never indexed.
 */
export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	const result = await confirmations.describe(event.params.token, visitorAddress(event));
	return { result };
};

export const actions: Actions = {
	default: async (event) => {
		const result = await confirmations.confirm(event.params.token, visitorAddress(event));
		if (!result.ok) return fail(result.reason === 'rate_limited' ? 429 : result.reason === 'gone' ? 410 : 404, { failed: result.reason });
		return { confirmed: result.entry };
	}
};
