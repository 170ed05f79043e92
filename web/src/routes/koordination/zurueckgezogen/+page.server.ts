import { fail } from '@sveltejs/kit';
import { ENTRY_TYPE_LABELS } from '#lib/area/field-labels.ts';
import { cmsAs } from '#lib/server/areas/cms-as.ts';
import { formatDateTime } from '#lib/server/areas/comparison.ts';
import { ENTRY_TYPES } from '#lib/server/areas/moderation.ts';
import type { Actions, PageServerLoad } from './$types';

type Withdrawn = { type: string; documentId: string; title: string | null; withdrawnAt: string | null };

/** Withdrawn entries: off the public site, kept until the office restores or deletes them. */
export const load: PageServerLoad = async ({ locals }) => {
	const reply = await cmsAs(locals.session!.token).rest<Withdrawn[]>('GET', '/api/moderation/withdrawn');
	const entries = reply.ok ? reply.data : [];
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

function target(form: FormData) {
	const type = String(form.get('type') ?? '');
	const documentId = String(form.get('documentId') ?? '');
	if (!(ENTRY_TYPES as readonly string[]).includes(type) || !/^[a-z0-9]{1,64}$/i.test(documentId)) return null;
	return { type, documentId, title: String(form.get('title') ?? '').slice(0, 300) || documentId };
}

const broken = () => fail(400, { message: 'Das Formular ist unvollständig. Bitte laden Sie die Seite neu.', errors: {} as Record<string, string> });

export const actions: Actions = {
	wiederherstellen: async ({ request, locals }) => {
		const entry = target(await request.formData());
		if (!entry) return broken();
		const reply = await cmsAs(locals.session!.token).rest('POST', `/api/moderation/${entry.type}/${entry.documentId}/restore`, {});
		if (!reply.ok) return fail(reply.status, { message: reply.message, errors: {} as Record<string, string> });
		return { success: `Wiederhergestellt: ${entry.title}. Der Eintrag ist wieder in seinem vorherigen Zustand.` };
	},
	loeschen: async ({ request, locals }) => {
		const form = await request.formData();
		const entry = target(form);
		if (!entry) return broken();
		if (form.get('confirm') !== 'ja') {
			const field = `confirm-${entry.type}-${entry.documentId}`;
			return fail(400, {
				message: 'Der Eintrag wurde nicht gelöscht.',
				errors: { [field]: 'Bitte bestätigen Sie mit dem Häkchen, dass der Eintrag endgültig gelöscht werden soll.' } as Record<string, string>
			});
		}
		const reply = await cmsAs(locals.session!.token).rest('DELETE', `/api/moderation/${entry.type}/${entry.documentId}`);
		if (!reply.ok) return fail(reply.status, { message: reply.message, errors: {} as Record<string, string> });
		return { success: `Endgültig gelöscht: ${entry.title}.` };
	}
};
