import { error } from '@sveltejs/kit';
import { getNewsArticle } from '#lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const found = await getNewsArticle(params.slug, locals.locale);
	if (!found) error(404, 'Not Found');
	return { article: found.value, fallback: found.fallback };
};
