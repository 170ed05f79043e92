import { error } from '@sveltejs/kit';
import { isModerationLog } from '#lib/server/areas/moderation-log.ts';
import type { PageServerLoad } from './$types';


/** The moderation log of the organisation's own entries (the CMS filters to them). */
export const load: PageServerLoad = async ({ locals }) => {
	const reply = await locals.cms!.get('/api/moderation/log?limit=200', isModerationLog);
	if (!reply.ok) error(reply.status === 403 ? 403 : 400, reply.message);
	return { log: reply.data };
};
