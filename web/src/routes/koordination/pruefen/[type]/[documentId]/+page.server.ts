import { error, redirect } from '@sveltejs/kit';
import { isDocumentId } from '#lib/area/entry-types.ts';
import { ENTRY_TYPES, isModerationEntry, type CmsModerationEntry } from '#lib/server/areas/moderation.ts';
import { ENTRY_TYPE_LABELS, publicPath } from '#lib/office-labels.ts';
import type { PageServerLoad } from './$types';

type ReviewedEntry = CmsModerationEntry & { lastConfirmedAt: string | null; withdrawnAt: string | null };
const isReviewedEntry = (value: unknown): value is ReviewedEntry => isModerationEntry(value);

/**
 * One entry as the office sees it (linked from the inbox, stale entries and translations): a
 * change waiting for review is decided in the queue; otherwise its state, contact and public page.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
	const type = params.type as (typeof ENTRY_TYPES)[number];
	if (!ENTRY_TYPES.includes(type) || !isDocumentId(params.documentId)) error(404, 'Diesen Eintrag gibt es nicht.');
	const reply = await locals.cms!.get(`/api/moderation/${type}/${params.documentId}`, isReviewedEntry);
	if (!reply.ok) error(reply.status === 404 || reply.status === 403 ? 404 : 400, reply.status === 404 ? 'Diesen Eintrag gibt es nicht (mehr).' : reply.message);
	const entry = reply.data;
	if (entry.state === 'pending' || (entry.state === 'never_published' && entry.version && entry.draft?.reviewState !== 'sent_back')) {
		redirect(303, `/koordination#e-${type}-${entry.documentId}`);
	}
	const current = entry.published ?? entry.draft ?? {};
	const contact = (current.contact ?? null) as { contactPerson?: string; email?: string; phone?: string; website?: string } | null;
	return {
		type,
		typeLabel: ENTRY_TYPE_LABELS[type],
		title: entry.title ?? entry.documentId,
		state: entry.state,
		reviewComment: entry.reviewComment,
		lastConfirmedAt: entry.lastConfirmedAt,
		withdrawnAt: entry.withdrawnAt,
		contact,
		publicLink: entry.published && entry.state !== 'withdrawn' && typeof current.slug === 'string' ? publicPath(type, current.slug) : null
	};
};
