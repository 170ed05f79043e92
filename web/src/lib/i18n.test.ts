import { describe, expect, it } from 'vitest';
import { berlinDate, direction, formatDate, isLocale, localeFromPath, negotiateLocale, shareableSearch, switchLocalePath } from './i18n.ts';

describe('negotiateLocale (Accept-Language for /)', () => {
	it('is German without a header or with nothing supported', () => {
		expect(negotiateLocale(null)).toBe('de');
		expect(negotiateLocale('')).toBe('de');
		expect(negotiateLocale('ja-JP, zh;q=0.8')).toBe('de');
		expect(negotiateLocale('*')).toBe('de');
	});

	it('picks the first supported language, regional tags included', () => {
		expect(negotiateLocale('ar-SY,ar;q=0.9,en;q=0.5')).toBe('ar');
		expect(negotiateLocale('uk-UA')).toBe('uk');
		expect(negotiateLocale('ja, fa-IR;q=0.7, en;q=0.3')).toBe('fa');
	});

	it('respects q-values rather than order', () => {
		expect(negotiateLocale('en;q=0.4, ru;q=0.9')).toBe('ru');
		expect(negotiateLocale('fr;q=0, pl')).toBe('pl');
	});

	it('survives malformed headers', () => {
		expect(negotiateLocale(';;;,,,q=abc')).toBe('de');
		expect(negotiateLocale('en;q=notanumber, ro;q=0.5')).toBe('ro');
		expect(negotiateLocale('x'.repeat(5000))).toBe('de');
	});
});

describe('locale paths', () => {
	it('reads the locale from the first segment only', () => {
		expect(localeFromPath('/ar/angebote')).toBe('ar');
		expect(localeFromPath('/de')).toBe('de');
		expect(localeFromPath('/xx/angebote')).toBeUndefined();
		expect(localeFromPath('/angebote/ar')).toBeUndefined();
	});

	it('switches the locale and keeps the rest of the path', () => {
		expect(switchLocalePath('/de/angebote/integrationskurs', 'ar')).toBe('/ar/angebote/integrationskurs');
		expect(switchLocalePath('/de', 'uk')).toBe('/uk');
		expect(switchLocalePath('/', 'fa')).toBe('/fa');
		expect(switchLocalePath('/foo', 'en')).toBe('/en/foo');
	});

	it('knows the nine locales and which are right-to-left', () => {
		expect(['de', 'en', 'fr', 'ar', 'ru', 'ro', 'pl', 'uk', 'fa'].every(isLocale)).toBe(true);
		expect(isLocale('tr')).toBe(false);
		expect(direction('ar')).toBe('rtl');
		expect(direction('fa')).toBe('rtl');
		expect(direction('de')).toBe('ltr');
	});
});

describe('dates', () => {
	it('formats dates in the locale, always in the Gregorian calendar', () => {
		expect(formatDate('2026-11-26', 'de')).toBe('26. November 2026');
		expect(formatDate('2026-11-26', 'en')).toContain('2026');
		// Persian would default to the solar hijri calendar (year 1405)
		expect(formatDate('2026-11-26', 'fa')).not.toMatch(/۱۴۰۵|1405/);
		expect(formatDate('nonsense', 'de')).toBe('');
		expect(formatDate(null, 'de')).toBe('');
	});

	it('takes "today" in Berlin time', () => {
		// 23:30 UTC on 31 December is already 1 January in Berlin
		expect(berlinDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
		expect(berlinDate(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
	});
});

describe('shareableSearch', () => {
	it('drops the form action parameter and keeps the rest', () => {
		expect(shareableSearch(new URL('https://x.example/de/angebote/a?/melden'))).toBe('');
		expect(shareableSearch(new URL('https://x.example/de/angebote?thema=wohnen&seite=2'))).toBe('?thema=wohnen&seite=2');
		expect(shareableSearch(new URL('https://x.example/de/kontakt?/senden&x=1'))).toBe('?x=1');
	});
});
