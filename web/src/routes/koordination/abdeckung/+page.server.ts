import { coverageMatrix } from '#lib/coverage.ts';
import { currentOfferingsForCoverage } from '#lib/server/office/coverage.ts';
import { getTaxonomies, municipalityGroups } from '#lib/server/taxonomies.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const [taxonomies, offerings] = await Promise.all([getTaxonomies('de'), currentOfferingsForCoverage()]);
	const { unitary, collective } = municipalityGroups(taxonomies.municipalities);
	// The order of the public facet: unitary municipalities, then each Verbandsgemeinde with its members.
	const ordered = [...unitary, ...collective.flatMap(({ memberMunicipalities, ...vg }) => [vg, ...memberMunicipalities])];
	const topics = taxonomies.topics.map(({ slug, name }) => ({ slug, name }));
	return {
		topics,
		rows: coverageMatrix(ordered, taxonomies.municipalities, topics.map((t) => t.slug), offerings),
		offeringCount: offerings.length
	};
};
