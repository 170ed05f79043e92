import { error } from '@sveltejs/kit';
import { berlinDate } from '#lib/i18n.ts';
import { getMunicipality } from '#lib/server/municipalities.ts';
import { getTaxonomies } from '#lib/server/taxonomies.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const today = berlinDate();
	const [municipality, taxonomies] = await Promise.all([getMunicipality(params.slug, locals.locale, today), getTaxonomies(locals.locale)]);
	if (!municipality) error(404, 'Not Found');
	return { municipality, today, topics: taxonomies.topics };
};
