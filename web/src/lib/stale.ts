/**
 * "May be out of date": an entry nobody confirmed for STALE_NOTE_MONTHS (or never) shows a plain
 * note on its public page and in lists. Organisations are reminded from 11 months on (the CMS's
 * monthly reminder), so the note appears only when two reminders went unanswered.
 */
export const STALE_NOTE_MONTHS = 13;

/** Whether an entry last confirmed at `lastConfirmedAt` (ISO, or null: never) is past the note's limit on `today` (YYYY-MM-DD). */
export function isStale(lastConfirmedAt: string | null, today: string): boolean {
	if (!lastConfirmedAt) return true;
	const limit = new Date(`${today}T00:00:00Z`);
	limit.setUTCMonth(limit.getUTCMonth() - STALE_NOTE_MONTHS);
	const confirmed = new Date(lastConfirmedAt);
	return Number.isNaN(confirmed.getTime()) || confirmed.getTime() < limit.getTime();
}
