/**
 * Opening hours of an offering: weekday slots grouped and ordered Monday to Sunday, times and
 * weekday names in the visitor's locale, "by appointment" and "temporarily closed".
 */
import type { Locale } from './i18n.ts';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface TimeSlot {
	weekday: string;
	opens: string;
	closes: string;
}

export interface OpeningHours {
	slots?: (TimeSlot | null)[] | null;
	byAppointment?: boolean | null;
	temporarilyClosed?: boolean | null;
	closedUntil?: string | null;
	note?: string | null;
}

export interface OpeningDay {
	weekday: Weekday;
	label: string;
	ranges: { opens: string; closes: string; text: string }[];
}

/** `HH:MM[:SS[.mmm]]` → minutes after midnight, or null when malformed. */
export function parseTime(value: string): number | null {
	const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
	if (!match) return null;
	const hours = Number(match[1]);
	const minutes = Number(match[2]);
	if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
	return hours * 60 + minutes;
}

/** Minutes after midnight → "08:30" in the locale's digits. */
export function formatClock(minutes: number, locale: Locale): string {
	const date = new Date(Date.UTC(2024, 0, 1, Math.floor(minutes / 60), minutes % 60));
	return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(date);
}

/** "Montag", "Monday", "الاثنين" … (1 January 2024 was a Monday). */
export function weekdayName(weekday: Weekday, locale: Locale): string {
	const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(weekday), 12));
	return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** The slots grouped by weekday, Monday first, each day's ranges by opening time; malformed slots are skipped. */
export function openingDays(hours: OpeningHours | null | undefined, locale: Locale): OpeningDay[] {
	const byDay = new Map<Weekday, { opens: number; closes: number }[]>();
	for (const slot of hours?.slots ?? []) {
		if (!slot || !(WEEKDAYS as readonly string[]).includes(slot.weekday)) continue;
		const opens = parseTime(slot.opens);
		const closes = parseTime(slot.closes);
		if (opens === null || closes === null || closes <= opens) continue;
		const weekday = slot.weekday as Weekday;
		byDay.set(weekday, [...(byDay.get(weekday) ?? []), { opens, closes }]);
	}
	return WEEKDAYS.filter((weekday) => byDay.has(weekday)).map((weekday) => ({
		weekday,
		label: weekdayName(weekday, locale),
		ranges: byDay
			.get(weekday)!
			.sort((a, b) => a.opens - b.opens)
			.map(({ opens, closes }) => {
				const from = formatClock(opens, locale);
				const to = formatClock(closes, locale);
				return { opens: from, closes: to, text: `${from}–${to}` };
			})
	}));
}

/** Temporarily closed on `today` (YYYY-MM-DD): flagged, and the "closed until" date not yet passed. */
export function isTemporarilyClosed(hours: OpeningHours | null | undefined, today: string): boolean {
	if (!hours?.temporarilyClosed) return false;
	return !hours.closedUntil || hours.closedUntil >= today;
}

/** Whether there is anything to show about opening hours. */
export function hasOpeningHours(hours: OpeningHours | null | undefined): boolean {
	return Boolean(hours && ((hours.slots?.length ?? 0) > 0 || hours.byAppointment || hours.temporarilyClosed || hours.note));
}
