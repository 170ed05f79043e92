import { getPage } from '#lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const found = await getPage(locals.locale, 'privacy');
	return { page: found?.page ?? null, fallback: found?.fallback ?? false };
};
