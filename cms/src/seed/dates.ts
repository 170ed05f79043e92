/** Dates of the demo data are relative to the day of seeding, so upcoming events stay upcoming. */
const DAY = 24 * 60 * 60 * 1000;

export const daysFromNow = (days: number, now = new Date()) => new Date(now.getTime() + days * DAY);

/** 'YYYY-MM-DD' of a day relative to today. */
export const dateOnly = (days: number, now = new Date()) => daysFromNow(days, now).toISOString().slice(0, 10);

/** UTC offset of Europe/Berlin on a given day, e.g. '+01:00' or '+02:00'. */
function berlinOffset(day: string): string {
  const formatted = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = formatted?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/** ISO instant of a local Berlin time on a day relative to today. */
export function berlinDateTime(days: number, time: string, now = new Date()): string {
  const day = dateOnly(days, now);
  return new Date(`${day}T${time}:00${berlinOffset(day)}`).toISOString();
}
