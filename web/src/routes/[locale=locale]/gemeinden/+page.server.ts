import { getTaxonomies, municipalityGroups } from '#lib/server/taxonomies.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const taxonomies = await getTaxonomies(locals.locale);
	return { groups: municipalityGroups(taxonomies.municipalities) };
};
