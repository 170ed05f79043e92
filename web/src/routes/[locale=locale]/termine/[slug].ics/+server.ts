import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { calendarFile, toCalendarEvent } from '#lib/calendar.ts';
import { getEvent } from '#lib/server/events.ts';
import type { RequestHandler } from './$types';

/** One public event as an iCalendar file, for "add to my calendar". */
export const GET: RequestHandler = async ({ locals, params }) => {
	const event = await getEvent(params.slug, locals.locale);
	if (!event) error(404, 'Not Found');
	const attributes = toCalendarEvent(
		{ ...event, organiserName: event.organiser?.name ?? event.organiserName, organiserEmail: event.organiser?.email ?? null },
		{ url: `${locals.origin}/${locals.locale}/termine/${event.slug}`, onlineLabel: m.event_online(), organiserLabel: m.event_organiser() }
	);
	if (!attributes) error(404, 'Not Found');
	return new Response(calendarFile([attributes], m.calendar_name()), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${event.slug}.ics"`,
			'cache-control': 'public, max-age=300'
		}
	});
};
