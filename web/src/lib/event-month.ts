/**
 * The events page's month view: which month a URL asks for (`?monat=2026-12`), the neighbouring
 * months, and the calendar grid of that month (weeks from Monday to Sunday, days in Berlin time)
 * with each event on every day it touches. Pure functions; the page renders the grid on the server.
 */
import { berlinDate } from './i18n.ts';

export interface Month {
	year: number;
	/** 1–12 */
	month: number;
}

export interface GridDay<E> {
	/** YYYY-MM-DD */
	date: string;
	day: number;
	inMonth: boolean;
	today: boolean;
	events: E[];
}

const MONTH_PARAM = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` of a month. */
export const monthKey = ({ year, month }: Month) => `${year}-${String(month).padStart(2, '0')}`;

/** The month of a `?monat=` value (years 2000–2100), or null when it is not one. */
export function parseMonth(value: string | null | undefined): Month | null {
	const match = value ? MONTH_PARAM.exec(value) : null;
	if (!match) return null;
	const year = Number(match[1]);
	if (year < 2000 || year > 2100) return null;
	return { year, month: Number(match[2]) };
}

/** The current month in Berlin. */
export function currentMonth(now = new Date()): Month {
	const [year, month] = berlinDate(now).split('-').map(Number);
	return { year, month };
}

export function addMonths({ year, month }: Month, delta: number): Month {
	const index = year * 12 + (month - 1) + delta;
	return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const daysIn = ({ year, month }: Month) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The instants that bound a month's query: from a day before its first day to a day after its last
 * (UTC), so that every event touching a Berlin day of the month is among the results; the grid
 * places them by their Berlin days.
 */
export function monthRange(month: Month): { from: string; to: string } {
	return {
		from: new Date(Date.UTC(month.year, month.month - 1, 0)).toISOString(),
		to: new Date(Date.UTC(month.year, month.month - 1, daysIn(month) + 2)).toISOString()
	};
}

/** The Berlin days (YYYY-MM-DD) an event covers, at most 62. */
export function eventDays(startsAt: string, endsAt: string | null): string[] {
	const first = berlinDate(new Date(startsAt));
	const last = endsAt && Date.parse(endsAt) > Date.parse(startsAt) ? berlinDate(new Date(endsAt)) : first;
	const days = [first];
	const cursor = new Date(`${first}T12:00:00Z`);
	while (days.length < 62) {
		cursor.setUTCDate(cursor.getUTCDate() + 1);
		const next = isoDay(cursor);
		if (next > last) break;
		days.push(next);
	}
	return days;
}

/** Weeks (Monday first) covering the month, each day with its events in start order. */
export function monthGrid<E extends { startsAt: string; endsAt: string | null }>(month: Month, events: readonly E[], now = new Date()): GridDay<E>[][] {
	const byDay = new Map<string, E[]>();
	for (const event of [...events].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
		for (const day of eventDays(event.startsAt, event.endsAt)) {
			if (!byDay.has(day)) byDay.set(day, []);
			byDay.get(day)!.push(event);
		}
	}
	const first = new Date(Date.UTC(month.year, month.month - 1, 1));
	// Monday = 0 … Sunday = 6
	const lead = (first.getUTCDay() + 6) % 7;
	const total = Math.ceil((lead + daysIn(month)) / 7) * 7;
	const today = berlinDate(now);
	const weeks: GridDay<E>[][] = [];
	for (let index = 0; index < total; index++) {
		const date = new Date(Date.UTC(month.year, month.month - 1, 1 - lead + index));
		const key = isoDay(date);
		if (index % 7 === 0) weeks.push([]);
		weeks.at(-1)!.push({ date: key, day: date.getUTCDate(), inMonth: date.getUTCMonth() === month.month - 1, today: key === today, events: byDay.get(key) ?? [] });
	}
	return weeks;
}
