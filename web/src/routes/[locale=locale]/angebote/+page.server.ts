import { berlinDate } from '#lib/i18n.ts';
import { offeringFilter, parseOfferingFacets } from '#lib/facets.ts';
import { listOfferings } from '#lib/server/offerings.ts';
import { getTaxonomies, municipalityGroups } from '#lib/server/taxonomies.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const locale = locals.locale;
	const taxonomies = await getTaxonomies(locale);
	const facets = parseOfferingFacets(url.searchParams, {
		municipalities: taxonomies.municipalities,
		topics: taxonomies.topics.map((t) => t.slug),
		targetGroups: taxonomies.targetGroups.map((t) => t.slug),
		languages: taxonomies.languages.map((l) => l.code)
	});
	const today = berlinDate();
	const result = await listOfferings(locale, offeringFilter(facets, taxonomies.municipalities, today), {
		page: facets.seite,
		sort: facets.sortierung
	});
	return {
		facets,
		today,
		result,
		taxonomies,
		municipalityGroups: municipalityGroups(taxonomies.municipalities)
	};
};
