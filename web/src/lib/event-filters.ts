/**
 * The events page's filters in the URL (`?art=plenary&gemeinde=haldensleben`), shared by the page,
 * its month view and the iCal feed, so a subscription keeps the filters of the page it came from.
 */
import type { MunicipalityNode } from './facets.ts';

export const EVENT_KIND_VALUES = ['plenary', 'working_group_meeting', 'intercultural_week', 'public_event'] as const;
export type EventKindValue = (typeof EVENT_KIND_VALUES)[number];

export interface EventFilterParams {
	art?: EventKindValue;
	gemeinde?: string;
}

const SLUG = /^[a-z0-9-]{1,100}$/;

/** Known values only: an unknown kind or municipality is ignored (as if not chosen). */
export function parseEventFilterParams(params: URLSearchParams, municipalities: readonly MunicipalityNode[]): EventFilterParams {
	const result: EventFilterParams = {};
	const kind = params.get('art')?.trim();
	if (kind && (EVENT_KIND_VALUES as readonly string[]).includes(kind)) result.art = kind as EventKindValue;
	const place = params.get('gemeinde')?.trim().toLowerCase();
	if (place && SLUG.test(place) && municipalities.some((m) => m.slug === place)) result.gemeinde = place;
	return result;
}

/** What the CMS query filters by: a Verbandsgemeinde brings its member municipalities. */
export function eventFilters(params: EventFilterParams, municipalities: readonly MunicipalityNode[]) {
	const chosen = params.gemeinde ? municipalities.find((m) => m.slug === params.gemeinde) : undefined;
	return {
		kinds: params.art ? [params.art] : [],
		municipalities: chosen ? [chosen.slug, ...chosen.members] : []
	};
}

/** The filters as a query string (with a leading `?`, or empty), plus extra parameters first. */
export function filterQuery(params: EventFilterParams, extra: Record<string, string> = {}): string {
	const search = new URLSearchParams(extra);
	if (params.art) search.set('art', params.art);
	if (params.gemeinde) search.set('gemeinde', params.gemeinde);
	const text = search.toString();
	return text ? `?${text}` : '';
}

/** The subscription address of a feed: the same URL with the webcal scheme (calendar apps subscribe). */
export function webcalUrl(httpUrl: string): string {
	return httpUrl.replace(/^https?:\/\//, 'webcal://');
}
