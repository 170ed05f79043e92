import { describe, expect, it } from 'vitest';
import { calendarFile, eventLocation, toCalendarEvent, type CalendarEventInput } from './calendar.ts';

const event: CalendarEventInput = {
	documentId: 'abc123',
	slug: 'netzwerkvollversammlung',
	title: 'Netzwerkvollversammlung',
	summary: 'Die jährliche Versammlung',
	description: [{ type: 'paragraph', children: [{ type: 'text', text: 'Alle Mitglieder sind eingeladen.' }] }],
	startsAt: '2026-12-16T17:00:00.000Z',
	endsAt: '2026-12-16T19:00:00.000Z',
	online: false,
	venueName: 'Kreishaus',
	venueAddress: { street: 'Kreishausplatz 1', postalCode: '39340', city: 'Haldensleben' },
	organiserName: 'Koordinierungsstelle',
	updatedAt: '2026-11-20T10:00:00.000Z'
};

describe('calendar files', () => {
	it('describes the place in one line', () => {
		expect(eventLocation(event, 'Online')).toBe('Kreishaus, Kreishausplatz 1, 39340 Haldensleben');
		expect(eventLocation({ venueName: null, venueAddress: null, online: true }, 'Online')).toBe('Online');
		expect(eventLocation({ venueName: 'Saal', venueAddress: null, online: true }, 'Online')).toBe('Saal / Online');
		expect(eventLocation({ venueName: null, venueAddress: null, online: false }, 'Online')).toBeUndefined();
	});

	it('writes a VEVENT with exact UTC times, place, link and text', () => {
		const attributes = toCalendarEvent(event, { url: 'https://site.example/de/termine/netzwerkvollversammlung', onlineLabel: 'Online' });
		expect(attributes).not.toBeNull();
		const file = calendarFile([attributes!], 'Termine');
		expect(file).toContain('BEGIN:VCALENDAR');
		expect(file).toContain('X-WR-CALNAME:Termine');
		expect(file).toContain('UID:abc123@netzwerk-integration-boerde');
		expect(file).toContain('DTSTART:20261216T170000Z');
		expect(file).toContain('DTEND:20261216T190000Z');
		expect(file).toContain('SUMMARY:Netzwerkvollversammlung');
		expect(file.replace(/\r\n[ \t]/g, '')).toContain('LOCATION:Kreishaus\\, Kreishausplatz 1\\, 39340 Haldensleben');
		expect(file.replace(/\r\n[ \t]/g, '')).toContain('Alle Mitglieder sind eingeladen.');
	});

	it('gives events without an end one hour and skips broken dates', () => {
		const open = toCalendarEvent({ ...event, endsAt: null }, { url: 'https://x', onlineLabel: 'Online' });
		expect(open && 'duration' in open ? open.duration : null).toEqual({ hours: 1 });
		expect(toCalendarEvent({ ...event, startsAt: 'soon' }, { url: 'https://x', onlineLabel: 'Online' })).toBeNull();
	});

	it('writes an empty feed', () => {
		expect(calendarFile([], 'Termine')).toContain('BEGIN:VCALENDAR');
	});
});
