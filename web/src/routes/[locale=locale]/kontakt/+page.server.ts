import { getGlobal } from '#lib/server/content.ts';
import { reportAction } from '#lib/server/report-action.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const global = await getGlobal(locals.locale);
	return { global: global?.value ?? null };
};

export const actions: Actions = {
	senden: async (event) => reportAction(event, { form: 'nachricht', kind: 'contact', subjectType: 'other' })
};
