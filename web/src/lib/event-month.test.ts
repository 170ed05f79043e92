import { describe, expect, it } from 'vitest';
import { eventFilters, filterQuery, parseEventFilterParams, webcalUrl } from './event-filters.ts';
import { addMonths, currentMonth, eventDays, monthGrid, monthKey, monthRange, parseMonth } from './event-month.ts';

const event = (startsAt: string, endsAt: string | null = null, title = startsAt) => ({ startsAt, endsAt, title });

describe('the month of the URL', () => {
	it('reads YYYY-MM and refuses anything else', () => {
		expect(parseMonth('2026-12')).toEqual({ year: 2026, month: 12 });
		expect(parseMonth('2027-01')).toEqual({ year: 2027, month: 1 });
		for (const bad of [null, '', '2026-13', '2026-00', '2026-1', '26-01', '2026-01-01', '1999-12', '2101-01', '2026-12;drop']) expect(parseMonth(bad), String(bad)).toBeNull();
	});

	it('steps over year boundaries both ways', () => {
		expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
		expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
		expect(addMonths({ year: 2026, month: 6 }, -18)).toEqual({ year: 2024, month: 12 });
		expect(monthKey({ year: 2026, month: 3 })).toBe('2026-03');
	});

	it('takes the current month in Berlin time', () => {
		// 23:30 UTC on 31 December is already January in Berlin
		expect(currentMonth(new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, month: 1 });
		expect(currentMonth(new Date('2026-12-31T22:30:00Z'))).toEqual({ year: 2026, month: 12 });
	});

	it('queries a little more than the month, so no Berlin day is cut off', () => {
		expect(monthRange({ year: 2026, month: 12 })).toEqual({ from: '2026-11-30T00:00:00.000Z', to: '2027-01-02T00:00:00.000Z' });
		expect(monthRange({ year: 2028, month: 2 })).toEqual({ from: '2028-01-31T00:00:00.000Z', to: '2028-03-02T00:00:00.000Z' });
	});
});

describe('the grid', () => {
	it('has whole weeks from Monday to Sunday covering the month', () => {
		// December 2026 starts on a Tuesday and ends on a Thursday
		const weeks = monthGrid({ year: 2026, month: 12 }, []);
		expect(weeks).toHaveLength(5);
		expect(weeks.every((week) => week.length === 7)).toBe(true);
		expect(weeks[0][0]).toMatchObject({ date: '2026-11-30', day: 30, inMonth: false });
		expect(weeks[0][1]).toMatchObject({ date: '2026-12-01', day: 1, inMonth: true });
		expect(weeks[4][3]).toMatchObject({ date: '2026-12-31', inMonth: true });
		expect(weeks[4][6]).toMatchObject({ date: '2027-01-03', inMonth: false });
		expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(31);
		// February 2027 starts on a Monday: exactly four weeks
		expect(monthGrid({ year: 2027, month: 2 }, [])).toHaveLength(4);
		// a month starting on Sunday needs six rows
		expect(monthGrid({ year: 2026, month: 3 }, [])).toHaveLength(6);
	});

	it('puts events on their Berlin days, in start order, multi-day events on each day', () => {
		const late = event('2026-12-31T23:30:00Z'); // 1 January in Berlin
		const evening = event('2026-12-16T17:00:00Z', '2026-12-16T19:00:00Z');
		const morning = event('2026-12-16T08:00:00Z');
		const week = event('2026-12-07T09:00:00Z', '2026-12-09T15:00:00Z');
		const weeks = monthGrid({ year: 2026, month: 12 }, [late, evening, morning, week]);
		const day = (date: string) => weeks.flat().find((cell) => cell.date === date)!;
		expect(day('2026-12-16').events).toEqual([morning, evening]);
		expect(day('2026-12-31').events).toEqual([]);
		expect(day('2027-01-01').events).toEqual([late]);
		expect(['2026-12-07', '2026-12-08', '2026-12-09'].map((date) => day(date).events)).toEqual([[week], [week], [week]]);
		expect(day('2026-12-10').events).toEqual([]);
	});

	it('marks today (Berlin) and bounds very long events', () => {
		const weeks = monthGrid({ year: 2026, month: 12 }, [], new Date('2026-12-02T10:00:00Z'));
		expect(weeks.flat().filter((day) => day.today).map((day) => day.date)).toEqual(['2026-12-02']);
		expect(eventDays('2026-01-01T10:00:00Z', '2027-01-01T10:00:00Z')).toHaveLength(62);
		expect(eventDays('2026-01-01T10:00:00Z', '2025-01-01T10:00:00Z')).toEqual(['2026-01-01']);
	});
});

describe('the filters in the URL', () => {
	const municipalities = [
		{ slug: 'haldensleben', kind: 'unitary_municipality' as const, members: [] },
		{ slug: 'vg-obere-aller', kind: 'collective_municipality' as const, members: ['eilsleben', 'ummendorf'] }
	];

	it('takes known kinds and municipalities only', () => {
		expect(parseEventFilterParams(new URLSearchParams('art=plenary&gemeinde=Haldensleben'), municipalities)).toEqual({ art: 'plenary', gemeinde: 'haldensleben' });
		expect(parseEventFilterParams(new URLSearchParams('art=party&gemeinde=atlantis'), municipalities)).toEqual({});
		expect(eventFilters({ gemeinde: 'vg-obere-aller' }, municipalities)).toEqual({ kinds: [], municipalities: ['vg-obere-aller', 'eilsleben', 'ummendorf'] });
	});

	it('writes them back for links and the subscription', () => {
		expect(filterQuery({ art: 'plenary', gemeinde: 'haldensleben' }, { monat: '2026-12' })).toBe('?monat=2026-12&art=plenary&gemeinde=haldensleben');
		expect(filterQuery({})).toBe('');
		expect(webcalUrl('https://site.example/de/termine/kalender.ics?art=plenary')).toBe('webcal://site.example/de/termine/kalender.ics?art=plenary');
		expect(webcalUrl('http://localhost:3000/de/termine/kalender.ics')).toBe('webcal://localhost:3000/de/termine/kalender.ics');
	});
});
