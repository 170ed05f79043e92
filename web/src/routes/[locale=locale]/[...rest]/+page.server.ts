import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// Any other path under a locale: the localized 404 page, with status 404.
export const load: PageServerLoad = () => {
	error(404, 'Not Found');
};
