import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchEntry } from './engine.ts';
import { presentHit } from './present.ts';

const municipalities = new Map([['m1', { slug: 'wanzleben-boerde', name: 'Wanzleben-Börde', parentId: null }]]);
const entry: SearchEntry = {
	id: 'offering:1',
	type: 'offering',
	path: 'angebote/sprachcafe',
	text: {
		de: { title: 'Sprachcafé', summary: 'Deutsch sprechen in entspannter Runde', body: 'Zum Abschluss gibt es unseren beliebten Zungenbrecher der Woche.' },
		ar: { title: 'مقهى اللغة', summary: '', body: '' }
	},
	municipalityIds: ['m1']
};

async function hit(query: string, locale: 'de' | 'ar' | 'ru') {
	const index = new SearchIndex({ municipalities, topics: new Map() });
	await index.putAll([entry]);
	const [found] = index.search(query, locale, { today: '2026-06-01' }).hits;
	return presentHit(found, locale, index.places(found.entry, locale));
}

const text = (segments: Array<{ text: string; mark: boolean }> | null) => segments?.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('') ?? null;

describe('a search hit as shown', () => {
	it('marks the matched words and shows an excerpt when a word matched only in the description', async () => {
		const shown = await hit('Zungenbrecher Wanzleben', 'de');
		expect(shown.path).toBe('de/angebote/sprachcafe');
		expect(text(shown.title)).toBe('Sprachcafé');
		expect(text(shown.place)).toBe('[Wanzleben]-Börde');
		expect(shown.placeGerman).toBe(true);
		expect(text(shown.excerpt?.segments ?? null)).toBe('Zum Abschluss gibt es unseren beliebten [Zungenbrecher] der Woche.');
	});

	it("uses the locale's title, German where there is none, and says which is which", async () => {
		const ar = await hit('Sprachcafé', 'ar');
		expect(text(ar.title)).toBe('مقهى اللغة');
		expect(ar.fallback).toBe(false);
		expect(text(ar.summary)).toBe('Deutsch sprechen in entspannter Runde');
		expect(ar.summaryFallback).toBe(true);
		expect(ar.excerpt).toBeNull(); // the matched word is not hidden in the description
		const ru = await hit('Ванцлебен', 'ru');
		expect(text(ru.title)).toBe('Sprachcafé');
		expect(ru.fallback).toBe(true);
		expect(text(ru.place)).toBe('Wanzleben-Börde ([Ванцлебен]-Бёрде)');
		expect(ru.placeGerman).toBe(false);
	});
});
