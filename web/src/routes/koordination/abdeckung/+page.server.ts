import { coverageMatrix } from '#lib/coverage.ts';
import { loadCoverageCounts } from '#lib/server/office/coverage.ts';
import { getTaxonomies, municipalityGroups } from '#lib/server/taxonomies.ts';
import { getOfferingCounts } from '#lib/server/topic-counts.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [taxonomies, { counts, message }, all] = await Promise.all([getTaxonomies('de'), loadCoverageCounts(locals.cms!), getOfferingCounts()]);
	const { unitary, collective } = municipalityGroups(taxonomies.municipalities);
	// The order of the public facet: unitary municipalities, then each Verbandsgemeinde with its members.
	const ordered = [...unitary, ...collective.flatMap(({ memberMunicipalities, ...vg }) => [vg, ...memberMunicipalities])];
	const topics = taxonomies.topics.map(({ slug, name }) => ({ slug, name }));
	return {
		topics,
		rows: coverageMatrix(ordered, topics.map((t) => t.slug), counts),
		offeringCount: all.total,
		message
	};
};
