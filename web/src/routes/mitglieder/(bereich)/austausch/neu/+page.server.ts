import { fail, redirect } from '@sveltejs/kit';
import { isRecord } from '#lib/server/cms/index.ts';
import { loadOptions, postBody, postErrors, postValues, refusal } from '#lib/server/exchange.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	options: await loadOptions(locals.cms!),
	// from a working group's page: the group is chosen already
	workingGroup: (url.searchParams.get('arbeitskreis') ?? '').slice(0, 64)
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = postValues(await request.formData());
		const errors = postErrors(values);
		if (Object.keys(errors).length > 0) return fail(400, { values, errors, message: null });
		const reply = await locals.cms!.write('POST', '/api/exchange/posts', postBody(values), isRecord);
		if (!reply.ok) return refusal(reply.status, reply.message, reply.fields, values);
		redirect(303, `/mitglieder/austausch/${String(reply.data.documentId)}?neu=1`);
	}
};
