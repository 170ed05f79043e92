import { describe, expect, it } from 'vitest';
import { boundsAround, byDistance, convexHull, distanceKm, DISTRICT_BOUNDS, entryPosition, formatKm, nearest, projection } from './geo.ts';

const haldensleben = { latitude: 52.2896, longitude: 11.4097 };
const oschersleben = { latitude: 52.0303, longitude: 11.2264 };
const wolmirstedt = { latitude: 52.2486, longitude: 11.6283 };

describe('distances', () => {
	it('measures great-circle distances in km', () => {
		// Haldensleben – Oschersleben is about 31.5 km as the crow flies
		expect(distanceKm(haldensleben, oschersleben)).toBeGreaterThan(30.5);
		expect(distanceKm(haldensleben, oschersleben)).toBeLessThan(32.5);
		expect(distanceKm(haldensleben, haldensleben)).toBe(0);
		expect(distanceKm(haldensleben, wolmirstedt)).toBeCloseTo(distanceKm(wolmirstedt, haldensleben), 9);
		// one degree of latitude is about 111.2 km
		expect(distanceKm({ latitude: 52, longitude: 11 }, { latitude: 53, longitude: 11 })).toBeCloseTo(111.2, 0);
	});

	it('orders entries nearest first, entries without a position last, ties in their order', () => {
		const entries = [
			{ id: 'far', position: oschersleben },
			{ id: 'none', position: null },
			{ id: 'here', position: haldensleben },
			{ id: 'also-here', position: haldensleben },
			{ id: 'mid', position: wolmirstedt }
		];
		const ordered = byDistance(entries, haldensleben);
		expect(ordered.map((e) => e.id)).toEqual(['here', 'also-here', 'mid', 'far', 'none']);
		expect(ordered[0]!.distanceKm).toBe(0);
		expect(ordered[4]!.distanceKm).toBeNull();
	});

	it('finds the nearest place', () => {
		const places = [
			{ slug: 'haldensleben', position: haldensleben },
			{ slug: 'oschersleben-bode', position: oschersleben },
			{ slug: 'nowhere', position: null }
		];
		expect(nearest(places, { latitude: 52.05, longitude: 11.2 })?.slug).toBe('oschersleben-bode');
		expect(nearest(places, { latitude: 52.3, longitude: 11.4 })?.slug).toBe('haldensleben');
		expect(nearest([], haldensleben)).toBeUndefined();
	});

	it('places an entry at its own location, else approximately at its first municipality with a centre', () => {
		const places = [
			{ slug: 'haldensleben', position: haldensleben },
			{ slug: 'nowhere', position: null }
		];
		expect(entryPosition(oschersleben, [{ slug: 'haldensleben' }], places)).toEqual({ position: oschersleben, approximate: false });
		expect(entryPosition(null, [{ slug: 'nowhere' }, { slug: 'haldensleben' }], places)).toEqual({ position: haldensleben, approximate: true });
		expect(entryPosition(undefined, [{ slug: 'nowhere' }], places)).toBeNull();
	});

	it('formats km per locale', () => {
		expect(formatKm(3.24, 'de')).toBe('3,2 km');
		expect(formatKm(31.6, 'en')).toBe('32 km');
	});
});

describe('the projection', () => {
	const map = projection(DISTRICT_BOUNDS, 600);

	it('maps the bounds onto the box: north-west at the origin, south-east at the far corner', () => {
		expect(map.project({ latitude: DISTRICT_BOUNDS.north, longitude: DISTRICT_BOUNDS.west })).toEqual({ x: 0, y: 0 });
		const corner = map.project({ latitude: DISTRICT_BOUNDS.south, longitude: DISTRICT_BOUNDS.east });
		expect(corner.x).toBeCloseTo(600, 1);
		expect(corner.y).toBeCloseTo(map.height, 1);
	});

	it('keeps distances true in both directions (cos(lat) scaling)', () => {
		// 10 km east and 10 km north of Haldensleben are equally far on the map
		const centre = map.project(haldensleben);
		const east = map.project({ latitude: haldensleben.latitude, longitude: haldensleben.longitude + 10 / (111.195 * Math.cos((52.24 * Math.PI) / 180)) });
		const north = map.project({ latitude: haldensleben.latitude + 10 / 111.195, longitude: haldensleben.longitude });
		expect(Math.abs(east.x - centre.x) / Math.abs(north.y - centre.y)).toBeCloseTo(1, 2);
		// north is up, east is right
		expect(north.y).toBeLessThan(centre.y);
		expect(east.x).toBeGreaterThan(centre.x);
	});

	it('puts Oschersleben south-west of Wolmirstedt', () => {
		const o = map.project(oschersleben);
		const w = map.project(wolmirstedt);
		expect(o.x).toBeLessThan(w.x);
		expect(o.y).toBeGreaterThan(w.y);
	});

	it('frames one position in the middle of a small map', () => {
		const small = projection(boundsAround(haldensleben, 2), 200);
		const p = small.project(haldensleben);
		expect(p.x).toBeCloseTo(100, 0);
		expect(p.y).toBeCloseTo(small.height / 2, 0);
		expect(small.height).toBeCloseTo(200, -1);
	});

	it('outlines points by their convex hull', () => {
		const hull = convexHull([
			{ x: 0, y: 0 },
			{ x: 10, y: 0 },
			{ x: 5, y: 5 },
			{ x: 10, y: 10 },
			{ x: 0, y: 10 }
		]);
		expect(hull).toHaveLength(4);
		expect(hull).not.toContainEqual({ x: 5, y: 5 });
	});
});
