import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarFile, eventLocation, plainLine, plainText, toCalendarEvent, type CalendarEventInput } from './calendar.ts';

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
	organiserEmail: 'koordination@example.org',
	updatedAt: '2026-11-20T10:00:00.000Z'
};

const URL_OF_EVENT = 'https://site.example/de/termine/netzwerkvollversammlung';
const options = { url: URL_OF_EVENT, onlineLabel: 'Online', organiserLabel: 'Veranstalter' };

function fileOf(input: CalendarEventInput): string {
	const attributes = toCalendarEvent(input, options);
	expect(attributes).not.toBeNull();
	return calendarFile([attributes!], 'Termine');
}

/** Parses with ical.js (a strict RFC 5545 parser) and checks the line structure the parser forgives. */
function parse(file: string) {
	expect(file.endsWith('\r\n')).toBe(true);
	const lines = file.slice(0, -2).split('\r\n');
	for (const line of lines) {
		expect(line, 'no bare CR or LF inside a line').not.toMatch(/[\r\n]/);
		expect(new TextEncoder().encode(line).length, `line of at most 75 octets: ${line}`).toBeLessThanOrEqual(75);
		// eslint-disable-next-line no-control-regex
		expect(line.replace(/^[ \t]/, ''), 'no control characters').not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
	}
	// a folded line continues with one space or tab: folding never splits a UTF-8 character
	expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(file))).not.toThrow();
	const calendar = new ICAL.Component(ICAL.parse(file));
	const events = calendar.getAllSubcomponents('vevent');
	expect(events).toHaveLength(1);
	return { calendar, event: events[0], lines };
}

const propertyNames = (component: ICAL.Component) => component.getAllProperties().map((property) => property.name).sort();

describe('calendar files', () => {
	it('describes the place in one line', () => {
		expect(eventLocation(event, 'Online')).toBe('Kreishaus, Kreishausplatz 1, 39340 Haldensleben');
		expect(eventLocation({ venueName: null, venueAddress: null, online: true }, 'Online')).toBe('Online');
		expect(eventLocation({ venueName: 'Saal', venueAddress: null, online: true }, 'Online')).toBe('Saal / Online');
		expect(eventLocation({ venueName: null, venueAddress: null, online: false }, 'Online')).toBeUndefined();
	});

	it('writes a VEVENT with exact UTC times, place, link, organiser and text', () => {
		const file = fileOf(event);
		expect(file).toContain('X-WR-CALNAME:Termine');
		expect(file).toContain('UID:abc123@netzwerk-integration-boerde');
		expect(file).toContain('DTSTART:20261216T170000Z');
		expect(file).toContain('DTEND:20261216T190000Z');
		expect(file).toContain('SUMMARY:Netzwerkvollversammlung');
		const unfolded = file.replace(/\r\n[ \t]/g, '');
		expect(unfolded).toContain('LOCATION:Kreishaus\\, Kreishausplatz 1\\, 39340 Haldensleben');
		expect(unfolded).toContain('Alle Mitglieder sind eingeladen.');
		const { calendar, event: parsed } = parse(file);
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		const organizer = parsed.getFirstProperty('organizer')!;
		expect(organizer.getParameter('cn')).toBe('Koordinierungsstelle');
		expect(organizer.getFirstValue()).toBe('mailto:koordination@example.org');
		expect(parsed.getFirstPropertyValue('url')).toBe(URL_OF_EVENT);
	});

	it('names an organiser without a public address in the text, not in an ORGANIZER without a value', () => {
		for (const organiserEmail of [null, 'keine adresse', 'a@b.org\r\nURL:https://evil.example/']) {
			const file = fileOf({ ...event, organiserEmail });
			const { event: parsed } = parse(file);
			expect(parsed.getFirstProperty('organizer')).toBeNull();
			expect(String(parsed.getFirstPropertyValue('description'))).toContain('Veranstalter: Koordinierungsstelle');
			expect(parsed.getAllProperties('url')).toHaveLength(1);
		}
	});

	it('gives events without an end one hour and skips broken dates', () => {
		const open = toCalendarEvent({ ...event, endsAt: null }, options);
		expect(open!.end.getTime() - open!.start.getTime()).toBe(60 * 60 * 1000);
		expect(toCalendarEvent({ ...event, startsAt: 'soon' }, options)).toBeNull();
	});

	it('writes an empty feed', () => {
		const file = calendarFile([], 'Termine');
		expect(new ICAL.Component(ICAL.parse(file)).getAllSubcomponents('vevent')).toHaveLength(0);
	});
});

describe('hostile names and texts stay text', () => {
	const longArabic = 'مركز الاستشارة للمهاجرين في منطقة بوردة '.repeat(6);
	const longGerman = 'Ä'.repeat(37) + 'ö€𝄞'.repeat(20);
	const hostile = [
		'Verein\nURL:https://evil.example/',
		'Verein\r\nURL:https://evil.example/',
		'Verein\rURL:https://evil.example/',
		'Verein\r\n\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil',
		'Verein "Zukunft"; e. V.: Börde, Haldensleben',
		'Verein";X-EVIL=1:mailto:evil@example.org',
		'Verein\\nURL:https://evil.example/',
		'Tab\tund\u0000Null\u0007Glocke\u001bEsc\u0085NEL\u2028LS',
		longArabic,
		longGerman
	];

	it.each(hostile)('keeps %j inside its own properties', (name) => {
		const file = fileOf({
			...event,
			title: name,
			organiserName: name,
			venueName: name,
			summary: name,
			venueAddress: { street: name, postalCode: '39340', city: name }
		});
		const { event: parsed } = parse(file);
		// exactly the properties the site writes: nothing added by a name
		expect(propertyNames(parsed)).toEqual(['description', 'dtend', 'dtstamp', 'dtstart', 'last-modified', 'location', 'organizer', 'sequence', 'status', 'summary', 'uid', 'url']);
		expect(parsed.getFirstPropertyValue('uid')).toBe('abc123@netzwerk-integration-boerde');
		expect(parsed.getFirstPropertyValue('url')).toBe(URL_OF_EVENT);
		expect(parsed.getFirstPropertyValue('summary')).toBe(plainLine(name));
		const organizer = parsed.getFirstProperty('organizer')!;
		expect(organizer.getParameter('cn')).toBe(plainLine(name).replace(/\\/g, ''));
		expect(organizer.getFirstValue()).toBe('mailto:koordination@example.org');
		expect(String(parsed.getFirstPropertyValue('location'))).toContain(plainLine(name));
		expect(String(parsed.getFirstPropertyValue('description')).startsWith(plainText(name))).toBe(true);
	});

	it('makes one line of a name and keeps the line feeds of a description', () => {
		expect(plainLine('a\r\nb\rc\nd\te\u0000f')).toBe('a b c d e f');
		const file = fileOf({ ...event, summary: 'Erste Zeile\r\nZweite Zeile\rDritte' });
		expect(String(parse(file).event.getFirstPropertyValue('description'))).toContain('Erste Zeile\nZweite Zeile\nDritte');
	});

	it('folds the calendar name and long texts at 75 octets without splitting characters', () => {
		const file = calendarFile([toCalendarEvent({ ...event, title: longGerman }, options)!], `Termine ${longArabic}`);
		const { calendar, event: parsed, lines } = parse(file);
		expect(lines.some((line) => line.startsWith(' ') || line.startsWith('\t'))).toBe(true);
		expect(parsed.getFirstPropertyValue('summary')).toBe(longGerman);
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(plainLine(`Termine ${longArabic}`));
	});
});
