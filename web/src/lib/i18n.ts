/**
 * The nine locales of the site (the languages of the district's printed welcome binder), locale
 * negotiation for `/`, and the helpers that move a path from one locale to another.
 * Pure functions only: used by hooks, load functions, components and unit tests alike.
 */

export const LOCALES = [
	{ code: 'de', name: 'Deutsch', dir: 'ltr', ogLocale: 'de_DE' },
	{ code: 'en', name: 'English', dir: 'ltr', ogLocale: 'en_GB' },
	{ code: 'fr', name: 'Français', dir: 'ltr', ogLocale: 'fr_FR' },
	{ code: 'ar', name: 'العربية', dir: 'rtl', ogLocale: 'ar_AR' },
	{ code: 'ru', name: 'Русский', dir: 'ltr', ogLocale: 'ru_RU' },
	{ code: 'ro', name: 'Română', dir: 'ltr', ogLocale: 'ro_RO' },
	{ code: 'pl', name: 'Polski', dir: 'ltr', ogLocale: 'pl_PL' },
	{ code: 'uk', name: 'Українська', dir: 'ltr', ogLocale: 'uk_UA' },
	{ code: 'fa', name: 'فارسی', dir: 'rtl', ogLocale: 'fa_IR' }
] as const;

export type Locale = (typeof LOCALES)[number]['code'];
export type Direction = 'ltr' | 'rtl';

export const DEFAULT_LOCALE: Locale = 'de';
export const LOCALE_CODES: readonly Locale[] = LOCALES.map((locale) => locale.code);

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

export function localeInfo(locale: Locale) {
	return LOCALES.find((entry) => entry.code === locale) ?? LOCALES[0];
}

export function direction(locale: Locale): Direction {
	return localeInfo(locale).dir;
}

/**
 * Picks the best supported locale for an `Accept-Language` header: the highest q-value wins, a
 * regional tag matches its language (`ar-SY` → `ar`), `*` and anything unsupported are skipped.
 * German when nothing matches or the header is missing or malformed.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
	if (!header) return DEFAULT_LOCALE;
	const candidates: { locale: Locale; q: number; index: number }[] = [];
	const parts = header.slice(0, 1000).split(',');
	parts.forEach((part, index) => {
		const [tag, ...params] = part.trim().split(';');
		const language = tag.trim().toLowerCase().split('-')[0];
		if (!isLocale(language)) return;
		let q = 1;
		for (const param of params) {
			const [name, value] = param.trim().split('=');
			if (name?.trim() === 'q') {
				const parsed = Number(value);
				q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
			}
		}
		if (q > 0) candidates.push({ locale: language, q, index });
	});
	candidates.sort((a, b) => b.q - a.q || a.index - b.index);
	return candidates[0]?.locale ?? DEFAULT_LOCALE;
}

/** The locale named by the first segment of a path (`/ar/angebote` → `ar`), or undefined. */
export function localeFromPath(pathname: string): Locale | undefined {
	const first = pathname.split('/')[1];
	return isLocale(first) ? first : undefined;
}

/** The same page in another locale: `/de/angebote/x` → `/ar/angebote/x`; `/` → `/ar`. */
export function switchLocalePath(pathname: string, locale: Locale): string {
	const segments = pathname.split('/');
	if (isLocale(segments[1])) segments[1] = locale;
	else segments.splice(1, 0, locale);
	const path = segments.join('/').replace(/\/+$/, '');
	return path === '' ? `/${locale}` : path;
}

/**
 * The query string of a URL as it may be shared (language switcher, hreflang, canonical): without
 * the `?/action` parameter of a form post.
 */
export function shareableSearch(url: { search: string }): string {
	const params = new URLSearchParams(url.search);
	for (const key of [...params.keys()]) if (key.startsWith('/')) params.delete(key);
	const search = params.toString();
	return search ? `?${search}` : '';
}

const TIME_ZONE = 'Europe/Berlin';

/** Intl locale with the Gregorian calendar (the default for `fa` would be the Persian one). */
function intlLocale(locale: Locale): string {
	return `${locale}-u-ca-gregory`;
}

/** `2026-11-26` or an ISO instant → "26. November 2026" in the locale (dates of the district: Berlin time). */
export function formatDate(value: string | null | undefined, locale: Locale): string {
	if (!value) return '';
	const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
	if (Number.isNaN(date.getTime())) return '';
	return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
}

/** An ISO instant → "Donnerstag, 26. November 2026, 17:00" (Berlin time). */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
	if (!value) return '';
	const date = new Date(value);
	if (Number.isNaN(date.getTime())) return '';
	return new Intl.DateTimeFormat(intlLocale(locale), {
		weekday: 'long',
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: TIME_ZONE
	}).format(date);
}

/** An ISO instant → "17:00" (Berlin time). */
export function formatTimeOfDay(value: string | null | undefined, locale: Locale): string {
	if (!value) return '';
	const date = new Date(value);
	if (Number.isNaN(date.getTime())) return '';
	return new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }).format(date);
}

/** Whether two instants fall on the same day in Berlin. */
export function sameBerlinDay(a: string, b: string): boolean {
	return berlinDate(new Date(a)) === berlinDate(new Date(b));
}

/** `YYYY-MM-DD` of an instant in Berlin (default: now) — "today" for validity filters. */
export function berlinDate(date: Date = new Date()): string {
	// en-CA formats as YYYY-MM-DD
	return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}
