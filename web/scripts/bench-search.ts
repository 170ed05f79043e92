#!/usr/bin/env node
// `pnpm --filter web bench:search [offerings] [actors]`: builds the site's search index
// (src/lib/search/engine.ts) in this process from synthetic data — by default 10,000 offerings
// and 2,000 actors, a third of them translated into each of the eight other locales — and prints
// the build time, the index's memory (heap growth after garbage collection) and the time of
// realistic queries (p50, p99). Runs with Node's type stripping; needs --expose-gc (the package
// script passes it). Prints figures only: nothing here passes or fails.
import os from 'node:os';
import { SearchIndex, type SearchEntry, type Taxonomy } from '../src/lib/search/engine.ts';
import { LOCALE_CODES, type Locale } from '../src/lib/i18n.ts';

const OFFERINGS = Number(process.argv[2] ?? 10_000);
const ACTORS = Number(process.argv[3] ?? 2_000);
const ROUNDS = 30;

// deterministic pseudo-random numbers (mulberry32), so that runs compare
let seed = 0x5eed;
function random(): number {
	seed |= 0;
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

const PLACES = [
	['haldensleben', 'Haldensleben'], ['barleben', 'Barleben'], ['hohe-boerde', 'Hohe Börde'], ['niedere-boerde', 'Niedere Börde'],
	['oebisfelde-weferlingen', 'Oebisfelde-Weferlingen'], ['oschersleben-bode', 'Oschersleben (Bode)'], ['suelzetal', 'Sülzetal'],
	['wanzleben-boerde', 'Wanzleben-Börde'], ['wolmirstedt', 'Wolmirstedt'], ['angern', 'Angern'], ['burgstall', 'Burgstall'],
	['colbitz', 'Colbitz'], ['roegatz', 'Rogätz'], ['zielitz', 'Zielitz'], ['calvoerde', 'Calvörde'], ['erxleben', 'Erxleben'],
	['flechtingen', 'Flechtingen'], ['eilsleben', 'Eilsleben'], ['harbke', 'Harbke'], ['hoetensleben', 'Hötensleben'],
	['ausleben', 'Ausleben'], ['groeningen', 'Gröningen'], ['kroppenstedt', 'Kroppenstedt'], ['voelpke', 'Völpke']
] as const;
const KINDS = [
	'Deutschkurs', 'Integrationskurs', 'Sprachcafé', 'Sozialberatung', 'Schuldner- und Sozialberatung', 'Migrationsberatung',
	'Hausaufgabenhilfe', 'Kleiderkammer', 'Frauentreff', 'Elterncafé', 'Bewerbungstraining', 'Fahrradwerkstatt', 'Nähkurs',
	'Berufssprachkurs', 'Rechtsberatung', 'Jugendclub', 'Erste-Hilfe-Kurs', 'Begegnungscafé', 'Wohnungssuche', 'Kinderbetreuung'
];
const TOPICS = ['Sprache & Bildung', 'Beratung', 'Arbeit & Ausbildung', 'Familie & Kinder', 'Freizeit & Begegnung', 'Gesundheit', 'Wohnen'];
const COMMON = (
	'wir bieten für alle menschen mit ohne anmeldung kostenlos jeden montag dienstag mittwoch donnerstag freitag vormittag nachmittag ' +
	'abend hilfe unterstützung beratung kurse gruppe treffen gespräche fragen anträge behörden jobcenter ausländerbehörde familie kinder ' +
	'jugendliche frauen männer senioren neu zugewandert sprache deutsch arabisch russisch ukrainisch persisch dolmetscher termin räume ' +
	'ehrenamtliche hauptamtliche team stadt gemeinde landkreis börde verein kirche schule bibliothek sportplatz garten küche kochen'
).split(' ');
const LATIN = 'abcdefghijklmnopqrstuvwxyzäöü';
const SCRIPTS: Partial<Record<Locale, string>> = {
	ru: 'абвгдежзийклмнопрстуфхцчшщыэюя',
	uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
	ar: 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
	fa: 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'
};
// a realistic vocabulary: the common words and ~8,000 rarer ones per alphabet
const rare = (alphabet: string) => Array.from({ length: 8000 }, () => Array.from({ length: 4 + Math.floor(random() * 9) }, () => pick([...alphabet])).join(''));
const VOCABULARY: Record<string, string[]> = { latin: rare(LATIN) };
for (const [locale, alphabet] of Object.entries(SCRIPTS)) VOCABULARY[locale] = rare(alphabet as string);

const FUNCTION_WORDS = 'und der die das mit für in im am zu von bei auf an ein eine wir sie es ist sind oder auch nach aus den dem des'.split(' ');

/** German-like text: about 40 % function words, 20 % common content words, 40 % rarer words. */
function sentence(locale: Locale, words: number): string {
	const out: string[] = [];
	const own = VOCABULARY[locale] ?? VOCABULARY.latin;
	for (let i = 0; i < words; i++) {
		const r = random();
		out.push(SCRIPTS[locale] ? pick(own) : r < 0.4 ? pick(FUNCTION_WORDS) : r < 0.6 ? pick(COMMON) : pick(own));
	}
	return `${out.join(' ')}.`;
}

function text(locale: Locale, title: string) {
	return { title, summary: sentence(locale, 18), body: `${sentence(locale, 60)} ${sentence(locale, 60)}` };
}

const taxonomy: Taxonomy = {
	municipalities: new Map(PLACES.map(([slug, name]) => [`m-${slug}`, { slug, name, parentId: null }])),
	topics: new Map(TOPICS.map((name, i) => [`t-${i}`, { de: name, en: `Topic ${i}`, ru: `Тема ${i}`, ar: `موضوع ${i}` }]))
};

function translated(de: ReturnType<typeof text>): SearchEntry['text'] {
	const out: SearchEntry['text'] = { de };
	for (const locale of LOCALE_CODES.slice(1)) if (random() < 1 / 3) out[locale] = text(locale, sentence(locale, 5).slice(0, -1));
	return out;
}

const entries: SearchEntry[] = [];
for (let i = 0; i < ACTORS; i++) {
	const [slug, name] = pick(PLACES);
	entries.push({
		id: `actor:a${i}`,
		type: 'actor',
		path: `akteure/a${i}`,
		text: translated(text('de', `${pick(['Verein', 'Initiative', 'Beratungsstelle', 'Kirchengemeinde', 'Bündnis'])} ${pick(VOCABULARY.latin)} ${name}`)),
		municipalityIds: [`m-${slug}`]
	});
}
for (let i = 0; i < OFFERINGS; i++) {
	const [slug, name] = pick(PLACES);
	entries.push({
		id: `offering:o${i}`,
		type: 'offering',
		path: `angebote/o${i}`,
		validUntil: random() < 0.2 ? '2027-12-31' : null,
		text: translated(text('de', `${pick(KINDS)} ${pick(['für Frauen', 'am Abend', 'für Kinder', 'in', 'im Stadtteil'])} ${name}`)),
		actorId: `a${Math.floor(random() * ACTORS)}`,
		topicId: `t-${Math.floor(random() * TOPICS.length)}`,
		municipalityIds: random() < 0.2 ? [`m-${slug}`, `m-${pick(PLACES)[0]}`] : [`m-${slug}`]
	});
}

const QUERIES: Array<[Locale, string]> = [
	['de', 'Deutschkurs'],
	['de', 'deutschkurse haldensleben'],
	['de', 'Schuldnerberatung'],
	['de', 'Beratung Wolmirstedt'],
	['de', 'Integratoinskurs'],
	['de', 'sprachcafe'],
	['de', 'Kleiderkammer Oschersleben'],
	['de', 'kinder'],
	['de', 'Hausaufgaben Hilfe'],
	['de', 'Frauen Abend Barleben'],
	['de', 'Bewerbung'],
	['de', 'xqzvwkjh'],
	['ru', 'Ванцлебен'],
	['ru', 'Deutschkurs Хальденслебен'],
	['ar', 'فانتسليبن'],
	['uk', 'Гальденслебен'],
	['en', 'Integration course'],
	['fa', 'مشاوره']
];

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (pnpm --filter web bench:search)');
const heap = () => {
	gc();
	gc();
	return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const before = heap();
const started = performance.now();
const startedCpu = process.cpuUsage();
const index = new SearchIndex(taxonomy);
await index.putAll(entries);
const buildMs = performance.now() - started;
const buildCpu = process.cpuUsage(startedCpu);
const after = heap();

const perQuery: Array<{ locale: Locale; query: string; total: number; p50: number; p99: number; cpu: number }> = [];
const all: number[] = [];
const allCpu: number[] = [];
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
for (const [locale, query] of QUERIES) index.search(query, locale, { today: '2026-06-01' }); // warm-up
for (const [locale, query] of QUERIES) {
	const times: number[] = [];
	const cpu: number[] = [];
	let total = 0;
	for (let round = 0; round < ROUNDS; round++) {
		const t = performance.now();
		const c = process.cpuUsage();
		total = index.search(query, locale, { today: '2026-06-01' }).total;
		const used = process.cpuUsage(c);
		cpu.push((used.user + used.system) / 1000);
		times.push(performance.now() - t);
	}
	all.push(...times);
	allCpu.push(...cpu);
	times.sort((a, b) => a - b);
	cpu.sort((a, b) => a - b);
	perQuery.push({ locale, query, total, p50: quantile(times, 0.5), p99: quantile(times, 0.99), cpu: quantile(cpu, 0.5) });
}
all.sort((a, b) => a - b);
allCpu.sort((a, b) => a - b);

const translations = entries.reduce((n, entry) => n + Object.keys(entry.text).length - 1, 0);
console.log(`search index: ${OFFERINGS.toLocaleString('en')} offerings + ${ACTORS.toLocaleString('en')} actors, ${translations.toLocaleString('en')} translations in ${LOCALE_CODES.length - 1} locales`);
console.log(`load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores (wall-clock times include waiting for a core; CPU times do not)`);
console.log(`build ${(buildMs / 1000).toFixed(2)} s (CPU ${((buildCpu.user + buildCpu.system) / 1e6).toFixed(2)} s); heap ${mb(before)} → ${mb(after)}: index ${mb(after - before)}`);
console.log('');
console.log('| locale | query | hits | p50 ms | p99 ms | CPU p50 ms |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const row of perQuery) console.log(`| ${row.locale} | ${row.query} | ${row.total} | ${row.p50.toFixed(2)} | ${row.p99.toFixed(2)} | ${row.cpu.toFixed(2)} |`);
console.log(`| all | ${QUERIES.length} queries × ${ROUNDS} | | ${quantile(all, 0.5).toFixed(2)} | ${quantile(all, 0.99).toFixed(2)} | ${quantile(allCpu, 0.5).toFixed(2)} |`);
