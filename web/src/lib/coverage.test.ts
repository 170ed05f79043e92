import { describe, expect, it } from 'vitest';
import { coverageMatrix } from './coverage.ts';
import type { MunicipalityNode } from './facets.ts';

const municipalities: Array<MunicipalityNode & { name: string }> = [
	{ slug: 'stadt', name: 'Stadt', kind: 'unitary_municipality', members: [] },
	{ slug: 'vg', name: 'VG', kind: 'collective_municipality', members: ['a', 'b'] },
	{ slug: 'a', name: 'A', kind: 'member_municipality', members: [] },
	{ slug: 'b', name: 'B', kind: 'member_municipality', members: [] }
];

// The distinct counting (a Verbandsgemeinde with its members, each offering once) is the CMS's:
// cms/tests/roles/offering-counts.test.ts checks it against the database.
describe('coverageMatrix', () => {
	it('lays the CMS counts out in the order of the rows and topics, with 0 where the CMS has none', () => {
		const rows = coverageMatrix(municipalities, ['sprache', 'arbeit'], {
			vg: { total: 4, topics: { sprache: 2, arbeit: 1 } },
			a: { total: 2, topics: { sprache: 1, arbeit: 1 } },
			b: { total: 2, topics: { sprache: 1 } },
			stadt: { total: 1, topics: { arbeit: 1, unbekannt: 5 } }
		});
		expect(rows.map((row) => row.slug)).toEqual(['stadt', 'vg', 'a', 'b']);
		const bySlug = Object.fromEntries(rows.map((row) => [row.slug, row]));
		expect(bySlug.vg.counts).toEqual([2, 1]);
		expect(bySlug.vg.total).toBe(4);
		expect(bySlug.a.counts).toEqual([1, 1]);
		expect(bySlug.b.counts).toEqual([1, 0]);
		expect(bySlug.stadt.counts).toEqual([0, 1]);
		expect(coverageMatrix(municipalities, ['sprache'], {}).every((row) => row.total === 0 && row.counts[0] === 0)).toBe(true);
	});
});

describe('the matrix fits and its gaps are findable', () => {
	it('shortens topic names to their first word, keeping short ones whole', async () => {
		const { shortLabel } = await import('./coverage.ts');
		expect(shortLabel('Sprache & Bildung')).toBe('Sprache');
		expect(shortLabel('Freizeit, Sport & Ehrenamt')).toBe('Freizeit');
		expect(shortLabel('Wohnen')).toBe('Wohnen');
	});

	it('lists each municipality with the topics it has no offering in', async () => {
		const { coverageGaps } = await import('./coverage.ts');
		const topics = [{ slug: 'a', name: 'A' }, { slug: 'b', name: 'B' }];
		const gaps = coverageGaps(
			[
				{ slug: 'x', name: 'X', kind: 'unitary_municipality', counts: [0, 2], total: 2 },
				{ slug: 'y', name: 'Y', kind: 'unitary_municipality', counts: [1, 1], total: 2 }
			],
			topics
		);
		expect(gaps).toEqual([{ slug: 'x', name: 'X', topics: [{ slug: 'a', name: 'A' }] }]);
	});
});
