import { filtersOf, loadOptions, loadPosts } from '#lib/server/exchange.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const filters = filtersOf(url);
	const [options, list] = await Promise.all([loadOptions(locals.cms!), loadPosts(locals.cms!, filters)]);
	return { options, filters, ...list };
};
