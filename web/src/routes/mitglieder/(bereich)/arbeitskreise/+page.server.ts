import { error } from '@sveltejs/kit';
import { listOf, withFields } from '#lib/server/cms/index.ts';
import type { PageServerLoad } from './$types';

type Group = {
	documentId: string;
	name: string;
	slug: string;
	meetings: Array<{ documentId: string; title: string; startsAt: string; endsAt: string | null; venueName: string | null; visibility: string }>;
	documents: Array<{ documentId: string; title: string; description: string | null; meetingDate: string | null; fileName: string; mimeType: string; size: number; createdAt: string }>;
};

const isGroups = listOf(withFields<Group>({ documentId: 'string', name: 'string', slug: 'string', meetings: 'array', documents: 'array' }));

export const load: PageServerLoad = async ({ locals }) => {
	const reply = await locals.cms!.get('/api/member/working-groups', isGroups);
	if (!reply.ok) error(reply.status === 403 ? 403 : 400, reply.message);
	return { groups: reply.data };
};
