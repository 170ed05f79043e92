import { getPage, getRetentionPolicy } from '#lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [found, retention] = await Promise.all([getPage(locals.locale, 'privacy'), getRetentionPolicy()]);
	return { page: found?.page ?? null, fallback: found?.fallback ?? false, retention };
};
