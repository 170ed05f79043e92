import { actorFilter, actorSelection, PAGE_SIZE, parseActorFacets } from '#lib/facets.ts';
import { listActors } from '#lib/server/actors.ts';
import { getFacetCounts, getPositions, nearestPage } from '#lib/server/list-facets.ts';
import { getTaxonomies, municipalityGroups } from '#lib/server/taxonomies.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const locale = locals.locale;
	const taxonomies = await getTaxonomies(locale);
	const facets = parseActorFacets(url.searchParams, {
		municipalities: taxonomies.municipalities,
		languages: taxonomies.languages.map((l) => l.code)
	});
	const filter = actorFilter(facets, taxonomies.municipalities);
	const selection = actorSelection(facets);
	const [counts, positions] = await Promise.all([getFacetCounts('actor', selection), getPositions('actor', selection)]);
	const nearCentre = facets.nahe ? taxonomies.municipalities.find((m) => m.slug === facets.nahe)?.position : undefined;

	let result: Awaited<ReturnType<typeof listActors>>;
	let distances: Record<string, number> = {};
	if (nearCentre) {
		const near = nearestPage(positions, nearCentre, facets.seite, PAGE_SIZE);
		const ids = near.slice.map((entry) => entry.documentId);
		const page = ids.length > 0 ? await listActors(locale, filter, 1, ids) : undefined;
		const byId = new Map((page?.items ?? []).map((item) => [item.documentId, item]));
		result = {
			pageInfo: { total: near.total, page: facets.seite, pageSize: PAGE_SIZE, pageCount: near.pageCount },
			items: ids.flatMap((id) => byId.get(id) ?? [])
		};
		distances = Object.fromEntries(near.slice.map((entry) => [entry.documentId, entry.distanceKm]));
	} else {
		result = await listActors(locale, filter, facets.seite);
	}
	const onPage = new Set(result.items.map((item) => item.documentId));
	return {
		facets,
		result,
		counts,
		distances,
		positions: positions.filter((p) => onPage.has(p.documentId)),
		taxonomies,
		municipalityGroups: municipalityGroups(taxonomies.municipalities)
	};
};
