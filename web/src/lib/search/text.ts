/**
 * How text becomes search terms, the same for what is indexed and what a visitor types: folded
 * (case, diacritics, ß, Arabic/Persian letter variants), cut into words (a hyphenated word also as
 * one joined word: "Deutsch-Kurs" → deutsch, kurs, deutschkurs), and each word once as written and
 * once stemmed with a light German stemmer, so that plurals and inflections meet
 * (Kurse, Kursen → kurs; Beratungen → beratung; Kindern → kind).
 */

/**
 * Lower case, no diacritics or Arabic vowel marks (ä → a, é → e, أ → ا, ё → е), ß → ss, the Arabic
 * and Persian forms of yeh and kaf as one letter, no tatweel or zero-width non-joiner: what a
 * visitor types without special characters still matches.
 */
export function normalize(text: string): string {
	return text
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[\u0640\u200c\u200d]/g, '') // tatweel, ZWNJ, ZWJ
		.replace(/[\u064a\u0649]/g, '\u06cc') // Arabic yeh, alef maksura → Persian yeh
		.replace(/\u0643/g, '\u06a9') // Arabic kaf → Persian keheh
		.replace(/\u0629/g, '\u0647') // teh marbuta → heh
		.normalize('NFC');
}

const WORD = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;
const PART = /[\p{L}\p{N}]+/gu;
export const HYPHEN = /^[-‐‑]\s/;
/** words between an elided compound and the word it shares its last part with */
export const CONNECTORS = new Set(['und', 'oder', 'bzw', 'sowie', 'als', 'auch', 'wie']);
const MIN_HEAD = 4;

/**
 * The words of a text, folded; a hyphenated word gives its parts and the joined word. An elided
 * compound ("Schuldner- und Sozialberatung", "Integrations- und Deutschkurse") also gives the
 * compounds it stands for: its first part joined to every ending of at least four letters of the
 * next full word (schuldnerberatung among them). The endings that are no word are never searched
 * for; this way no dictionary is needed.
 */
export function tokenize(text: string): string[] {
	const folded = normalize(text);
	const matches = [...folded.matchAll(WORD)];
	const elided = (i: number) => HYPHEN.test(folded.slice(matches[i].index + matches[i][0].length, matches[i].index + matches[i][0].length + 2));
	const out: string[] = [];
	matches.forEach((match, i) => {
		const parts = match[0].match(PART) ?? [];
		out.push(...parts);
		if (parts.length > 1) out.push(parts.join(''));
		if (!elided(i)) return;
		const stemPart = parts.join('');
		for (let j = i + 1; j < Math.min(i + 6, matches.length); j++) {
			const word = matches[j][0];
			if (CONNECTORS.has(word) || elided(j)) continue;
			const head = word.match(PART)?.at(-1) ?? '';
			for (let k = 2; k <= head.length - MIN_HEAD; k++) out.push(stemPart + head.slice(k));
			break;
		}
	});
	return out;
}

/** Consonants after which a final -s (or -st) is an ending (Lucene's German light stemmer). */
const S_ENDING = new Set(['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 't']);

/**
 * A light German stemmer (J. Savoy's, as in Lucene's GermanLightStemmer) on folded words: removes
 * plural and case endings (-ern, -em, -en, -er, -es, -e, -s, then -est, -er, -en, -st). Words in
 * other scripts stay as they are.
 */
export function stem(word: string): string {
	if (!/^[a-z]+$/.test(word)) return word;
	let s = word;
	const n = () => s.length;
	// step 1
	if (n() > 5 && s.endsWith('ern')) s = s.slice(0, -3);
	else if (n() > 4 && /e[mnrs]$/.test(s)) s = s.slice(0, -2);
	else if (n() > 3 && s.endsWith('e')) s = s.slice(0, -1);
	else if (n() > 3 && s.endsWith('s') && S_ENDING.has(s[n() - 2])) s = s.slice(0, -1);
	// step 2
	if (n() > 5 && s.endsWith('est')) s = s.slice(0, -3);
	else if (n() > 4 && /e[rn]$/.test(s)) s = s.slice(0, -2);
	else if (n() > 4 && s.endsWith('st') && S_ENDING.has(s[n() - 3])) s = s.slice(0, -2);
	return s;
}

/**
 * The index terms of one folded word: its stem and, for words in Latin script (which are stemmed)
 * in titles and summaries, the word as written, marked, so that the form a visitor typed ranks
 * above other forms of the same word ("Integrationskurs" above "Integrationskurse") and a prefix
 * search for a stem does not count the inflected forms of the same word a second time. (Not for
 * descriptions: that would double the largest part of the index for a small gain in ranking.)
 */
export function wordTerms(word: string, asTyped = true): string[] {
	const stemmed = stem(word);
	return asTyped && /^[a-z]+$/.test(word) ? [stemmed, asWritten(word)] : [stemmed];
}

/** The index term of a word as written (only indexed when it differs from its stem). */
export const asWritten = (word: string) => `${MARK}${word}`;

/** three characters, so that a typo-tolerant search (at most two edits) never reaches a marked term */
export const MARK = '===';

export interface Span {
	text: string;
	/** index terms of this span when it is a word */
	terms: string[] | null;
}

/**
 * A text cut into words and what lies between them, for marking matched words: joining the
 * spans' text gives the original text back.
 */
export function spans(text: string): Span[] {
	const out: Span[] = [];
	let last = 0;
	for (const match of text.matchAll(/(?:[\p{L}\p{M}\p{N}\u0640]|\u200c|\u200d)+/gu)) {
		const start = match.index;
		if (start > last) out.push({ text: text.slice(last, start), terms: null });
		const folded = normalize(match[0]);
		out.push({ text: match[0], terms: folded ? wordTerms(folded) : null });
		last = start + match[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last), terms: null });
	return out;
}
