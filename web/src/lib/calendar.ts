/**
 * iCalendar files of public events (one event, or the feed of all), written by `ical-generator`,
 * which escapes TEXT values (\ ; , line breaks), encodes parameter values (RFC 6868) and folds lines
 * at 75 octets. Names and texts come from members, so before that every value is reduced to plain
 * text: no control characters, and no line breaks at all in one-line properties (a line break in a
 * name once added a `URL:` property to the file). Times are exact instants (UTC in the file);
 * calendars show them in the reader's time zone.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
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
	/** The organiser's public contact address: ORGANIZER needs one (RFC 5545 cal-address). */
	organiserEmail: string | null;
	updatedAt: string | null;
}

/** One VEVENT, every text already plain. */
export interface CalendarEntry {
	uid: string;
	start: Date;
	end: Date;
	summary: string;
	description: string;
	location: string | null;
	url: string;
	organizer: { name: string; email: string } | null;
	lastModified: Date | null;
}

// ical-generator writes it after a leading '-'
export const CALENDAR_PRODUCT_ID = '//Netzwerk Integration Boerde//Site//DE';

const HOUR = 60 * 60 * 1000;
// C0 controls except line feed, DEL and C1 controls (also what a lone CR becomes below)
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** Multi-line text: line feeds only, every other control character becomes a space. */
export function plainText(value: string): string {
	return value.replace(/\r\n?/g, '\n').replace(CONTROLS, ' ');
}

/** One-line text (names, titles, places): every line break and control character becomes a space. */
export function plainLine(value: string): string {
	return plainText(value).replace(/\n/g, ' ').replace(/ {2,}/g, ' ').trim();
}

// An address that can stand in a mailto: URI without escaping; anything else is left out.
const SIMPLE_EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

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
	options: { url: string; onlineLabel: string; organiserLabel: string }
): CalendarEntry | null {
	const start = Date.parse(event.startsAt);
	if (Number.isNaN(start)) return null;
	const end = event.endsAt ? Date.parse(event.endsAt) : Number.NaN;
	const modified = event.updatedAt ? Date.parse(event.updatedAt) : Number.NaN;
	const organiserName = event.organiserName ? plainLine(event.organiserName) : '';
	const organiserEmail = event.organiserEmail && SIMPLE_EMAIL.test(event.organiserEmail) ? event.organiserEmail : null;
	// Without an address there is no valid ORGANIZER; the name is then given in the text.
	const organiserLine = organiserName && !organiserEmail ? `${options.organiserLabel}: ${organiserName}` : '';
	const text = [event.summary, blocksToText(event.description), organiserLine].filter(Boolean).join('\n\n');
	const location = eventLocation(event, options.onlineLabel);
	return {
		uid: `${event.documentId}@netzwerk-integration-boerde`,
		start: new Date(start),
		end: new Date(!Number.isNaN(end) && end > start ? end : start + HOUR),
		summary: plainLine(event.title),
		description: plainText(`${text}${text ? '\n\n' : ''}${options.url}`),
		location: location ? plainLine(location) : null,
		url: options.url,
		// RFC 5545 gives a backslash no meaning in a parameter value, but readers (ical.js) take "\n" there as
		// a line break: the organiser's name goes into CN without backslashes
		organizer: organiserName && organiserEmail ? { name: organiserName.replace(/\\/g, ''), email: organiserEmail } : null,
		lastModified: Number.isNaN(modified) ? null : new Date(modified)
	};
}

/** A VCALENDAR (method PUBLISH) with the given events. */
export function calendarFile(events: CalendarEntry[], calName: string): string {
	const calendar = ical({ prodId: CALENDAR_PRODUCT_ID, name: plainLine(calName), method: ICalCalendarMethod.PUBLISH, ttl: 60 * 60 });
	for (const event of events) {
		calendar.createEvent({
			id: event.uid,
			start: event.start,
			end: event.end,
			summary: event.summary,
			description: event.description,
			location: event.location,
			url: event.url,
			status: ICalEventStatus.CONFIRMED,
			organizer: event.organizer,
			lastModified: event.lastModified
		});
	}
	// every content line ends with CRLF (RFC 5545 3.1), the last one too
	return `${calendar.toString().replace(/\r\n$/, '')}\r\n`;
}
