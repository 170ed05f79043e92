/** Event times are entered in local time (Europe/Berlin) and stored as UTC instants. */
const ZONE = 'Europe/Berlin';

function offsetMinutes(instant: number): number {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
			.formatToParts(new Date(instant))
			.map((part) => [part.type, part.value])
	);
	const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
	return Math.round((asUtc - instant) / 60000);
}

/** ISO instant → "2026-12-03T18:00" for <input type="datetime-local">. */
export function toLocalInput(iso: string | null | undefined): string {
	if (!iso) return '';
	const instant = new Date(iso).getTime();
	if (Number.isNaN(instant)) return '';
	return new Date(instant + offsetMinutes(instant) * 60000).toISOString().slice(0, 16);
}

/** "2026-12-03T18:00" (Berlin) → ISO instant, or null when it is not a valid date and time. */
export function fromLocalInput(value: string): string | null {
	const match = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/);
	if (!match) return null;
	const [, year, month, day, hour, minute] = match.map(Number);
	if (hour > 23 || minute > 59 || year < 1900) return null;
	const guess = Date.UTC(year, month - 1, day, hour, minute);
	const check = new Date(guess);
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
	const instant = guess - offsetMinutes(guess - offsetMinutes(guess) * 60000) * 60000;
	return new Date(instant).toISOString();
}
