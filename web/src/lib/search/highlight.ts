/**
 * Which words of a shown text matched the query, as plain segments: the page renders them with
 * `<mark>` as ordinary Svelte text (escaped, no `{@html}`), so no text from the CMS becomes markup.
 */
import { spans } from './text.ts';

export interface Segment {
	text: string;
	mark: boolean;
}

/** The text in segments, matched words marked (neighbouring unmarked text joined). */
export function markMatches(text: string, terms: ReadonlySet<string>): Segment[] {
	const out: Segment[] = [];
	for (const span of spans(text)) {
		const mark = !!span.terms?.some((term) => terms.has(term));
		const last = out.at(-1);
		if (last && !last.mark && !mark) last.text += span.text;
		else out.push({ text: span.text, mark });
	}
	return out;
}

export const hasMarks = (segments: Segment[]) => segments.some((segment) => segment.mark);

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
