import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from './i18n.ts';
import { germanListRange, germanShownOfTotal, listRange, pageCountOf, pageQuery, pageSlice } from './list-range.ts';

const catalogue = (locale: string) => JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Record<string, string>;
/** Paraglide's simple messages: each {name} replaced by its value. */
const render = (template: string, values: Record<string, number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

describe('where a page stands in its list', () => {
	it('gives the first and last entry of a page and the total', () => {
		expect(listRange(1, 20, 57)).toEqual({ from: 1, to: 20, total: 57 });
		expect(listRange(3, 20, 57)).toEqual({ from: 41, to: 57, total: 57 });
		expect(listRange(4, 20, 57)).toBeNull();
		expect(listRange(1, 20, 0)).toBeNull();
		expect(pageCountOf(57, 20)).toBe(3);
		expect(pageCountOf(0, 20)).toBe(0);
		expect(pageSlice([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
	});

	it('writes page links with one address for page 1', () => {
		expect(pageQuery({ seite: 1, 'akteure-seite': 3, art: null, sprache: '' })).toBe('?akteure-seite=3');
		expect(pageQuery({ seite: 1 })).toBe('');
		expect(pageQuery({ zeigen: 'erledigt', seite: 2 })).toBe('?zeigen=erledigt&seite=2');
	});

	it('says "N of M" in German in the areas', () => {
		expect(germanListRange(listRange(2, 50, 120)!)).toBe('51–100 von 120');
		expect(germanShownOfTotal(50, 120)).toBe('50 von 120 angezeigt');
	});

	it('says "N of M" on public pages in all nine locales, with the numbers', () => {
		for (const locale of LOCALE_CODES) {
			const messages = catalogue(locale);
			const range = render(messages.list_range, { from: 21, to: 40, total: 57 });
			const shown = render(messages.list_shown_of_total, { shown: 100, total: 250 });
			for (const number of ['21', '40', '57']) expect(range, `${locale} list_range`).toContain(number);
			for (const number of ['100', '250']) expect(shown, `${locale} list_shown_of_total`).toContain(number);
			expect(range, locale).not.toMatch(/[{}]/);
		}
		expect(render(catalogue('de').list_range, { from: 21, to: 40, total: 57 })).toBe('21–40 von 57');
		expect(render(catalogue('en').list_shown_of_total, { shown: 100, total: 250 })).toBe('100 of 250 shown');
	});
});
