import { getPages } from '#lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const pages = await getPages(locals.locale, ['about', 'coordination_group', 'coordination_office']);
	const section = (key: 'about' | 'coordination_group' | 'coordination_office') => {
		const found = pages.get(key);
		return found ? { page: found.page, fallback: found.fallback } : { page: null, fallback: false };
	};
	return { about: section('about'), group: section('coordination_group'), office: section('coordination_office') };
};
