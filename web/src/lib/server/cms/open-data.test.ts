import { describe, expect, it } from 'vitest';
import { parseOpenDataFile } from './open-data.ts';

describe('parseOpenDataFile', () => {
	it('accepts only the four datasets as CSV or JSON', () => {
		expect(parseOpenDataFile('angebote.csv')).toEqual({ file: 'angebote', format: 'csv' });
		expect(parseOpenDataFile('termine.json')).toEqual({ file: 'termine', format: 'json' });
		for (const name of ['konten.csv', 'angebote.xml', '../angebote.csv', 'angebote.csv?x=1', 'Angebote.csv', 'angebote', '']) {
			expect(parseOpenDataFile(name), name).toBeNull();
		}
	});
});
