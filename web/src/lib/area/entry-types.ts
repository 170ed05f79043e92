/** The entries a member organisation keeps, by their German URL segment and the CMS's name. */
export const ENTRY_TYPES = {
	profil: { type: 'actor', rest: 'actors', label: 'Profil', ownerField: null },
	angebot: { type: 'offering', rest: 'offerings', label: 'Angebot', ownerField: 'actor' },
	termin: { type: 'event', rest: 'events', label: 'Termin', ownerField: 'organiser' }
} as const;

export type EntrySegment = keyof typeof ENTRY_TYPES;
export type EntryType = (typeof ENTRY_TYPES)[EntrySegment]['type'];

export const segmentOf = (type: string): EntrySegment | undefined =>
	(Object.keys(ENTRY_TYPES) as EntrySegment[]).find((segment) => ENTRY_TYPES[segment].type === type);

export const isEntrySegment = (value: string): value is EntrySegment => value in ENTRY_TYPES;

/** The public page of an entry (German), once it is published. */
export function publicPath(type: string, slug: string | null | undefined): string | null {
	if (!slug) return null;
	if (type === 'actor') return `/de/akteure/${slug}`;
	if (type === 'offering') return `/de/angebote/${slug}`;
	if (type === 'event') return `/de/termine/${slug}`;
	return null;
}

/** Strapi documentIds: lower-case letters and digits. Anything else never reaches a CMS URL. */
export const isDocumentId = (value: string) => /^[a-z0-9]{1,64}$/.test(value);

export const TRANSLATION_LOCALES = ['en', 'fr', 'ar', 'ru', 'ro', 'pl', 'uk', 'fa'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

export const LOCALE_NAMES_DE: Record<TranslationLocale, string> = {
	en: 'Englisch',
	fr: 'Französisch',
	ar: 'Arabisch',
	ru: 'Russisch',
	ro: 'Rumänisch',
	pl: 'Polnisch',
	uk: 'Ukrainisch',
	fa: 'Persisch (Farsi)'
};

export const RTL_LOCALES = new Set<string>(['ar', 'fa']);
