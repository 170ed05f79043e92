/** German labels and public paths the office's overview pages share (no server code: pages import it). */
export const ENTRY_TYPE_LABELS = { actor: 'Akteur', offering: 'Angebot', event: 'Termin' } as const;
export type EntryType = keyof typeof ENTRY_TYPE_LABELS;

/** Public detail page of an entry (German; slugs are the same in every locale). */
export const publicPath = (type: EntryType, slug: string) => `/de/${{ actor: 'akteure', offering: 'angebote', event: 'termine' }[type]}/${slug}`;

/** The moderation page where the office edits and reviews an entry. */
export const reviewPath = (type: EntryType, documentId: string) => `/koordination/pruefen/${type}/${documentId}`;

export const TRANSLATION_LOCALES = [
	{ code: 'en', name: 'Englisch' },
	{ code: 'fr', name: 'Französisch' },
	{ code: 'ar', name: 'Arabisch' },
	{ code: 'ru', name: 'Russisch' },
	{ code: 'ro', name: 'Rumänisch' },
	{ code: 'pl', name: 'Polnisch' },
	{ code: 'uk', name: 'Ukrainisch' },
	{ code: 'fa', name: 'Persisch' }
] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number]['code'];
