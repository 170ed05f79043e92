import { fail } from '@sveltejs/kit';
import { loadPost, refusal } from '#lib/server/exchange.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({ post: await loadPost(locals.cms!, params.documentId) });

export const actions: Actions = {
	ausblenden: async ({ request, locals, params }) => {
		const reason = String((await request.formData()).get('reason') ?? '').trim();
		if (reason.length > 500) return fail(400, { errors: { reason: 'Höchstens 500 Zeichen.' }, message: null });
		const reply = await locals.cms!.write('POST', `/api/exchange/posts/${encodeURIComponent(params.documentId)}/hide`, { reason });
		if (!reply.ok) return refusal(reply.status, reply.message, reply.fields);
		return { success: 'Der Beitrag ist ausgeblendet. Mitglieder sehen ihn nicht mehr.' };
	},
	einblenden: async ({ locals, params }) => {
		const reply = await locals.cms!.write('POST', `/api/exchange/posts/${encodeURIComponent(params.documentId)}/unhide`, {});
		if (!reply.ok) return refusal(reply.status, reply.message, reply.fields);
		return { success: 'Der Beitrag ist wieder für alle Mitglieder sichtbar.' };
	}
};
