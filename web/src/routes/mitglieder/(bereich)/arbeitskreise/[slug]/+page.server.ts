import { error } from '@sveltejs/kit';
import { loadOptions, loadPosts } from '#lib/server/exchange.ts';
import type { PageServerLoad } from './$types';

/** A working group in the member area: its posts in the exchange, and the way to its public page. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const options = await loadOptions(locals.cms!);
	const group = options.workingGroups.find((item) => item.slug === params.slug);
	if (!group) error(404, 'Diesen Arbeitskreis gibt es nicht.');
	const list = await loadPosts(locals.cms!, { workingGroup: group.documentId });
	return { group, ...list };
};
