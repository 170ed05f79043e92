import { error } from '@sveltejs/kit';
import { cmsAs } from '#lib/server/areas/cms-as.ts';
import type { LogEntry } from '#lib/components/area/ModerationLogTable.svelte';
import type { PageServerLoad } from './$types';

/** The whole moderation log (the office sees every organisation's steps), newest first. */
export const load: PageServerLoad = async ({ locals }) => {
	const reply = await cmsAs(locals.session!.token).rest<LogEntry[]>('GET', '/api/moderation/log?limit=300');
	if (!reply.ok) error(reply.status === 403 ? 403 : 400, reply.message);
	return { log: reply.data };
};
