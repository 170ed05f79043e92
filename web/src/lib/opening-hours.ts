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

/** Where "now" stands against the weekly hours (Berlin time); null when the hours cannot say (none, by appointment only, closed). */
export type OpenStatus =
	| { state: 'open'; /** minutes after midnight, Berlin time */ closes: number }
	| { state: 'closed'; /** 0 today, 1 tomorrow, … up to 7 (same weekday next week) */ inDays: number; weekday: Weekday; opens: number };

const BERLIN_PARTS = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Berlin',
	weekday: 'long',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/** Weekday and minutes after midnight of an instant on the clocks in Berlin (summer and winter time alike). */
export function berlinClock(now: Date): { weekday: Weekday; minutes: number } {
	const parts = Object.fromEntries(BERLIN_PARTS.formatToParts(now).map((part) => [part.type, part.value]));
	return { weekday: parts.weekday.toLowerCase() as Weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Each weekday's ranges in minutes, sorted, touching or overlapping ranges joined (9–12 and 12–16 is open 9–16). */
function weeklyRanges(hours: OpeningHours | null | undefined): Map<Weekday, { opens: number; closes: number }[]> {
	const byDay = new Map<Weekday, { opens: number; closes: number }[]>();
	for (const slot of hours?.slots ?? []) {
		if (!slot || !(WEEKDAYS as readonly string[]).includes(slot.weekday)) continue;
		const opens = parseTime(slot.opens);
		const closes = parseTime(slot.closes);
		if (opens === null || closes === null || closes <= opens) continue;
		const weekday = slot.weekday as Weekday;
		byDay.set(weekday, [...(byDay.get(weekday) ?? []), { opens, closes }]);
	}
	for (const [weekday, ranges] of byDay) {
		const joined: { opens: number; closes: number }[] = [];
		for (const range of ranges.sort((a, b) => a.opens - b.opens)) {
			const last = joined.at(-1);
			if (last && range.opens <= last.closes) last.closes = Math.max(last.closes, range.closes);
			else joined.push({ ...range });
		}
		byDay.set(weekday, joined);
	}
	return byDay;
}

/**
 * "Open now, until …" or "closed, opens … at …" for the instant `now`, on Berlin's clocks. Null when
 * the hours say nothing about it: no weekly times, or temporarily closed on that day.
 */
export function openStatus(hours: OpeningHours | null | undefined, now: Date, today: string): OpenStatus | null {
	if (isTemporarilyClosed(hours, today)) return null;
	const ranges = weeklyRanges(hours);
	if (ranges.size === 0) return null;
	const { weekday, minutes } = berlinClock(now);
	const todayIndex = WEEKDAYS.indexOf(weekday);
	const current = ranges.get(weekday)?.find((range) => range.opens <= minutes && minutes < range.closes);
	if (current) return { state: 'open', closes: current.closes };
	for (let inDays = 0; inDays <= 7; inDays++) {
		const day = WEEKDAYS[(todayIndex + inDays) % 7];
		const next = ranges.get(day)?.find((range) => inDays > 0 || range.opens > minutes);
		if (next) return { state: 'closed', inDays, weekday: day, opens: next.opens };
	}
	return null;
}
