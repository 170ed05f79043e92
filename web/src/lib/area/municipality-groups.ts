/**
 * The member form's municipalities grouped as the district is: the unitary municipalities, then
 * each Verbandsgemeinde (collective municipality) with its member municipalities. Choosing a
 * Verbandsgemeinde ("all of …") means all its members too; the server adds them, so it works
 * without JavaScript.
 */
import type { Option } from './entry-forms.ts';

export interface MunicipalityRow {
	documentId: string;
	name: string;
	kind: string;
	parent: string | null;
}

export interface MunicipalityGroup {
	/** the Verbandsgemeinde's documentId; null for the group of unitary municipalities */
	documentId: string | null;
	name: string;
	members: Option[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'de');

export function groupMunicipalities(rows: MunicipalityRow[]): MunicipalityGroup[] {
	const collectives = rows.filter((row) => row.kind === 'collective_municipality').sort(byName);
	const ids = new Set(collectives.map((row) => row.documentId));
	const loose = rows.filter((row) => row.kind !== 'collective_municipality' && !(row.parent && ids.has(row.parent))).sort(byName);
	const groups: MunicipalityGroup[] = [];
	if (loose.length > 0) groups.push({ documentId: null, name: 'Einheitsgemeinden', members: loose.map((row) => [row.documentId, row.name] as const) });
	for (const vg of collectives) {
		const members = rows.filter((row) => row.parent === vg.documentId).sort(byName);
		groups.push({ documentId: vg.documentId, name: vg.name, members: members.map((row) => [row.documentId, row.name] as const) });
	}
	return groups;
}

/** The chosen municipalities with every member of each chosen Verbandsgemeinde added, in a stable order. */
export function expandGroups(chosen: string[], groups: MunicipalityGroup[]): string[] {
	const result = new Set(chosen);
	for (const group of groups) {
		if (group.documentId && result.has(group.documentId)) for (const [id] of group.members) result.add(id);
	}
	return [...result];
}
