import { fail } from '@sveltejs/kit';
import { isRecord, withFields } from '#lib/server/cms/index.ts';
import { unsubscribeClient } from '#lib/server/cms/index.ts';
import { MAIL_CHOICE_LABELS } from '#lib/exchange/labels.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The unsubscribe link of an exchange mail (/mitglieder/abbestellen?token=…), without signing in.
 * Opening it only shows the account and its choice (mail scanners follow links); the button changes it.
 * Mail programs POST `List-Unsubscribe=One-Click` to the same address (RFC 8058, the mail's
 * List-Unsubscribe-Post header): the token is then in the query string and the choice is "none".
 */
const isPreview = withFields<{ email: string; choice: string }>({ email: 'string', choice: 'string' });

export const load: PageServerLoad = async ({ url }) => {
	const token = (url.searchParams.get('token') ?? '').slice(0, 200);
	if (!token) return { token, account: null, problem: 'Der Link ist unvollständig. Bitte öffnen Sie ihn noch einmal aus der E-Mail.' };
	const reply = await unsubscribeClient.preview(token, isPreview);
	if (!reply.ok) return { token, account: null, problem: reply.message };
	return { token, account: reply.data, problem: null };
};

export const actions: Actions = {
	default: async ({ request, url }) => {
		const form = await request.formData();
		const oneClick = form.get('List-Unsubscribe') === 'One-Click';
		const token = String(form.get('token') ?? url.searchParams.get('token') ?? '').slice(0, 200);
		const choice = oneClick ? 'none' : String(form.get('choice') ?? 'none');
		if (!(choice in MAIL_CHOICE_LABELS)) return fail(400, { error: 'Bitte wählen Sie eine der drei Möglichkeiten.' });
		const reply = await unsubscribeClient.apply(token, choice, isRecord);
		if (!reply.ok) return fail(reply.status, { error: reply.message });
		return { success: choice === 'none' ? 'Abbestellt: Sie erhalten keine E-Mails mehr aus dem Austausch.' : `Gespeichert: ${MAIL_CHOICE_LABELS[choice].label}.` };
	}
};
