import { error, fail, redirect } from '@sveltejs/kit';
import { loadOptions, loadPost, postBody, postErrors, postValues, refusal } from '#lib/server/exchange.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const [post, options] = await Promise.all([loadPost(locals.cms!, params.documentId), loadOptions(locals.cms!)]);
	if (!post.mine) error(403, 'Nur die Organisation, die den Beitrag geschrieben hat, kann ihn bearbeiten.');
	return { post, options };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = postValues(await request.formData());
		const errors = postErrors(values);
		if (Object.keys(errors).length > 0) return fail(400, { values, errors, message: null });
		const reply = await locals.cms!.write('PUT', `/api/exchange/posts/${encodeURIComponent(params.documentId)}`, postBody(values));
		if (!reply.ok) return refusal(reply.status, reply.message, reply.fields, values);
		redirect(303, `/mitglieder/austausch/${params.documentId}`);
	}
};
