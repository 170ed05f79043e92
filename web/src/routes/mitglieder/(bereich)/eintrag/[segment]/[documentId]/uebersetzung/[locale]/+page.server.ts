import { segmentParam } from '#lib/server/areas/entry-editor.ts';
import { loadTranslation, localeParam, saveTranslation } from '#lib/server/areas/translation-editor.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => loadTranslation(locals, segmentParam(params.segment), params.documentId, localeParam(params.locale));

export const actions: Actions = {
	default: (event) => saveTranslation(event, segmentParam(event.params.segment), event.params.documentId, localeParam(event.params.locale))
};
