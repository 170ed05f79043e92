import { error, fail } from '@sveltejs/kit';
import { withFields } from '#lib/server/cms/index.ts';
import { MAIL_CHOICE_LABELS } from '#lib/exchange/labels.ts';
import type { Actions, PageServerLoad } from './$types';

const isChoice = withFields<{ choice: string }>({ choice: 'string' });

export const load: PageServerLoad = async ({ locals }) => {
	const reply = await locals.cms!.get('/api/exchange/mail-settings', isChoice);
	if (!reply.ok) error(reply.status === 403 ? 403 : 400, reply.message);
	return { choice: reply.data.choice };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const choice = String((await request.formData()).get('choice') ?? '');
		if (!(choice in MAIL_CHOICE_LABELS)) return fail(400, { error: 'Bitte wählen Sie eine der drei Möglichkeiten.' });
		const reply = await locals.cms!.write('PUT', '/api/exchange/mail-settings', { data: { choice } });
		if (!reply.ok) return fail(reply.status, { error: reply.message });
		return { success: `Gespeichert: ${MAIL_CHOICE_LABELS[choice].label}.` };
	}
};
