/**
 * Where the German original of a translated field lives when it is not a field of the same name:
 * the opening-hours note is `openingHours.note` of an offering, its translation `openingHoursNote`.
 */
const SOURCES: Record<string, [string, string]> = { openingHoursNote: ['openingHours', 'note'] };

type Row = Record<string, unknown>;

/** Whether the German original of a translated field is part of `data` (a write touches it). */
export function touchesSource(data: Row, field: string): boolean {
  const source = SOURCES[field];
  return source ? source[0] in data : field in data;
}

/** The German original of a translated field in a row or in written data. */
export function germanText(row: Row | null | undefined, field: string): unknown {
  const source = SOURCES[field];
  if (!source) return row?.[field];
  const holder = row?.[source[0]];
  return holder && typeof holder === 'object' ? (holder as Row)[source[1]] : undefined;
}
