import { ENTRY_TYPES, LOCALE_NAMES_DE, TRANSLATION_LOCALES } from '#lib/area/entry-types.ts';
import { segmentParam } from '#lib/server/areas/entry-editor.ts';
import { memberEntry } from '#lib/server/areas/member-entries.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const segment = segmentParam(params.segment);
	const entry = await memberEntry(locals.cms!, segment, params.documentId);
	return {
		segment,
		documentId: params.documentId,
		title: entry.title,
		typeLabel: ENTRY_TYPES[segment].label,
		locales: TRANSLATION_LOCALES.map((code) => ({ code, name: LOCALE_NAMES_DE[code], status: entry.pendingTranslations?.includes(code) ? 'pending' : (entry.translations?.[code] ?? 'missing') }))
	};
};
