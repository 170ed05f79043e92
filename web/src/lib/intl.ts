/**
 * Names and lists in the visitor's language, by the browser-standard Intl APIs: language names from
 * Intl.DisplayNames ("арабська" on a Ukrainian page), lists joined by Intl.ListFormat (Arabic gets
 * "،" and "و", German "und" before the last item), no hand-made separators.
 */
import type { Locale } from './i18n.ts';

/** The language `code` (ISO 639) named in `locale`; null when Intl does not know it. */
export function languageName(code: string, locale: Locale | string): string | null {
	try {
		const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
		return name ?? null;
	} catch {
		return null;
	}
}

/**
 * The language named in itself ("العربية" for ar), or null; without CLDR's variant in brackets
 * ("kurdî (kurmancî)" → "kurdî"), as it is itself shown in brackets next to the visitor's name.
 */
export function nativeLanguageName(code: string): string | null {
	return languageName(code, code)?.replace(/\s*\(.*\)\s*$/, '') || null;
}

/** "A, B und C" / "A، B و C" — a list joined as the locale joins lists. */
export function formatList(items: string[], locale: Locale | string, type: Intl.ListFormatType = listType(locale)): string {
	return new Intl.ListFormat([locale], { style: 'long', type }).format(items);
}

/**
 * CLDR's Arabic "and"-list joins every item with a bare "و" ("أ وب وج"); its unit list writes the
 * Arabic comma as well ("أ، وب، وج"), which reads better for lists of names. Every other locale
 * uses its "and"-list.
 */
function listType(locale: Locale | string): Intl.ListFormatType {
	return locale === 'ar' ? 'unit' : 'conjunction';
}

export type ListPart = { type: 'item'; index: number } | { type: 'literal'; value: string };

/** The same list as parts, so each item can be its own element (a link, a span with its own lang). */
export function listParts(count: number, locale: Locale | string, type: Intl.ListFormatType = listType(locale)): ListPart[] {
	// placeholders that no separator contains; their order is the items' order in every locale
	const placeholders = Array.from({ length: count }, (_, index) => `\u0000${index}\u0000`);
	let index = 0;
	return new Intl.ListFormat([locale], { style: 'long', type }).formatToParts(placeholders).map((part) =>
		part.type === 'element' ? { type: 'item', index: index++ } : { type: 'literal', value: part.value }
	);
}
