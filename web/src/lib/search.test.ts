import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from './i18n.ts';
import { SearchIndex, queryWords, type SearchEntry, type Taxonomy } from './search/engine.ts';
import { markMatches, snippet } from './search/highlight.ts';
import { normalize, stem } from './search/text.ts';

const TODAY = '2026-06-01';

const municipalities: Taxonomy['municipalities'] = new Map([
	['m-hal', { slug: 'haldensleben', name: 'Haldensleben', parentId: null }],
	['m-wan', { slug: 'wanzleben-boerde', name: 'Wanzleben-Börde', parentId: null }],
	['m-vg', { slug: 'verbandsgemeinde-flechtingen', name: 'Verbandsgemeinde Flechtingen', parentId: null }],
	['m-cal', { slug: 'calvoerde', name: 'Calvörde', parentId: 'm-vg' }]
]);
const topics: Taxonomy['topics'] = new Map([['t-lang', { de: 'Sprache & Bildung', ru: 'Язык и образование' }]]);

let serial = 0;
const entry = (type: SearchEntry['type'], title: string, summary = '', body = '', extra: Partial<SearchEntry> = {}): SearchEntry => ({
	id: `${type}:${++serial}`,
	type,
	path: `${type}/${serial}`,
	text: { de: { title, summary, body } },
	...extra
});

const entries: SearchEntry[] = [
	entry('offering', 'Integrationskurs in Haldensleben', 'Deutsch bis B1', 'Unterricht mit Kinderbetreuung am Vormittag', { municipalityIds: ['m-hal'], topicId: 't-lang', actorId: 'kvhs' }),
	entry('offering', 'Wohnungssuche Sprechstunde', 'Hilfe bei der Suche nach einer Wohnung', 'Wir helfen beim Wohnberechtigungsschein', { municipalityIds: ['m-hal'] }),
	entry('news', 'Neuer Deutschkurs am Abend', 'Integrationskurs für Berufstätige', ''),
	{ ...entry('actor', 'Kreisvolkshochschule Börde', 'Deutschkurse und Integrationskurse', ''), id: 'actor:kvhs' },
	entry('offering', 'Café ohne Grenzen', 'Treffpunkt', 'يتعلم المشاركون اللغة الألمانية', {
		text: { de: { title: 'Café ohne Grenzen', summary: 'Treffpunkt', body: 'Wir treffen uns jeden Donnerstag.' }, ar: { title: 'مقهى بلا حدود', summary: '', body: 'يتعلّم المشاركون اللغة الألمانية' } },
		municipalityIds: ['m-wan']
	}),
	entry('offering', 'Schuldner- und Sozialberatung', 'Beratung bei Schulden und Anträgen', '', { municipalityIds: ['m-wan'] }),
	entry('offering', 'Sprachcafé für Frauen', 'Gespräche in kleiner Runde', '', { municipalityIds: ['m-cal'], actorId: 'kvhs' }),
	entry('offering', 'Beendetes Angebot', 'Lief bis gestern', '', { validUntil: '2026-05-31' }),
	entry('event', 'Kochabend', 'Gerichte aus vielen Ländern', 'Mit Kindern und Eltern', { municipalityIds: ['m-hal'] })
];

let index: SearchIndex;
beforeAll(async () => {
	index = new SearchIndex({ municipalities, topics });
	await index.putAll(entries);
});

const titles = (query: string, locale: Locale = 'de') => index.search(query, locale, { today: TODAY }).hits.map((hit) => hit.entry.text.de.title);

describe('search: text', () => {
	it('normalizes case, umlauts, ß and Arabic vowel marks', () => {
		expect(normalize('Börde STRAẞE')).toBe('borde strasse');
		expect(normalize('يتعلّم')).toBe(normalize('يتعلم'));
		expect(normalize('كتاب')).toBe(normalize('کتاب')); // Arabic and Persian kaf
		expect(queryWords('  Deutsch,  KURS!! a ')).toEqual(['deutsch', 'kurs']);
		expect(queryWords('Deutsch-Kurs')).toEqual(['deutschkurs']);
		expect(queryWords('')).toEqual([]);
	});

	it('stems German plurals to one form', () => {
		expect(new Set(['Kurs', 'Kurse', 'Kursen'].map((w) => stem(normalize(w))))).toEqual(new Set(['kurs']));
		expect(stem('beratungen')).toBe(stem('beratung'));
		expect(stem('kindern')).toBe(stem('kinder'));
		expect(stem('cafes')).toBe(stem('cafe'));
	});
});

describe('search', () => {
	it('ranks title matches above summary matches, whole words above other forms', () => {
		expect(titles('integrationskurs')).toEqual([
			'Integrationskurs in Haldensleben', // title
			'Neuer Deutschkurs am Abend', // summary, the word as typed
			'Kreisvolkshochschule Börde' // summary, plural "Integrationskurse"
		]);
	});

	it('finds words in the description', () => {
		expect(titles('Kinderbetreuung')).toEqual(['Integrationskurs in Haldensleben']);
		expect(titles('wohnberechtigungsschein')).toEqual(['Wohnungssuche Sprechstunde']);
	});

	it('requires every word (AND)', () => {
		expect(titles('integrationskurs haldensleben')).toEqual(['Integrationskurs in Haldensleben']);
		expect(titles('integrationskurs mars')).toEqual([]);
		expect(titles('Schuldnerberatung Haldensleben')).toEqual([]);
	});

	it('matches prefixes and works without umlauts', () => {
		expect(titles('wohn')).toContain('Wohnungssuche Sprechstunde');
		// the title first; then entries in Wanzleben-Börde (place) and the actor's offerings (actor's name)
		expect(titles('borde')[0]).toBe('Kreisvolkshochschule Börde');
		expect(titles('calvorde')).toEqual(['Sprachcafé für Frauen']);
	});

	it('matches German plurals and singulars', () => {
		expect(titles('Deutschkurse')).toEqual(expect.arrayContaining(['Neuer Deutschkurs am Abend', 'Kreisvolkshochschule Börde']));
		expect(titles('Wohnungen')).toContain('Wohnungssuche Sprechstunde');
		expect(titles('Kind')).toEqual(expect.arrayContaining(['Kochabend']));
		expect(titles('Land')).toEqual(['Kochabend']); // "Ländern"
	});

	it('tolerates one typo in words of five letters or more: an edit or a swapped pair of letters', () => {
		expect(titles('Kinderbetreung')).toEqual(['Integrationskurs in Haldensleben']);
		expect(titles('Sprechstunbe')).toEqual(['Wohnungssuche Sprechstunde']);
		expect(titles('Integratoinskurs')).toContain('Integrationskurs in Haldensleben');
		expect(titles('Grenxen')).toEqual(['Café ohne Grenzen']);
		expect(titles('Grnezen')).toEqual(['Café ohne Grenzen']);
		expect(titles('Kinderbetreuugn')).toEqual(['Integrationskurs in Haldensleben']);
		// not in short words: "Cafu" is not "Café"
		expect(titles('Cafu')).toEqual([]);
	});

	it('splits German compounds and finds compounds by their last part', () => {
		expect(titles('Schuldnerberatung')).toEqual(['Schuldner- und Sozialberatung']);
		expect(titles('Sozialberatung')).toEqual(['Schuldner- und Sozialberatung']);
		expect(titles('Beratung')).toContain('Schuldner- und Sozialberatung');
		expect(titles('Schuldnerberatung Wanzleben')).toEqual(['Schuldner- und Sozialberatung']);
	});

	it('reads elided compounds as the compounds they stand for, and joins hyphenated words', async () => {
		const local = new SearchIndex({ municipalities, topics });
		await local.putAll([
			entry('offering', 'Sprach- und Integrationskurse', 'Kinder- und Jugendarbeit, Bildungs- und Teilhabepaket'),
			entry('offering', 'Erste-Hilfe-Kurs', ''),
			entry('offering', 'Beratung rund um die Wohnung', '')
		]);
		const found = (query: string) => local.search(query, 'de', { today: TODAY }).hits.map((hit) => hit.entry.text.de.title);
		expect(found('Sprachkurse')).toEqual(['Sprach- und Integrationskurse']);
		expect(found('Kinderarbeit')).toEqual(['Sprach- und Integrationskurse']);
		expect(found('Bildungspaket')).toEqual(['Sprach- und Integrationskurse']);
		expect(found('Erstehilfekurs')).toEqual(['Erste-Hilfe-Kurs']);
		expect(found('Erste-Hilfe-Kurse')).toEqual(['Erste-Hilfe-Kurs']);
		// a compound that is nowhere in the index: its two parts, both required
		expect(found('Wohnungsberatung')).toEqual(['Beratung rund um die Wohnung']);
		expect(found('Wohnungskurs')).toEqual([]);
		// marked: the first part and the word it shares its ending with
		const [hit] = local.search('Sprachkurs', 'de', { today: TODAY }).hits;
		expect(markMatches(hit.entry.text.de.title, hit.terms).filter((s) => s.mark).map((s) => s.text)).toEqual(['Sprach', 'Integrationskurse']);
	});

	it('lets the words match across title, summary, description, actor, topic and place', () => {
		expect(titles('Sprachcafé Kreisvolkshochschule')).toEqual(['Sprachcafé für Frauen']); // title + actor
		expect(titles('Integrationskurs Bildung')).toEqual(['Integrationskurs in Haldensleben']); // title + topic
		expect(titles('Kinderbetreuung Haldensleben Deutsch')).toEqual(['Integrationskurs in Haldensleben']); // body + place + summary
		expect(titles('Sprachcafé Flechtingen')).toEqual(['Sprachcafé für Frauen']); // place of the Verbandsgemeinde
	});

	it('knows the place names in other scripts', () => {
		expect(titles('Ванцлебен', 'ru')).toEqual(expect.arrayContaining(['Café ohne Grenzen', 'Schuldner- und Sozialberatung']));
		expect(titles('Ванцлебен', 'ru')).toHaveLength(2);
		expect(titles('فانتسليبن', 'ar')).toHaveLength(2);
		expect(titles('Кальферде', 'uk')).toEqual(['Sprachcafé für Frauen']);
		expect(titles('Хальденслебен Кочабенд', 'ru')).toEqual([]);
	});

	it('searches the translated text in its locale, and the German text in every locale', () => {
		expect(titles('مقهى', 'ar')).toEqual(['Café ohne Grenzen']);
		expect(titles('يتعلم', 'ar')).toEqual(['Café ohne Grenzen']);
		expect(titles('cafe', 'ar')).toEqual(expect.arrayContaining(['Café ohne Grenzen']));
		expect(titles('مقهى', 'de')).toEqual([]);
		expect(titles('Язык', 'ru')).toEqual(['Integrationskurs in Haldensleben']); // topic name in Russian
	});

	it('leaves out offerings that have ended', () => {
		expect(titles('Beendetes')).toEqual([]);
		expect(index.search('Beendetes', 'de', { today: '2026-05-31' }).total).toBe(1);
	});

	it('suggests queries that find something when nothing is found', () => {
		const outcome = index.search('Cafu', 'de', { today: TODAY });
		expect(outcome.total).toBe(0);
		expect(outcome.suggestions).toContain('Café');
		expect(index.search('Integrationskurs Mars', 'de', { today: TODAY }).suggestions).toEqual(['Integrationskurs']);
		expect(index.search('xqzvwkjh qqqzzz', 'de', { today: TODAY }).suggestions).toEqual([]);
	});

	it('is kept current: replaced and removed entries', async () => {
		const local = new SearchIndex({ municipalities, topics });
		await local.putAll([entry('offering', 'Nähkurs', '', '', { id: 'offering:x' })]);
		expect(local.search('Nähkurs', 'de', { today: TODAY }).total).toBe(1);
		local.put({ ...entry('offering', 'Fahrradkurs'), id: 'offering:x' });
		expect(local.search('Nähkurs', 'de', { today: TODAY }).total).toBe(0);
		expect(local.search('Fahrrad', 'de', { today: TODAY }).total).toBe(1);
		local.remove('offering:x');
		expect(local.search('Fahrrad', 'de', { today: TODAY }).total).toBe(0);
		expect(local.size).toBe(0);
	});

	it('returns nothing for an empty query', () => {
		expect(index.search('   ', 'de', { today: TODAY })).toEqual({ hits: [], total: 0, suggestions: [] });
	});
});

describe('search: marking matched words', () => {
	it('marks the words that matched, as plain text segments', () => {
		const [hit] = index.search('Schuldnerberatung', 'de', { today: TODAY }).hits;
		const segments = markMatches(hit.entry.text.de.title, hit.terms);
		expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Schuldner', 'Sozialberatung']);
		expect(segments.map((s) => s.text).join('')).toBe('Schuldner- und Sozialberatung');
	});

	it('cuts a snippet around the first matched word of a description', () => {
		const body = 'Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn Kinderbetreuung vierzehn fünfzehn';
		const segments = snippet(body, new Set(['kinderbetreuung']), 3);
		expect(segments?.map((s) => s.text).join('')).toBe('… elf zwölf dreizehn Kinderbetreuung vierzehn fünfzehn');
		expect(snippet(body, new Set(['mars']))).toBeNull();
	});
});
