import { describe, expect, it } from 'vitest';
import { formatClock, hasOpeningHours, isTemporarilyClosed, openingDays, parseTime, weekdayName } from './opening-hours.ts';

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
