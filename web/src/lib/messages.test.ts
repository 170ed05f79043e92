import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from './i18n.ts';

const load = (locale: string) => JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
	const german = load('de');
	const keys = Object.keys(german).filter((key) => key !== '$schema');

	// fully translated; the other locales may leave rare strings to the German fallback
	for (const locale of ['en', 'ar', 'uk']) {
		it(`${locale} translates every message`, () => {
			const catalogue = load(locale);
			expect(keys.filter((key) => !(key in catalogue))).toEqual([]);
		});
	}

	for (const locale of LOCALE_CODES) {
		it(`${locale} has no unknown keys and keeps every placeholder`, () => {
			const catalogue = load(locale);
			for (const [key, text] of Object.entries(catalogue)) {
				if (key === '$schema') continue;
				expect(keys, `unknown key ${key}`).toContain(key);
				expect(placeholders(text), `${locale}.${key}`).toEqual(placeholders(german[key]));
			}
		});
	}
});
