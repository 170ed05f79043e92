/**
 * Which words of a shown text matched the query, as plain segments: the page renders them with
 * `<mark>` as ordinary Svelte text (escaped, no `{@html}`), so no text from the CMS becomes markup.
 */
import { CONNECTORS, HYPHEN, normalize, spans, type Span } from './text.ts';

export interface Segment {
	text: string;
	mark: boolean;
}

/** The text in segments, matched words marked (neighbouring unmarked text joined). */
export function markMatches(text: string, terms: ReadonlySet<string>): Segment[] {
	const list = spans(text);
	const marked = list.map((span) => !!span.terms?.some((term) => terms.has(term)));
	markElided(list, terms, marked);
	const out: Segment[] = [];
	list.forEach((span, i) => {
		const last = out.at(-1);
		if (last && !last.mark && !marked[i]) last.text += span.text;
		else out.push({ text: span.text, mark: marked[i] });
	});
	return out;
}

/**
 * An elided compound that matched ("Schuldner- und Sozialberatung" indexed as schuldnerberatung,
 * text.ts): both the first part and the word it shares its ending with are marked.
 */
function markElided(list: Span[], terms: ReadonlySet<string>, marked: boolean[]): void {
	list.forEach((span, i) => {
		if (!span.terms || !HYPHEN.test(list[i + 1]?.text ?? '')) return;
		const first = normalize(span.text);
		const candidates = [...terms].filter((term) => term.startsWith(first) && term.length >= first.length + 3);
		if (candidates.length === 0) return;
		for (let j = i + 2, words = 0; j < list.length && words < 5; j++) {
			if (!list[j].terms) continue;
			words++;
			const word = normalize(list[j].text);
			if (CONNECTORS.has(word) || HYPHEN.test(list[j + 1]?.text ?? '')) continue;
			if (candidates.some((term) => word.includes(term.slice(first.length)))) marked[i] = marked[j] = true;
			return;
		}
	});
}

/**
 * About `radius` words either side of the first matched word of a long text (a description), with
 * "…" where it is cut; null when no word of it matched.
 */
export function snippet(text: string, terms: ReadonlySet<string>, radius = 10): Segment[] | null {
	const all = spans(text.replace(/\s+/g, ' ').trim());
	const words = all.map((span, i) => (span.terms ? i : -1)).filter((i) => i >= 0);
	const hit = words.findIndex((i) => all[i].terms?.some((term) => terms.has(term)));
	if (hit < 0) return null;
	const from = hit - radius <= 0 ? 0 : words[hit - radius];
	const to = hit + radius >= words.length - 1 ? all.length : words[hit + radius] + 1;
	const text2 = all.slice(from, to).map((span) => span.text).join('');
	const segments = markMatches(text2, terms);
	if (from > 0) segments.unshift({ text: '… ', mark: false });
	if (to < all.length) segments.push({ text: ' …', mark: false });
	return segments;
}
