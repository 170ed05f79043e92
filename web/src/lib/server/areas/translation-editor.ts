/**
 * Editing one locale's text of an entry beside the German original. The whole translations list
 * is sent back with only this locale changed; the CMS stamps when each translation changed.
 */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { blocksToText, textToBlocks } from '../../area/blocks-text.ts';
import { TRANSLATED_FIELDS } from '../../area/entry-forms.ts';
import { formText } from '../../area/form-data.ts';
import { ENTRY_TYPES, LOCALE_NAMES_DE, RTL_LOCALES, TRANSLATION_LOCALES, type EntrySegment, type TranslationLocale } from '../../area/entry-types.ts';
import { memberEntry, saveEntry, type MemberEntry } from './member-entries.ts';

type Content = Record<string, any>;

export function localeParam(value: string): TranslationLocale {
	if (!(TRANSLATION_LOCALES as readonly string[]).includes(value)) error(404, 'Diese Sprache gibt es hier nicht.');
	return value as TranslationLocale;
}

const currentOf = (entry: MemberEntry): Content => entry.draft ?? entry.published ?? {};
const translationOf = (content: Content, locale: string): Content | undefined =>
	((content.translations ?? []) as Content[]).find((translation) => translation.locale === locale);

const asText = (kind: string, value: unknown) => (kind === 'blocks' ? blocksToText(value) : typeof value === 'string' ? value : '');

export async function loadTranslation(locals: App.Locals, segment: EntrySegment, documentId: string, locale: TranslationLocale) {
	const entry = await memberEntry(locals.cms!, segment, documentId);
	const current = currentOf(entry);
	const translation = translationOf(current, locale);
	const fields = TRANSLATED_FIELDS[ENTRY_TYPES[segment].type].map((field) => ({
		...field,
		german: asText(field.kind, field.source ? (current[field.source[0]] as Content | null)?.[field.source[1]] : current[field.name]),
		value: asText(field.kind, translation?.[field.name])
	}));
	return {
		segment,
		documentId,
		title: entry.title,
		locale,
		localeName: LOCALE_NAMES_DE[locale],
		dir: (RTL_LOCALES.has(locale) ? 'rtl' : 'ltr') as 'rtl' | 'ltr',
		status: entry.pendingTranslations?.includes(locale) ? 'pending' : (entry.translations?.[locale] ?? 'missing'),
		fields
	};
}

export async function saveTranslation(event: RequestEvent, segment: EntrySegment, documentId: string, locale: TranslationLocale) {
	const session = event.locals.session!;
	const api = event.locals.cms!;
	const form = await event.request.formData();
	const entry = await memberEntry(api, segment, documentId);
	const current = currentOf(entry);
	const previous = translationOf(current, locale) ?? {};
	const values: Record<string, string> = {};
	const errors: Record<string, string> = {};
	const translation: Content = { locale };
	for (const field of TRANSLATED_FIELDS[ENTRY_TYPES[segment].type]) {
		const raw = formText(form, field.name);
		values[field.name] = raw;
		if (field.maxLength && raw.length > field.maxLength) errors[field.name] = `Höchstens ${field.maxLength} Zeichen (jetzt ${raw.length}).`;
		if (field.kind === 'blocks') translation[field.name] = raw === blocksToText(previous[field.name]).trim() ? (previous[field.name] ?? null) : raw ? textToBlocks(raw) : null;
		else translation[field.name] = raw || null;
	}
	if (Object.keys(errors).length > 0) return fail(400, { values, errors, message: 'Bitte prüfen Sie die markierten Angaben. Es wurde noch nichts eingereicht.' });

	const others = ((current.translations ?? []) as Content[])
		.filter((entry) => entry.locale !== locale)
		.map((entry) => Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'id' && key !== 'translatedAt')));
	const reply = await saveEntry(api, segment, documentId, { translations: [...others, translation] }, session.actor!.documentId);
	if (!reply.ok) return fail(reply.status, { values, errors: reply.fields, message: `${reply.message} Es wurde noch nichts eingereicht.` });
	redirect(303, `/mitglieder?eingereicht=${encodeURIComponent(`${entry.title} (${LOCALE_NAMES_DE[locale]})`)}`);
}
