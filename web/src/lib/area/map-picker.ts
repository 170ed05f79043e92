/**
 * The member form's map of the district, drawn from the municipalities' centres: one projection
 * (an equirectangular one with the district's latitude, accurate enough for a district of 60 km)
 * both draws the SVG and turns a click on it (an `<input type="image">` posts x/y, no JavaScript)
 * back into latitude and longitude.
 */
export const MAP_BOUNDS = { west: 10.85, east: 11.9, south: 51.95, north: 52.6 } as const;
/** Drawn at exactly this size, so the posted click position is in the same pixels. */
export const MAP_WIDTH = 320;
const COS_LAT = Math.cos((((MAP_BOUNDS.north + MAP_BOUNDS.south) / 2) * Math.PI) / 180);
export const MAP_HEIGHT = Math.round((MAP_WIDTH * (MAP_BOUNDS.north - MAP_BOUNDS.south)) / ((MAP_BOUNDS.east - MAP_BOUNDS.west) * COS_LAT));

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function toPixel(latitude: number, longitude: number): { x: number; y: number } {
	return {
		x: round(((longitude - MAP_BOUNDS.west) / (MAP_BOUNDS.east - MAP_BOUNDS.west)) * MAP_WIDTH, 1),
		y: round(((MAP_BOUNDS.north - latitude) / (MAP_BOUNDS.north - MAP_BOUNDS.south)) * MAP_HEIGHT, 1)
	};
}

/** A click on the map (pixels from its top left corner) as a position; null outside the map. */
export function fromPixel(x: number, y: number): { latitude: number; longitude: number } | null {
	if (!Number.isFinite(x) || !Number.isFinite(y) || x < 0 || y < 0 || x > MAP_WIDTH || y > MAP_HEIGHT) return null;
	return {
		latitude: round(MAP_BOUNDS.north - (y / MAP_HEIGHT) * (MAP_BOUNDS.north - MAP_BOUNDS.south), 5),
		longitude: round(MAP_BOUNDS.west + (x / MAP_WIDTH) * (MAP_BOUNDS.east - MAP_BOUNDS.west), 5)
	};
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The map as an SVG data URL (the page's img-src allows data:, nothing is loaded from elsewhere):
 * municipality centres as labelled dots, the chosen position as a marker.
 */
export function mapImage(places: Array<{ name: string; latitude: number; longitude: number }>, chosen: { latitude: number; longitude: number } | null): string {
	const dots = places
		.map((place) => {
			const { x, y } = toPixel(place.latitude, place.longitude);
			return `<circle cx="${x}" cy="${y}" r="2.5" fill="#1d4e89"/><text x="${x + 4}" y="${y + 3}" font-size="8" font-family="sans-serif" fill="#1b1b1b">${escapeXml(place.name)}</text>`;
		})
		.join('');
	const marker = chosen ? (({ x, y }) => `<circle cx="${x}" cy="${y}" r="7" fill="none" stroke="#b3001b" stroke-width="3"/><circle cx="${x}" cy="${y}" r="2" fill="#b3001b"/>`)(toPixel(chosen.latitude, chosen.longitude)) : '';
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><rect width="100%" height="100%" fill="#f3f5f8"/>${dots}${marker}</svg>`;
	// URL-encoded rather than base64: the same on the server and, where the page hydrates, in the browser
	return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
