import { editorAction, loadEditor, segmentParam } from '#lib/server/areas/entry-editor.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => loadEditor(locals, segmentParam(params.segment), params.documentId);

export const actions: Actions = {
	preview: (event) => editorAction(event, segmentParam(event.params.segment), event.params.documentId, 'preview'),
	submit: (event) => editorAction(event, segmentParam(event.params.segment), event.params.documentId, 'submit')
};
