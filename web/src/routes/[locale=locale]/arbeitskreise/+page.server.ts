import { listWorkingGroups } from '#lib/server/working-groups.ts';
import { getTaxonomies } from '#lib/server/taxonomies.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [groups, taxonomies] = await Promise.all([listWorkingGroups(locals.locale), getTaxonomies(locals.locale)]);
	return { groups, topics: taxonomies.topics };
};
