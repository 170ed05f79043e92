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

/** The words of a text, folded; a hyphenated word gives its parts and the joined word. */
export function tokenize(text: string): string[] {
	const out: string[] = [];
	for (const match of normalize(text).matchAll(WORD)) {
		const parts = match[0].match(PART) ?? [];
		out.push(...parts);
		if (parts.length > 1) out.push(parts.join(''));
	}
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
 * The index terms of one folded word: its stem and, for words in Latin script (which are stemmed),
 * the word as written, marked, so that the form a visitor typed ranks above other forms of the
 * same word ("Integrationskurs" above "Integrationskurse") and a prefix search for a stem does not
 * count the inflected forms of the same word a second time.
 */
export function wordTerms(word: string): string[] {
	return /^[a-z]+$/.test(word) ? [stem(word), asWritten(word)] : [word];
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
	for (const match of text.matchAll(/[\p{L}\p{M}\p{N}\u200c\u200d\u0640]+/gu)) {
		const start = match.index;
		if (start > last) out.push({ text: text.slice(last, start), terms: null });
		const folded = normalize(match[0]);
		out.push({ text: match[0], terms: folded ? wordTerms(folded) : null });
		last = start + match[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last), terms: null });
	return out;
}
