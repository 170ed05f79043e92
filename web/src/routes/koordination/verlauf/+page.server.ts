import { error } from '@sveltejs/kit';
import { isModerationLog } from '#lib/server/areas/moderation-log.ts';
import type { PageServerLoad } from './$types';

/** The whole moderation log (the office sees every organisation's steps), newest first. */
export const load: PageServerLoad = async ({ locals }) => {
	const reply = await locals.cms!.get('/api/moderation/log?limit=300', isModerationLog);
	if (!reply.ok) error(reply.status === 403 ? 403 : 400, reply.message);
	return { log: reply.data };
};
