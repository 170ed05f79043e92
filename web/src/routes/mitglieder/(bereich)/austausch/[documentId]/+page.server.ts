import { fail } from '@sveltejs/kit';
import { loadPost, refusal } from '#lib/server/exchange.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	post: await loadPost(locals.cms!, params.documentId),
	created: url.searchParams.has('neu')
});

async function setStatus(locals: App.Locals, documentId: string, status: 'open' | 'closed') {
	const reply = await locals.cms!.write('PUT', `/api/exchange/posts/${encodeURIComponent(documentId)}`, { data: { status } });
	if (!reply.ok) return fail(reply.status, { errors: {} as Record<string, string>, message: reply.message, values: null });
	return { success: status === 'closed' ? 'Der Beitrag ist geschlossen. Er bleibt sichtbar, nimmt aber keine Antworten mehr an.' : 'Der Beitrag ist wieder offen.' };
}

export const actions: Actions = {
	antworten: async ({ request, locals, params }) => {
		const text = String((await request.formData()).get('text') ?? '').trim();
		if (!text) return fail(400, { errors: { text: 'Bitte schreiben Sie eine Antwort.' }, message: null, values: { text } });
		if (text.length > 3000) return fail(400, { errors: { text: 'Die Antwort darf höchstens 3000 Zeichen lang sein.' }, message: null, values: { text } });
		const reply = await locals.cms!.write('POST', `/api/exchange/posts/${encodeURIComponent(params.documentId)}/replies`, { data: { text } });
		if (!reply.ok) return refusal(reply.status, reply.message, reply.fields, { text });
		return { success: 'Ihre Antwort ist veröffentlicht.' };
	},
	schliessen: ({ locals, params }) => setStatus(locals, params.documentId, 'closed'),
	oeffnen: ({ locals, params }) => setStatus(locals, params.documentId, 'open')
};
