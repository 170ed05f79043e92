import { loadStaleEntries, staleBefore } from '#lib/server/office/stale.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const now = new Date();
	return { ...(await loadStaleEntries(locals.cms!, now)), before: staleBefore(now).toISOString() };
};
