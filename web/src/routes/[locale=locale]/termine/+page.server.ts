import { parsePage } from '#lib/facets.ts';
import { addMonths, currentMonth, monthGrid, monthKey, monthRange, parseMonth } from '#lib/event-month.ts';
import { eventFilters, parseEventFilterParams } from '#lib/event-filters.ts';
import { eventsBetween, listEvents, type EventPeriod } from '#lib/server/events.ts';
import { getTaxonomies, municipalityGroups } from '#lib/server/taxonomies.ts';
import type { PageServerLoad } from './$types';

/**
 * Three views of the public events, each filtered by kind (`art`) and municipality (`gemeinde`):
 * upcoming (default), past (`?zeitraum=vergangen`) and the month view (`?monat=YYYY-MM`, a calendar
 * grid rendered here, a list on phones).
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const taxonomies = await getTaxonomies(locals.locale);
	const params = parseEventFilterParams(url.searchParams, taxonomies.municipalities);
	const filters = eventFilters(params, taxonomies.municipalities);
	const municipalities = municipalityGroups(taxonomies.municipalities);
	const common = { params, municipalities, origin: locals.origin, thisMonth: monthKey(currentMonth()) };
	const requestedMonth = url.searchParams.has('monat') ? (parseMonth(url.searchParams.get('monat')) ?? currentMonth()) : null;
	if (requestedMonth) {
		const events = await eventsBetween(locals.locale, monthRange(requestedMonth), filters);
		return {
			view: 'month' as const,
			...common,
			month: { key: monthKey(requestedMonth), year: requestedMonth.year, month: requestedMonth.month },
			previous: monthKey(addMonths(requestedMonth, -1)),
			next: monthKey(addMonths(requestedMonth, 1)),
			weeks: monthGrid(requestedMonth, events),
			period: 'upcoming' as EventPeriod,
			result: null
		};
	}
	// ?zeitraum=vergangen: past events; anything else: upcoming
	const period: EventPeriod = url.searchParams.get('zeitraum') === 'vergangen' ? 'past' : 'upcoming';
	const page = parsePage(url.searchParams);
	const result = await listEvents(locals.locale, period, page, undefined, filters);
	return { view: 'list' as const, ...common, month: null, previous: null, next: null, weeks: null, period, result };
};
