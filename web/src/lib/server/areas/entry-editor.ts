/**
 * The member area's edit and create pages for profile, offerings and events: load the entry into
 * the form, show a preview, submit for review. Posted values always come back to the form, so
 * nothing typed is lost when something is wrong.
 */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { ENTRY_TYPES, isEntrySegment, publicPath, type EntrySegment } from '../../area/entry-types.ts';
import { readForm, valuesFromEntry, type FormValues } from '../../area/form-data.ts';
import { FORMS, fieldLabels } from '../../area/entry-forms.ts';
import type { EntryType } from '../../area/entry-types.ts';
import { memberEntry, saveEntry } from './member-entries.ts';
import { editOptions, type EditOptions } from './options.ts';
import { expandGroups } from '../../area/municipality-groups.ts';
import { fromPixel } from '../../area/map-picker.ts';

/** The map click's field (an `<input type="image">` posts `karte.x` and `karte.y`). */
export const MAP_FIELD = 'karte';

/**
 * What the form's helpers ask for, applied to the posted form before it is read, without
 * JavaScript: a chosen Verbandsgemeinde brings all its members ("all of …"); a click on the map
 * or "the municipality's centre" fills in latitude and longitude.
 */
export function applyFormHelpers(form: FormData, options: EditOptions) {
	if (form.has('municipalities')) {
		const chosen = expandGroups(form.getAll('municipalities').map(String), options.municipalityGroups);
		form.delete('municipalities');
		for (const id of chosen) form.append('municipalities', id);
	}
	// Enter in a text field "clicks" the first submit button, here the map, at 0,0: that is no choice
	const clicked = form.has(`${MAP_FIELD}.x`) && !(Number(form.get(`${MAP_FIELD}.x`)) === 0 && Number(form.get(`${MAP_FIELD}.y`)) === 0);
	const position = clicked
		? fromPixel(Number(form.get(`${MAP_FIELD}.x`)), Number(form.get(`${MAP_FIELD}.y`)))
		: form.get('lage') === 'gemeinde'
			? (form.getAll('municipalities').map((id) => options.municipalityCentres[String(id)]).find(Boolean) ?? null)
			: null;
	if (position) {
		form.set('location.latitude', String(position.latitude));
		form.set('location.longitude', String(position.longitude));
	}
}

export function segmentParam(value: string, allowProfile = true): EntrySegment {
	if (!isEntrySegment(value) || (!allowProfile && value === 'profil')) error(404, 'Diese Seite gibt es nicht.');
	return value;
}

export async function loadEditor(locals: App.Locals, segment: EntrySegment, documentId: string | null) {
	const api = locals.cms!;
	const type = ENTRY_TYPES[segment].type;
	const [entry, options] = await Promise.all([documentId ? memberEntry(api, segment, documentId) : null, editOptions()]);
	const current = entry ? (entry.draft ?? entry.published) : null;
	return {
		options: withCurrentRelations(type, options, current),
		segment,
		type,
		typeLabel: ENTRY_TYPES[segment].label,
		documentId,
		title: entry?.title ?? null,
		state: entry?.state ?? null,
		reviewComment: entry?.state === 'sent_back' ? entry.reviewComment : null,
		publicLink: entry && entry.published ? publicPath(type, entry.published.slug as string) : null,
		values: valuesFromEntry(type, current),
		labels: fieldLabels(type)
	};
}

/**
 * The choices plus whatever the entry is linked to now (an unpublished or 101st item is not in the
 * public lists): a save never drops a link just because the form could not show it.
 */
function withCurrentRelations(type: EntryType, options: EditOptions, current: Record<string, any> | null): EditOptions {
	const merged = { ...options };
	for (const field of FORMS[type].flatMap((section) => section.fields)) {
		if (field.kind !== 'relation' || !current) continue;
		const linked = [current[field.name]].flat().filter((item): item is { documentId: string; name?: string; code?: string } => Boolean(item?.documentId));
		const known = new Set(merged[field.taxonomy].map(([id]) => id));
		const missing = linked.filter((item) => !known.has(item.documentId)).map((item) => [item.documentId, item.name ?? item.code ?? item.documentId] as const);
		if (missing.length > 0) merged[field.taxonomy] = [...merged[field.taxonomy], ...missing];
	}
	return merged;
}

type Failure = { values: FormValues; errors: Record<string, string>; message: string | null; preview: boolean };

/** "Vorschau" (nothing saved) and "Zur Prüfung einreichen". */
export async function editorAction(event: RequestEvent, segment: EntrySegment, documentId: string | null, mode: 'preview' | 'submit') {
	const session = event.locals.session!;
	const api = event.locals.cms!;
	const type = ENTRY_TYPES[segment].type;
	const form = await event.request.formData();
	const entry = documentId ? await memberEntry(api, segment, documentId) : null;
	applyFormHelpers(form, await editOptions());
	// a click on the map or the centre button shows the result first; nothing is submitted with it
	if (form.has(`${MAP_FIELD}.x`) || form.get('lage') === 'gemeinde') mode = 'preview';
	const { values, errors, data } = readForm(type, form, entry ? (entry.draft ?? entry.published) : null);

	if (mode === 'preview') return { values, errors, message: null, preview: true };
	if (Object.keys(errors).length > 0) {
		return fail(400, { values, errors, message: 'Bitte prüfen Sie die markierten Angaben. Es wurde noch nichts eingereicht.', preview: false } satisfies Failure);
	}
	const logo = form.get('logo');
	if (type === 'actor' && logo instanceof File && logo.size > 0) {
		const uploaded = await api.upload(logo);
		if (!uploaded.ok) {
			return fail(uploaded.status, { values, errors: { logo: uploaded.message }, message: 'Das Logo konnte nicht übernommen werden. Es wurde noch nichts eingereicht.', preview: false } satisfies Failure);
		}
		data.logo = uploaded.data.id;
	}
	const reply = await saveEntry(api, segment, documentId, data, session.actor!.documentId);
	if (!reply.ok) {
		return fail(reply.status, { values, errors: reply.fields, message: `${reply.message} Es wurde noch nichts eingereicht.`, preview: false } satisfies Failure);
	}
	const title = String(values.name ?? values.title ?? '');
	redirect(303, `/mitglieder?eingereicht=${encodeURIComponent(title)}`);
}
