import { describe, expect, it } from 'vitest';
import { indexDocument, normalize, queryTerms, search, type SearchDocument } from './search.ts';

const doc = (type: SearchDocument['type'], title: string, summary = '', body = '', extra: Partial<SearchDocument> = {}): SearchDocument => ({
	type,
	path: `de/${type}/${title.toLowerCase().replace(/\W+/g, '-')}`,
	title,
	summary,
	fallback: false,
	fields: { title: [title], summary: [summary], body: [body] },
	...extra
});

const index = [
	doc('offering', 'Integrationskurs in Haldensleben', 'Deutsch bis B1', 'Unterricht mit Kinderbetreuung am Vormittag'),
	doc('offering', 'Wohnungssuche Sprechstunde', 'Hilfe bei der Suche nach einer Wohnung', 'Wir helfen beim Wohnberechtigungsschein'),
	doc('news', 'Neuer Deutschkurs am Abend', 'Integrationskurs für Berufstätige', ''),
	doc('actor', 'Kreisvolkshochschule Börde', 'Deutschkurse und Integrationskurse', ''),
	doc('offering', 'Café ohne Grenzen', 'Treffpunkt', 'يتعلم المشاركون اللغة الألمانية', {
		fields: { title: ['Café ohne Grenzen', 'مقهى بلا حدود'], summary: ['Treffpunkt'], body: ['يتعلّم المشاركون اللغة الألمانية'] }
	})
].map(indexDocument);

describe('search', () => {
	it('normalizes case, umlauts, ß and Arabic vowel marks', () => {
		expect(normalize('Börde STRAẞE')).toBe('borde strasse');
		expect(normalize('يتعلّم')).toBe(normalize('يتعلم'));
		expect(queryTerms('  Deutsch,  KURS!! a ')).toEqual(['deutsch', 'kurs']);
		expect(queryTerms('')).toEqual([]);
	});

	it('ranks title matches above summary matches, whole words above prefixes', () => {
		const hits = search(index, 'integrationskurs');
		expect(hits.map((h) => h.document.title)).toEqual([
			'Integrationskurs in Haldensleben', // title
			'Neuer Deutschkurs am Abend', // summary, whole word
			'Kreisvolkshochschule Börde' // summary, prefix of "Integrationskurse"
		]);
	});

	it('finds words in the description', () => {
		expect(search(index, 'Kinderbetreuung').map((h) => h.document.title)).toEqual(['Integrationskurs in Haldensleben']);
		expect(search(index, 'wohnberechtigungsschein').map((h) => h.document.title)).toEqual(['Wohnungssuche Sprechstunde']);
	});

	it('requires every word', () => {
		expect(search(index, 'integrationskurs haldensleben').map((h) => h.document.title)).toEqual(['Integrationskurs in Haldensleben']);
		expect(search(index, 'integrationskurs mars')).toEqual([]);
	});

	it('matches prefixes and works without umlauts', () => {
		expect(search(index, 'wohn').map((h) => h.document.title)).toContain('Wohnungssuche Sprechstunde');
		expect(search(index, 'borde').map((h) => h.document.title)).toEqual(['Kreisvolkshochschule Börde']);
	});

	it('matches the translated text as well as the German one', () => {
		expect(search(index, 'مقهى').map((h) => h.document.title)).toEqual(['Café ohne Grenzen']);
		expect(search(index, 'يتعلم').map((h) => h.document.title)).toEqual(['Café ohne Grenzen']);
		expect(search(index, 'cafe').map((h) => h.document.title)).toEqual(['Café ohne Grenzen']);
	});

	it('returns nothing for an empty query', () => {
		expect(search(index, '   ')).toEqual([]);
	});
});
