import { describe, expect, it } from 'vitest';
import { formatList, languageName, listParts, nativeLanguageName } from './intl.ts';

describe('language names in the visitor’s language', () => {
	it('names a language in the page’s locale and in itself', () => {
		expect(languageName('ar', 'uk')).toBe('арабська');
		expect(languageName('ar', 'de')).toBe('Arabisch');
		expect(languageName('de', 'ar')).toBe('الألمانية');
		expect(languageName('ru', 'fa')).toBe('روسی');
		expect(nativeLanguageName('ar')).toBe('العربية');
		expect(nativeLanguageName('uk')).toBe('українська');
		// no brackets inside the brackets the page puts around it
		expect(nativeLanguageName('ku')).toBe('kurdî');
	});

	it('says null for a code Intl does not know', () => {
		expect(languageName('xx-not-a-language', 'de')).toBeNull();
		expect(languageName('qaa', 'de')).toBeNull();
	});
});

describe('lists as the locale writes them', () => {
	it('joins with the locale’s words and commas, without stray spaces', () => {
		expect(formatList(['Arabisch', 'Deutsch', 'Russisch'], 'de')).toBe('Arabisch, Deutsch und Russisch');
		expect(formatList(['Arabic', 'German', 'Russian'], 'en')).toBe('Arabic, German, and Russian');
		// Arabic comma and "و"
		const arabic = formatList(['العربية', 'الألمانية', 'الروسية'], 'ar');
		expect(arabic).toContain('،');
		expect(arabic).not.toContain(',');
		expect(arabic).not.toMatch(/\s{2}|\s،/);
		expect(arabic).toBe('العربية، والألمانية، والروسية');
		expect(formatList(['فارسی', 'آلمانی'], 'fa')).toBe('فارسی و آلمانی');
	});

	it('gives the parts in order so each item can be its own element', () => {
		const parts = listParts(3, 'de');
		expect(parts).toEqual([
			{ type: 'item', index: 0 },
			{ type: 'literal', value: ', ' },
			{ type: 'item', index: 1 },
			{ type: 'literal', value: ' und ' },
			{ type: 'item', index: 2 }
		]);
		expect(listParts(1, 'ar')).toEqual([{ type: 'item', index: 0 }]);
		expect(listParts(0, 'de')).toEqual([]);
		const arabic = listParts(3, 'ar');
		expect(arabic.filter((p) => p.type === 'item').map((p) => (p as { index: number }).index)).toEqual([0, 1, 2]);
		expect(arabic.filter((p) => p.type === 'literal').map((p) => (p as { value: string }).value).join('')).toContain('،');
	});
});
