/**
 * Where a page of a list stands in the whole list ("21–40 of 57"), and the texts that say so, so no
 * list stops without saying how much there is. Public pages use the Paraglide messages `list_range`
 * and `list_shown_of_total` (all nine locales); the German areas use the German texts here.
 */
export interface ListRange {
	from: number;
	to: number;
	total: number;
}

/** The entries page `page` (1-based) of `pageSize` shows out of `total`; null if it shows none. */
export function listRange(page: number, pageSize: number, total: number): ListRange | null {
	const from = (page - 1) * pageSize + 1;
	if (total <= 0 || from > total) return null;
	return { from, to: Math.min(page * pageSize, total), total };
}

/** How many pages `total` entries need at `pageSize` (0 for none). */
export const pageCountOf = (total: number, pageSize: number) => Math.ceil(total / pageSize);

/** The entries of one page of an in-memory list. */
export const pageSlice = <T>(items: T[], page: number, pageSize: number): T[] => items.slice((page - 1) * pageSize, page * pageSize);

/** German, for the areas: "21–40 von 57". */
export const germanListRange = ({ from, to, total }: ListRange) => `${from}–${to} von ${total}`;

/** German, for the areas, where a list is cut short: "50 von 120 angezeigt". */
export const germanShownOfTotal = (shown: number, total: number) => `${shown} von ${total} angezeigt`;

/**
 * A query string ("?…", or "" when empty) for page links: page numbers of 1 and empty values are
 * left out, so page 1 has one address.
 */
export function pageQuery(values: Record<string, string | number | null | undefined>): string {
	const query = new URLSearchParams();
	for (const [name, value] of Object.entries(values)) {
		if (value === null || value === undefined || value === '' || value === 1) continue;
		query.set(name, String(value));
	}
	const search = query.toString();
	return search ? `?${search}` : '';
}
