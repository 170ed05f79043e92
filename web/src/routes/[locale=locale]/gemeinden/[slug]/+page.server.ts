import { error } from '@sveltejs/kit';
import { parsePage } from '#lib/facets.ts';
import { berlinDate } from '#lib/i18n.ts';
import { getMunicipality, MUNICIPALITY_PAGE_PARAMETERS as PARAMETERS } from '#lib/server/municipalities.ts';
import { getTaxonomies } from '#lib/server/taxonomies.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const today = berlinDate();
	const pages = {
		offerings: parsePage(url.searchParams, PARAMETERS.offerings),
		actors: parsePage(url.searchParams, PARAMETERS.actors),
		events: parsePage(url.searchParams, PARAMETERS.events)
	};
	const [municipality, taxonomies] = await Promise.all([getMunicipality(params.slug, locals.locale, today, pages), getTaxonomies(locals.locale)]);
	if (!municipality) error(404, 'Not Found');
	return { municipality, today, topics: taxonomies.topics, pages, pageParameters: PARAMETERS };
};
