import { error, fail } from '@sveltejs/kit';
import { ENTRY_TYPE_LABELS, type EntryType } from '#lib/office-labels.ts';
import { formatDateTime } from '#lib/server/areas/comparison.ts';
import { brokenForm, entryTarget } from '#lib/server/areas/moderation.ts';
import { listOf, withFields } from '#lib/server/cms/index.ts';
import type { Actions, PageServerLoad } from './$types';

type Withdrawn = { type: EntryType; documentId: string; title: string | null; withdrawnAt: string | null };

const isWithdrawnList = listOf(withFields<Withdrawn>({ type: 'string', documentId: 'string', title: 'string?', withdrawnAt: 'string?' }));

/** Withdrawn entries: off the public site, kept until the office restores or deletes them. */
export const load: PageServerLoad = async ({ locals }) => {
	const reply = await locals.cms!.get('/api/moderation/withdrawn', isWithdrawnList);
	// a refusal or failure is an error page, never an empty list that looks like "nothing withdrawn"
	if (!reply.ok) error(reply.status === 403 ? 403 : 400, reply.message);
	const entries = reply.data;
	return {
		entries: entries.map((entry) => ({
			type: entry.type,
			typeLabel: ENTRY_TYPE_LABELS[entry.type] ?? entry.type,
			documentId: entry.documentId,
			title: entry.title || entry.documentId,
			withdrawnAt: entry.withdrawnAt ? formatDateTime(entry.withdrawnAt) : ''
		}))
	};
};

export const actions: Actions = {
	wiederherstellen: async ({ request, locals }) => {
		const entry = entryTarget(await request.formData());
		if (!entry) return brokenForm();
		const reply = await locals.cms!.write('POST', `/api/moderation/${entry.type}/${entry.documentId}/restore`, {});
		if (!reply.ok) return fail(reply.status, { message: reply.message, errors: {} as Record<string, string> });
		return { success: `Wiederhergestellt: ${entry.title}. Der Eintrag ist wieder in seinem vorherigen Zustand.` };
	},
	loeschen: async ({ request, locals }) => {
		const form = await request.formData();
		const entry = entryTarget(form);
		if (!entry) return brokenForm();
		if (form.get('confirm') !== 'ja') {
			const field = `confirm-${entry.type}-${entry.documentId}`;
			return fail(400, {
				message: 'Der Eintrag wurde nicht gelöscht.',
				errors: { [field]: 'Bitte bestätigen Sie mit dem Häkchen, dass der Eintrag endgültig gelöscht werden soll.' } as Record<string, string>
			});
		}
		const reply = await locals.cms!.write('DELETE', `/api/moderation/${entry.type}/${entry.documentId}`);
		if (!reply.ok) return fail(reply.status, { message: reply.message, errors: {} as Record<string, string> });
		return { success: `Endgültig gelöscht: ${entry.title}.` };
	}
};
