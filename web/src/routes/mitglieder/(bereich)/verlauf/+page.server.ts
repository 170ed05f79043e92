import { error } from '@sveltejs/kit';
import { cmsAs } from '#lib/server/areas/cms-as.ts';
import type { LogEntry } from '#lib/components/area/ModerationLogTable.svelte';
import type { PageServerLoad } from './$types';


/** The moderation log of the organisation's own entries (the CMS filters to them). */
export const load: PageServerLoad = async ({ locals }) => {
	const reply = await cmsAs(locals.session!.token).rest<LogEntry[]>('GET', '/api/moderation/log?limit=200');
	if (!reply.ok) error(reply.status === 403 ? 403 : 400, reply.message);
	return { log: reply.data };
};
