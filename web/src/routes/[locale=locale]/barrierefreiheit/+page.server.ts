import { getPage } from '#lib/server/content.ts';
import { reportAction } from '#lib/server/report-action.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const found = await getPage(locals.locale, 'accessibility');
	return { page: found?.page ?? null, fallback: found?.fallback ?? false };
};

export const actions: Actions = {
	// the feedback channel the accessibility statement must offer (BITV 2.0)
	rueckmeldung: async (event) => {
		const found = await getPage(event.locals.locale, 'accessibility');
		return reportAction(event, {
			form: 'barriere-melden',
			kind: 'accessibility_feedback',
			subjectType: found ? 'page' : undefined,
			subjectDocumentId: found?.page.documentId ?? null
		});
	}
};
