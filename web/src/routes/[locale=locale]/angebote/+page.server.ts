import { berlinDate } from '#lib/i18n.ts';
import { offeringFilter, offeringSelection, parseOfferingFacets, PAGE_SIZE } from '#lib/facets.ts';
import { listOfferings } from '#lib/server/offerings.ts';
import { getFacetCounts, getPositions, nearestPage } from '#lib/server/list-facets.ts';
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
	const filter = offeringFilter(facets, taxonomies.municipalities, today);
	const selection = offeringSelection(facets);
	const [counts, positions] = await Promise.all([getFacetCounts('offering', selection), getPositions('offering', selection)]);
	const nearCentre = facets.nahe ? taxonomies.municipalities.find((m) => m.slug === facets.nahe)?.position : undefined;

	let result: Awaited<ReturnType<typeof listOfferings>>;
	let distances: Record<string, number> = {};
	if (nearCentre) {
		// "near …": the CMS gives every match's position, the page is cut from the order by distance
		const near = nearestPage(positions, nearCentre, facets.seite, PAGE_SIZE);
		const ids = near.slice.map((entry) => entry.documentId);
		const page = ids.length > 0 ? await listOfferings(locale, filter, { page: 1, sort: 'titel', pageSize: ids.length, documentIds: ids }) : undefined;
		const byId = new Map((page?.items ?? []).map((item) => [item.documentId, item]));
		result = {
			pageInfo: { total: near.total, page: facets.seite, pageSize: PAGE_SIZE, pageCount: near.pageCount },
			items: ids.flatMap((id) => byId.get(id) ?? [])
		};
		distances = Object.fromEntries(near.slice.map((entry) => [entry.documentId, entry.distanceKm]));
	} else {
		result = await listOfferings(locale, filter, { page: facets.seite, sort: facets.sortierung });
	}
	const onPage = new Set(result.items.map((item) => item.documentId));
	return {
		facets,
		today,
		result,
		counts,
		distances,
		/** positions of this page's offerings, for the map */
		positions: positions.filter((p) => onPage.has(p.documentId)),
		taxonomies,
		municipalityGroups: municipalityGroups(taxonomies.municipalities)
	};
};
