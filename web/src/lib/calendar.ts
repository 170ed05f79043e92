/**
 * iCalendar files of public events (one event, or the feed of all), written by the `ics` library.
 * Times are exact instants (UTC in the file); calendars show them in the reader's time zone.
 */
import { createEvents, type EventAttributes } from 'ics';
import { blocksToText } from './blocks.ts';

export interface CalendarEventInput {
	documentId: string;
	slug: string;
	title: string;
	summary: string | null;
	description: unknown;
	startsAt: string;
	endsAt: string | null;
	online: boolean;
	venueName: string | null;
	venueAddress: { street?: string | null; postalCode?: string | null; city?: string | null } | null;
	organiserName: string | null;
	updatedAt: string | null;
}

export const CALENDAR_PRODUCT_ID = 'netzwerk-integration-boerde/site';

/** Where an event takes place, as one line: venue and address, or "Online". */
export function eventLocation(event: Pick<CalendarEventInput, 'venueName' | 'venueAddress' | 'online'>, onlineLabel: string): string | undefined {
	const address = event.venueAddress
		? [event.venueAddress.street, [event.venueAddress.postalCode, event.venueAddress.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
		: '';
	const place = [event.venueName, address].filter(Boolean).join(', ');
	if (place && event.online) return `${place} / ${onlineLabel}`;
	if (place) return place;
	return event.online ? onlineLabel : undefined;
}

export function toCalendarEvent(
	event: CalendarEventInput,
	options: { url: string; onlineLabel: string }
): EventAttributes | null {
	const start = Date.parse(event.startsAt);
	if (Number.isNaN(start)) return null;
	const end = event.endsAt ? Date.parse(event.endsAt) : Number.NaN;
	const text = [event.summary, blocksToText(event.description)].filter(Boolean).join('\n\n');
	const modified = event.updatedAt ? Date.parse(event.updatedAt) : Number.NaN;
	const base = {
		uid: `${event.documentId}@netzwerk-integration-boerde`,
		title: event.title,
		description: `${text}${text ? '\n\n' : ''}${options.url}`,
		url: options.url,
		location: eventLocation(event, options.onlineLabel),
		start,
		startInputType: 'utc' as const,
		startOutputType: 'utc' as const,
		status: 'CONFIRMED' as const,
		...(event.organiserName ? { organizer: { name: event.organiserName } } : {}),
		...(Number.isNaN(modified) ? {} : { lastModified: modified })
	};
	return !Number.isNaN(end) && end > start
		? { ...base, end, endInputType: 'utc', endOutputType: 'utc' }
		: { ...base, duration: { hours: 1 } };
}

/** A VCALENDAR with the given events; throws if the library refuses them. */
export function calendarFile(events: EventAttributes[], calName: string): string {
	const { error, value } = createEvents(events, { productId: CALENDAR_PRODUCT_ID, calName, method: 'PUBLISH' });
	if (error || value === null) throw error ?? new Error('calendar could not be written');
	return value;
}
