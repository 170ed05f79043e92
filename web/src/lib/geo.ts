/**
 * Distances and the map projection for Landkreis Börde (about 52.0–52.5° N, 10.9–11.9° E). The
 * district is small, so a plain equirectangular projection with the longitude scaled by cos of the
 * district's middle latitude keeps shapes and distances true to well under one per cent.
 */

export interface Position {
	latitude: number;
	longitude: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Where an entry is shown on a map: its own location, else (approximate) the centre of the first of
 * its municipalities that has one; the CMS's positions endpoints apply the same rule.
 */
export function entryPosition(
	own: Position | null | undefined,
	municipalities: Array<{ slug: string }>,
	places: Array<{ slug: string; position: Position | null }>
): { position: Position; approximate: boolean } | null {
	if (own) return { position: own, approximate: false };
	for (const municipality of municipalities) {
		const centre = places.find((place) => place.slug === municipality.slug)?.position;
		if (centre) return { position: centre, approximate: true };
	}
	return null;
}

/** Great-circle distance in km (haversine). */
export function distanceKm(a: Position, b: Position): number {
	const dLat = toRadians(b.latitude - a.latitude);
	const dLon = toRadians(b.longitude - a.longitude);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The entries ordered by distance from `from` (nearest first; equal distances keep their order). */
export function byDistance<T extends { position: Position | null }>(entries: T[], from: Position): Array<T & { distanceKm: number | null }> {
	return entries
		.map((entry, index) => ({ ...entry, distanceKm: entry.position ? distanceKm(from, entry.position) : null, index }))
		.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.index - b.index)
		.map(({ index: _index, ...entry }) => entry as T & { distanceKm: number | null });
}

/** The place nearest to a position (e.g. the municipality whose centre is nearest to the browser's location). */
export function nearest<T extends { position: Position | null }>(places: T[], from: Position): T | undefined {
	let best: T | undefined;
	let bestDistance = Infinity;
	for (const place of places) {
		if (!place.position) continue;
		const d = distanceKm(from, place.position);
		if (d < bestDistance) [best, bestDistance] = [place, d];
	}
	return best;
}

export interface Bounds {
	south: number;
	west: number;
	north: number;
	east: number;
}

/** The district's extent with a margin (its municipality centres lie within 52.00–52.47° N, 10.98–11.86° E). */
export const DISTRICT_BOUNDS: Bounds = { south: 51.94, west: 10.86, north: 52.54, east: 11.96 };

export interface Projection {
	width: number;
	height: number;
	/** SVG coordinates (x right, y down) of a position */
	project(position: Position): { x: number; y: number };
}

/**
 * Equirectangular projection of `bounds` into a box `width` wide; the height follows from the
 * bounds' aspect ratio with the longitude scaled by cos(middle latitude).
 */
export function projection(bounds: Bounds, width: number): Projection {
	const scaleX = Math.cos(toRadians((bounds.north + bounds.south) / 2));
	const spanX = (bounds.east - bounds.west) * scaleX;
	const spanY = bounds.north - bounds.south;
	const unit = width / spanX;
	const height = Math.round(spanY * unit * 100) / 100;
	return {
		width,
		height,
		project: ({ latitude, longitude }) => ({
			x: Math.round((longitude - bounds.west) * scaleX * unit * 100) / 100,
			y: Math.round((bounds.north - latitude) * unit * 100) / 100
		})
	};
}

/** Bounds around one position, `radiusKm` each way (for the small map of a detail page). */
export function boundsAround(centre: Position, radiusKm: number): Bounds {
	const dLat = radiusKm / 111.195;
	const dLon = dLat / Math.cos(toRadians(centre.latitude));
	return { south: centre.latitude - dLat, north: centre.latitude + dLat, west: centre.longitude - dLon, east: centre.longitude + dLon };
}

/** Convex hull (Andrew's monotone chain) of points, counter-clockwise; for the district's approximate outline. */
export function convexHull(points: Array<{ x: number; y: number }>): Array<{ x: number; y: number }> {
	const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
	if (sorted.length < 3) return sorted;
	const cross = (o: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
	const lower: Array<{ x: number; y: number }> = [];
	for (const p of sorted) {
		while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
		lower.push(p);
	}
	const upper: Array<{ x: number; y: number }> = [];
	for (const p of [...sorted].reverse()) {
		while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
		upper.push(p);
	}
	return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** A distance for people: one decimal below 10 km, whole km above, in the locale's digits. */
export function formatKm(km: number, locale: string): string {
	return new Intl.NumberFormat(locale, { maximumFractionDigits: km < 10 ? 1 : 0, style: 'unit', unit: 'kilometer' }).format(km);
}
