import { error } from '@sveltejs/kit';
import { getWorkingGroup } from '#lib/server/working-groups.ts';
import { getTaxonomies } from '#lib/server/taxonomies.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const [group, taxonomies] = await Promise.all([getWorkingGroup(params.slug, locals.locale), getTaxonomies(locals.locale)]);
	if (!group) error(404, 'Not Found');
	return { group, topic: taxonomies.topics.find((t) => t.slug === group.topic) ?? null };
};
