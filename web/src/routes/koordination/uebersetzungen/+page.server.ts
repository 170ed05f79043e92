import { parsePage } from '#lib/facets.ts';
import { pageSlice } from '#lib/list-range.ts';
import { TRANSLATION_LOCALES, type EntryType, type TranslationLocale } from '#lib/office-labels.ts';
import { loadTranslationOverview } from '#lib/server/office/translations.ts';
import type { PageServerLoad } from './$types';

const TYPES: readonly EntryType[] = ['actor', 'offering', 'event'];
/** Table rows per page (`?seite=`); the counts above the table are over all pages. */
const PAGE_SIZE = 50;

export const load: PageServerLoad = async ({ locals, url }) => {
	// Unknown values are ignored (a stale bookmark shows everything rather than nothing).
	const type = TYPES.find((value) => value === url.searchParams.get('art')) ?? null;
	const locale = TRANSLATION_LOCALES.find((l) => l.code === url.searchParams.get('sprache'))?.code ?? null;
	const { items, message } = await loadTranslationOverview(locals.cms!);
	const locales: TranslationLocale[] = locale ? [locale] : TRANSLATION_LOCALES.map((l) => l.code);
	const rows = items.filter((item) => (!type || item.type === type) && (!locale || item.translations[locale] !== 'current'));
	const count = (state: string) => rows.reduce((sum, item) => sum + locales.filter((l) => item.translations[l] === state).length, 0);
	const page = parsePage(url.searchParams);
	return {
		type,
		locale,
		locales,
		rows: pageSlice(rows, page, PAGE_SIZE),
		total: rows.length,
		page,
		pageSize: PAGE_SIZE,
		message,
		missing: count('missing'),
		outdated: count('outdated')
	};
};
