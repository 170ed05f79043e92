import { describe, expect, it } from 'vitest';
import { expandGroups, groupMunicipalities } from './municipality-groups.ts';

const rows = [
	{ documentId: 'hal', name: 'Haldensleben', kind: 'unitary_municipality', parent: null },
	{ documentId: 'eh', name: 'Elbe-Heide', kind: 'collective_municipality', parent: null },
	{ documentId: 'rog', name: 'Rogätz', kind: 'member_municipality', parent: 'eh' },
	{ documentId: 'ang', name: 'Angern', kind: 'member_municipality', parent: 'eh' },
	{ documentId: 'bar', name: 'Barleben', kind: 'unitary_municipality', parent: null }
];

describe('municipalities by Verbandsgemeinde', () => {
	it('groups the unitary municipalities first, then each Verbandsgemeinde with its members, by name', () => {
		expect(groupMunicipalities(rows)).toEqual([
			{ documentId: null, name: 'Einheitsgemeinden', members: [['bar', 'Barleben'], ['hal', 'Haldensleben']] },
			{ documentId: 'eh', name: 'Elbe-Heide', members: [['ang', 'Angern'], ['rog', 'Rogätz']] }
		]);
	});

	it('adds every member of a chosen Verbandsgemeinde ("all of …") and keeps the other choices', () => {
		const groups = groupMunicipalities(rows);
		expect(expandGroups(['hal', 'eh'], groups)).toEqual(['hal', 'eh', 'ang', 'rog']);
		expect(expandGroups(['rog'], groups)).toEqual(['rog']);
	});
});
