import { parsePage } from '#lib/facets.ts';
import { listNews } from '#lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const result = await listNews(locals.locale, parsePage(url.searchParams));
	return { result };
};
