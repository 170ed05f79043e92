import { fail, redirect } from '@sveltejs/kit';
import { isDocumentId } from '#lib/area/entry-types.ts';
import { loadStaleEntries, sendReminderNow, staleBefore } from '#lib/server/office/stale.ts';
import { organisationsOf } from '#lib/server/office/stale-organisations.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const now = new Date();
	const stale = await loadStaleEntries(locals.cms!, now);
	return { ...stale, organisations: organisationsOf(stale.entries), before: staleBefore(now).toISOString() };
};

export const actions: Actions = {
	/** "Erinnerung jetzt senden": one organisation's reminder mail with a confirmation link per stale entry (the CMS checks and logs it). */
	erinnern: async ({ locals, request }) => {
		const actor = String((await request.formData()).get('akteur') ?? '');
		if (!isDocumentId(actor)) return fail(400, { error: 'Diese Organisation konnte nicht zugeordnet werden. Bitte laden Sie die Seite neu.' });
		const reply = await sendReminderNow(locals.cms!, actor);
		if (!reply.ok) return fail(reply.status, { error: reply.message });
		redirect(303, `/koordination/veraltet?erinnert=${encodeURIComponent(actor)}`);
	}
};
