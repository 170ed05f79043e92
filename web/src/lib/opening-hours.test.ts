import { describe, expect, it } from 'vitest';
import { berlinClock, formatClock, hasOpeningHours, isTemporarilyClosed, openingDays, openStatus, parseTime, weekdayName } from './opening-hours.ts';

describe('opening hours', () => {
	it('parses the CMS time format', () => {
		expect(parseTime('08:30:00.000')).toBe(510);
		expect(parseTime('8:30')).toBe(510);
		expect(parseTime('24:00')).toBe(1440);
		expect(parseTime('25:00')).toBeNull();
		expect(parseTime('12:60')).toBeNull();
		expect(parseTime('noon')).toBeNull();
	});

	it('groups slots by weekday, Monday first, ranges by time', () => {
		const days = openingDays(
			{
				slots: [
					{ weekday: 'friday', opens: '14:00:00.000', closes: '16:00:00.000' },
					{ weekday: 'monday', opens: '13:00:00.000', closes: '15:30:00.000' },
					{ weekday: 'monday', opens: '09:00:00.000', closes: '12:00:00.000' },
					{ weekday: 'sunday', opens: '10:00:00.000', closes: '11:00:00.000' }
				]
			},
			'de'
		);
		expect(days.map((d) => d.weekday)).toEqual(['monday', 'friday', 'sunday']);
		expect(days[0].label).toBe('Montag');
		expect(days[0].ranges.map((r) => r.text)).toEqual(['09:00–12:00', '13:00–15:30']);
		expect(days[1].ranges.map((r) => r.text)).toEqual(['14:00–16:00']);
	});

	it('skips malformed slots', () => {
		const days = openingDays(
			{
				slots: [
					null,
					{ weekday: 'funday', opens: '09:00', closes: '10:00' },
					{ weekday: 'tuesday', opens: '12:00', closes: '11:00' },
					{ weekday: 'tuesday', opens: 'x', closes: '11:00' },
					{ weekday: 'wednesday', opens: '09:00', closes: '10:00' }
				]
			},
			'de'
		);
		expect(days.map((d) => d.weekday)).toEqual(['wednesday']);
		expect(openingDays(null, 'de')).toEqual([]);
	});

	it('names weekdays and times in the visitor’s language', () => {
		expect(weekdayName('monday', 'en')).toBe('Monday');
		expect(weekdayName('saturday', 'uk')).toBe('субота');
		expect(weekdayName('friday', 'ar')).toBe('الجمعة');
		expect(formatClock(510, 'de')).toBe('08:30');
		expect(formatClock(1020, 'en')).toBe('17:00');
	});

	it('knows when an offering is temporarily closed', () => {
		expect(isTemporarilyClosed({ temporarilyClosed: true }, '2026-11-26')).toBe(true);
		expect(isTemporarilyClosed({ temporarilyClosed: true, closedUntil: '2026-12-01' }, '2026-11-26')).toBe(true);
		expect(isTemporarilyClosed({ temporarilyClosed: true, closedUntil: '2026-11-26' }, '2026-11-26')).toBe(true);
		// the closure has ended
		expect(isTemporarilyClosed({ temporarilyClosed: true, closedUntil: '2026-11-25' }, '2026-11-26')).toBe(false);
		expect(isTemporarilyClosed({ temporarilyClosed: false }, '2026-11-26')).toBe(false);
		expect(isTemporarilyClosed(null, '2026-11-26')).toBe(false);
	});

	it('says whether there is anything to show', () => {
		expect(hasOpeningHours({ byAppointment: true, slots: [] })).toBe(true);
		expect(hasOpeningHours({ slots: [], byAppointment: false, temporarilyClosed: false })).toBe(false);
		expect(hasOpeningHours(null)).toBe(false);
	});
});

describe('open now (Berlin time)', () => {
	const hours = {
		slots: [
			{ weekday: 'monday', opens: '09:00:00.000', closes: '12:00:00.000' },
			{ weekday: 'monday', opens: '12:00:00.000', closes: '16:00:00.000' },
			{ weekday: 'wednesday', opens: '14:00:00.000', closes: '18:00:00.000' },
			{ weekday: 'sunday', opens: '02:00:00.000', closes: '04:00:00.000' }
		]
	};

	it('reads the weekday and time on Berlin clocks, in winter (UTC+1) and summer (UTC+2)', () => {
		expect(berlinClock(new Date('2026-03-23T08:30:00Z'))).toEqual({ weekday: 'monday', minutes: 9 * 60 + 30 });
		expect(berlinClock(new Date('2026-03-30T08:30:00Z'))).toEqual({ weekday: 'monday', minutes: 10 * 60 + 30 });
		// late Sunday evening in UTC is already Monday in Berlin
		expect(berlinClock(new Date('2026-11-29T23:30:00Z'))).toEqual({ weekday: 'monday', minutes: 30 });
	});

	it('is open inside a range and says until when (touching ranges count as one)', () => {
		// Monday 10:30 CET
		expect(openStatus(hours, new Date('2026-11-30T09:30:00Z'), '2026-11-30')).toEqual({ state: 'open', closes: 16 * 60 });
		// Monday 15:59 CEST (summer time: 13:59 UTC)
		expect(openStatus(hours, new Date('2026-06-01T13:59:00Z'), '2026-06-01')).toEqual({ state: 'open', closes: 16 * 60 });
	});

	it('is closed outside and names the next opening: later today, tomorrow, another day, next week', () => {
		// Monday 08:00 CET: opens today at 9
		expect(openStatus(hours, new Date('2026-11-30T07:00:00Z'), '2026-11-30')).toEqual({ state: 'closed', inDays: 0, weekday: 'monday', opens: 9 * 60 });
		// Monday 16:00 CET sharp: closed, the next opening is Wednesday 14:00
		expect(openStatus(hours, new Date('2026-11-30T15:00:00Z'), '2026-11-30')).toEqual({ state: 'closed', inDays: 2, weekday: 'wednesday', opens: 14 * 60 });
		// Tuesday 20:00 CET: tomorrow
		expect(openStatus(hours, new Date('2026-12-01T19:00:00Z'), '2026-12-01')).toEqual({ state: 'closed', inDays: 1, weekday: 'wednesday', opens: 14 * 60 });
		// only Mondays, Monday evening: next week's Monday
		const mondays = { slots: [hours.slots[0]] };
		expect(openStatus(mondays, new Date('2026-11-30T18:00:00Z'), '2026-11-30')).toEqual({ state: 'closed', inDays: 7, weekday: 'monday', opens: 9 * 60 });
	});

	it('on the nights the clocks change, follows the Berlin clock', () => {
		// 29 March 2026: 02:00 CET jumps to 03:00 CEST; 01:30 UTC is 03:30 in Berlin → open (02–04)
		expect(openStatus(hours, new Date('2026-03-29T01:30:00Z'), '2026-03-29')).toEqual({ state: 'open', closes: 4 * 60 });
		// 25 October 2026: 03:00 CEST falls back to 02:00 CET; 02:30 UTC is 03:30 CET → open
		expect(openStatus(hours, new Date('2026-10-25T02:30:00Z'), '2026-10-25')).toEqual({ state: 'open', closes: 4 * 60 });
		// 03:00 UTC the same night is 04:00 CET → closed, next opening Monday 09:00
		expect(openStatus(hours, new Date('2026-10-25T03:00:00Z'), '2026-10-25')).toEqual({ state: 'closed', inDays: 1, weekday: 'monday', opens: 9 * 60 });
	});

	it('says nothing without weekly times or while temporarily closed', () => {
		expect(openStatus({ byAppointment: true, slots: [] }, new Date('2026-11-30T09:30:00Z'), '2026-11-30')).toBeNull();
		expect(openStatus(null, new Date('2026-11-30T09:30:00Z'), '2026-11-30')).toBeNull();
		expect(openStatus({ ...hours, temporarilyClosed: true, closedUntil: '2026-12-05' }, new Date('2026-11-30T09:30:00Z'), '2026-11-30')).toBeNull();
		// the closure has ended: the weekly times count again
		expect(openStatus({ ...hours, temporarilyClosed: true, closedUntil: '2026-11-29' }, new Date('2026-11-30T09:30:00Z'), '2026-11-30')).toEqual({ state: 'open', closes: 16 * 60 });
	});
});
