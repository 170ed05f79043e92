import { actorFilter, parseActorFacets } from '#lib/facets.ts';
import { listActors } from '#lib/server/actors.ts';
import { getTaxonomies, municipalityGroups } from '#lib/server/taxonomies.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const locale = locals.locale;
	const taxonomies = await getTaxonomies(locale);
	const facets = parseActorFacets(url.searchParams, {
		municipalities: taxonomies.municipalities,
		languages: taxonomies.languages.map((l) => l.code)
	});
	const result = await listActors(locale, actorFilter(facets, taxonomies.municipalities), facets.seite);
	return { facets, result, taxonomies, municipalityGroups: municipalityGroups(taxonomies.municipalities) };
};
