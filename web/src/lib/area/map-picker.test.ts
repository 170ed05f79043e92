import { describe, expect, it } from 'vitest';
import { fromPixel, MAP_HEIGHT, MAP_WIDTH, toPixel } from './map-picker.ts';

describe('the map picker projection', () => {
	it('turns a position into pixels and a click back into the same position', () => {
		const haldensleben = { latitude: 52.2896, longitude: 11.4097 };
		const { x, y } = toPixel(haldensleben.latitude, haldensleben.longitude);
		expect(x).toBeGreaterThan(0);
		expect(x).toBeLessThan(MAP_WIDTH);
		const back = fromPixel(x, y)!;
		expect(back.latitude).toBeCloseTo(haldensleben.latitude, 2);
		expect(back.longitude).toBeCloseTo(haldensleben.longitude, 2);
	});

	it('puts north at the top and refuses a click outside the map', () => {
		expect(toPixel(52.5, 11).y).toBeLessThan(toPixel(52.1, 11).y);
		expect(fromPixel(-1, 10)).toBeNull();
		expect(fromPixel(10, MAP_HEIGHT + 1)).toBeNull();
		expect(fromPixel(Number.NaN, 1)).toBeNull();
	});
});
