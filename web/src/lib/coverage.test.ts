import { describe, expect, it } from 'vitest';
import { coverageMatrix } from './coverage.ts';
import type { MunicipalityNode } from './facets.ts';

const municipalities: Array<MunicipalityNode & { name: string }> = [
	{ slug: 'stadt', name: 'Stadt', kind: 'unitary_municipality', members: [] },
	{ slug: 'vg', name: 'VG', kind: 'collective_municipality', members: ['a', 'b'] },
	{ slug: 'a', name: 'A', kind: 'member_municipality', members: [] },
	{ slug: 'b', name: 'B', kind: 'member_municipality', members: [] }
];

describe('coverageMatrix', () => {
	it('counts a Verbandsgemeinde as itself and its members, each offering once', () => {
		const rows = coverageMatrix(municipalities, municipalities, ['sprache', 'arbeit'], [
			{ documentId: '1', topic: 'sprache', municipalities: ['a', 'b'] },
			{ documentId: '2', topic: 'sprache', municipalities: ['vg'] },
			{ documentId: '3', topic: 'arbeit', municipalities: ['stadt', 'a'] },
			{ documentId: '4', topic: null, municipalities: ['b'] }
		]);
		const bySlug = Object.fromEntries(rows.map((row) => [row.slug, row]));
		expect(bySlug.vg.counts).toEqual([2, 1]);
		expect(bySlug.vg.total).toBe(4);
		expect(bySlug.a.counts).toEqual([1, 1]);
		expect(bySlug.b.counts).toEqual([1, 0]);
		expect(bySlug.stadt.counts).toEqual([0, 1]);
	});
});
