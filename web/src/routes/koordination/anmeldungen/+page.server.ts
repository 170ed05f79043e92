import { error } from '@sveltejs/kit';
import { anything } from '#lib/server/cms/shape.ts';
import type { PageServerLoad } from './$types';

export type RegistrationEventRow = {
	documentId: string;
	slug: string | null;
	title: string;
	startsAt: string;
	capacity: number | null;
	registrationAudience: string | null;
	registrationDeadline: string | null;
	confirmed: number;
	waiting: number;
	cancelled: number;
};

/** Events that take registrations through the site, with their counts (CMS: office only). */
export const load: PageServerLoad = async ({ locals }) => {
	const reply = await locals.cms!.get('/api/office/registrations', anything);
	if (!reply.ok) error(reply.status, reply.message);
	return { events: (Array.isArray(reply.data) ? reply.data : []) as RegistrationEventRow[] };
};
