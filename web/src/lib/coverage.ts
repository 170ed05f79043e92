/**
 * The coverage matrix (municipalities × topics): how many offerings of each topic each municipality
 * has, counted exactly as the public offerings list counts them, so a cell's number is the number
 * of results behind its link. A Verbandsgemeinde counts the offerings linked to itself or to any of
 * its members, each offering once.
 */
import { expandMunicipality, type MunicipalityNode } from './facets.ts';

export interface CoverageOffering {
	documentId: string;
	topic: string | null;
	municipalities: string[];
}

export interface CoverageRow {
	slug: string;
	name: string;
	kind: MunicipalityNode['kind'];
	/** per topic, in the order of the topics given */
	counts: number[];
	/** distinct offerings of the row, any topic (an offering without a topic counts here only) */
	total: number;
}

export function coverageMatrix(
	rows: Array<MunicipalityNode & { name: string }>,
	allMunicipalities: MunicipalityNode[],
	topics: string[],
	offerings: CoverageOffering[]
): CoverageRow[] {
	return rows.map((row) => {
		const area = new Set(expandMunicipality(row.slug, allMunicipalities));
		const here = offerings.filter((offering) => offering.municipalities.some((slug) => area.has(slug)));
		return {
			slug: row.slug,
			name: row.name,
			kind: row.kind,
			counts: topics.map((topic) => here.filter((offering) => offering.topic === topic).length),
			total: here.length
		};
	});
}
