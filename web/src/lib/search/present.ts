/**
 * A search hit as the results page shows it: title and summary in the visitor's locale (German
 * where there is no translation, flagged), the place, and the matched words marked; when a word
 * matched only in the description, a snippet of it around the first matched word.
 */
import type { Locale } from '../i18n.ts';
import type { SearchHit, SearchType } from './engine.ts';
import { markMatches, snippet, type Segment } from './highlight.ts';
import { spans } from './text.ts';

export interface PresentedHit {
	type: SearchType;
	/** path without leading slash, e.g. "de/angebote/integrationskurs-haldensleben" */
	path: string;
	title: Segment[];
	/** the title is the German one (no translation) */
	fallback: boolean;
	summary: Segment[] | null;
	summaryFallback: boolean;
	date: string | null;
	place: Segment[] | null;
	/** the place names are German only (no form in the locale's script) */
	placeGerman: boolean;
	/** where a matched word is in the description; `german`: German text on a page in another language */
	excerpt: { segments: Segment[]; german: boolean } | null;
	score: number;
}

export function presentHit(hit: SearchHit, locale: Locale, places: string[]): PresentedHit {
	const { entry, terms } = hit;
	const own = entry.text[locale];
	const title = own?.title || entry.text.de.title;
	const summary = own?.summary || entry.text.de.summary;
	const shown = [title, summary, ...places];
	const titleSegments = markMatches(title, terms);
	const summarySegments = summary ? markMatches(summary, terms) : null;
	const placeSegments = places.length > 0 ? markMatches(places.join(', '), terms) : null;
	// the matched terms not visible in title, summary or place: show where in the text they are
	const visible = new Set(shown.flatMap((text) => spans(text).flatMap((span) => span.terms ?? [])));
	const hidden = new Set([...terms].filter((term) => !visible.has(term)));
	let excerpt: PresentedHit['excerpt'] = null;
	if (hidden.size > 0) {
		const bodies: Array<[string | undefined, boolean]> = locale === 'de' ? [[entry.text.de.body, false]] : [[own?.body, false], [entry.text.de.body, true]];
		for (const [body, german] of bodies) {
			const segments = body ? snippet(body, hidden) : null;
			if (segments) {
				excerpt = { segments, german };
				break;
			}
		}
	}
	return {
		type: entry.type,
		path: `${locale}/${entry.path}`,
		title: titleSegments,
		fallback: locale !== 'de' && !own?.title,
		summary: summarySegments,
		summaryFallback: locale !== 'de' && !own?.summary,
		date: entry.date ?? null,
		place: placeSegments,
		placeGerman: places.every((place) => /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u.test(place)),
		excerpt,
		score: hit.score
	};
}
