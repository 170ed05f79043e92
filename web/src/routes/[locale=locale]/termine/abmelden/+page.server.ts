import { fail } from '@sveltejs/kit';
import { registrations } from '#lib/server/cms/index.ts';
import { visitorAddress } from '#lib/server/report-action.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The cancel link from the registration mail: the GET shows the registration (mail scanners that
 * follow links change nothing), the button's POST cancels it. The token is personal: never cached.
 */
export const load: PageServerLoad = async ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const token = url.searchParams.get('token') ?? '';
	const shown = token ? await registrations.showCancellation(token) : null;
	return {
		token,
		registration: shown?.ok ? shown.data : null,
		problem: !shown ? 'invalid_token' : shown.ok ? null : shown.reason
	};
};

export const actions: Actions = {
	// a post is never cached (page-cache-policy); the load that follows sets the page's header
	default: async (event) => {
		const data = await event.request.formData().catch(() => null);
		const token = data?.get('token');
		if (typeof token !== 'string' || token === '') return fail(400, { cancelled: false, problem: 'invalid_token' });
		const result = await registrations.cancel(token, visitorAddress(event));
		if (result.ok) return { cancelled: true, problem: null };
		return fail(result.status >= 500 ? 503 : result.status, { cancelled: false, problem: result.reason });
	}
};
