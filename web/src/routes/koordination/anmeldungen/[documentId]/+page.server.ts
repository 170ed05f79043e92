import { error, fail } from '@sveltejs/kit';
import { anything } from '#lib/server/cms/shape.ts';
import { checkDocumentId } from '#lib/server/areas/member-entries.ts';
import type { Actions, PageServerLoad } from './$types';

export type OfficeRegistration = {
	documentId: string;
	status: 'confirmed' | 'waiting' | 'cancelled';
	name: string;
	organisation: string | null;
	email: string;
	needs: string | null;
	answer: string | null;
	locale: string | null;
	createdAt: string;
	cancelledAt: string | null;
	promotedAt: string | null;
};
type Listing = {
	event: { documentId: string; slug: string | null; title: string; startsAt: string; capacity: number | null; registrationQuestion: string | null; registrationDeadline: string | null };
	registrations: OfficeRegistration[];
	messages: { subject: string; text: string; recipientCount: number; createdAt: string }[];
};

/** One event's registrations (confirmed, waiting, cancelled), the CSV export and a message to all. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const reply = await locals.cms!.get(`/api/office/registrations/${checkDocumentId(params.documentId)}`, anything);
	if (!reply.ok) error(reply.status, reply.message);
	return reply.data as Listing;
};

export const actions: Actions = {
	nachricht: async ({ locals, params, request }) => {
		const form = await request.formData().catch(() => null);
		const subject = String(form?.get('subject') ?? '').trim();
		const text = String(form?.get('text') ?? '').trim();
		const errors: Record<string, string> = {};
		if (!subject) errors.subject = 'Bitte einen Betreff angeben.';
		if (!text) errors.text = 'Bitte eine Nachricht eingeben.';
		if (Object.keys(errors).length > 0) return fail(400, { values: { subject, text }, errors });
		const reply = await locals.cms!.write('POST', `/api/office/registrations/${checkDocumentId(params.documentId)}/message`, { data: { subject, text } }, anything);
		if (!reply.ok) return fail(reply.status, { values: { subject, text }, errors: reply.fields, message: reply.message });
		const sent = (reply.data as { sent?: number }).sent ?? 0;
		return { sent };
	}
};
