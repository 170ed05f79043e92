/** German labels and paths the office's pages share (no server code: pages import it). */
import { LOCALE_NAMES_DE, TRANSLATION_LOCALES as LOCALE_CODES, type EntryType } from './area/entry-types.ts';

export { publicPath, type EntryType, type TranslationLocale } from './area/entry-types.ts';

export const ENTRY_TYPE_LABELS: Record<EntryType, string> = { actor: 'Akteur', offering: 'Angebot', event: 'Termin' };

/** The moderation page where the office reviews an entry. */
export const reviewPath = (type: EntryType, documentId: string) => `/koordination/pruefen/${type}/${documentId}`;

/** The eight translation locales with their German names, in the site's order. */
export const TRANSLATION_LOCALES = LOCALE_CODES.map((code) => ({ code, name: LOCALE_NAMES_DE[code] }));
