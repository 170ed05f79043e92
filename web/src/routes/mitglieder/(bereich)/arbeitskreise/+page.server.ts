import { error } from '@sveltejs/kit';
import { cmsAs } from '#lib/server/areas/cms-as.ts';
import type { PageServerLoad } from './$types';

type Group = {
	documentId: string;
	name: string;
	slug: string;
	meetings: Array<{ documentId: string; title: string; startsAt: string; endsAt: string | null; venueName: string | null; visibility: string }>;
	documents: Array<{ documentId: string; title: string; description: string | null; meetingDate: string | null; fileName: string; mimeType: string; size: number; createdAt: string }>;
};

export const load: PageServerLoad = async ({ locals }) => {
	const reply = await cmsAs(locals.session!.token).rest<Group[]>('GET', '/api/member/working-groups');
	if (!reply.ok) error(reply.status === 403 ? 403 : 400, reply.message);
	return { groups: reply.data };
};
