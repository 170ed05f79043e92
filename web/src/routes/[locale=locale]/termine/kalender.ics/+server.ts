import { m } from '#lib/paraglide/messages.js';
import { calendarFile, toCalendarEvent } from '#lib/calendar.ts';
import { eventFilters, parseEventFilterParams } from '#lib/event-filters.ts';
import { feedEvents, filterFeed } from '#lib/server/events.ts';
import { getTaxonomies } from '#lib/server/taxonomies.ts';
import type { RequestHandler } from './$types';

/**
 * The public events, upcoming and of the last 30 days, as one iCalendar feed (titles in the locale of
 * the URL), for subscribing; `?art=` and `?gemeinde=` filter it like the events page.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	const { municipalities } = await getTaxonomies(locals.locale);
	const filters = eventFilters(parseEventFilterParams(url.searchParams, municipalities), municipalities);
	const events = filterFeed(await feedEvents(locals.locale), filters);
	const attributes = events.flatMap((event) => {
		const converted = toCalendarEvent(event, {
			url: `${locals.origin}/${locals.locale}/termine/${event.slug}`,
			onlineLabel: m.event_online(),
			organiserLabel: m.event_organiser()
		});
		return converted ? [converted] : [];
	});
	return new Response(calendarFile(attributes, m.calendar_name()), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'inline; filename="termine-netzwerk-integration-boerde.ics"',
			'cache-control': 'public, max-age=300'
		}
	});
};
