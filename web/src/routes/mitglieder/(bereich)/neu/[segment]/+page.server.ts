import { editorAction, loadEditor, segmentParam } from '#lib/server/areas/entry-editor.ts';
import type { Actions, PageServerLoad } from './$types';

// New offerings and events (the organisation's profile exists already).
export const load: PageServerLoad = ({ locals, params }) => loadEditor(locals, segmentParam(params.segment, false), null);

export const actions: Actions = {
	preview: (event) => editorAction(event, segmentParam(event.params.segment, false), null, 'preview'),
	submit: (event) => editorAction(event, segmentParam(event.params.segment, false), null, 'submit')
};
