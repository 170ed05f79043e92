/**
 * The coverage matrix (municipalities × topics): how many offerings of each topic each municipality
 * has. The CMS counts them in its database exactly as the public offerings list counts them (a
 * Verbandsgemeinde with its members, each offering once; cms/src/content/offering-counts.ts), so a
 * cell's number is the number of results behind its link; this module lays the counts out as rows.
 */
import type { MunicipalityNode } from './facets.ts';

/** Per municipality slug: current public offerings in all and per topic slug (absent: 0). */
export type CoverageCounts = Record<string, { total: number; topics: Record<string, number> }>;

export interface CoverageRow {
	slug: string;
	name: string;
	kind: MunicipalityNode['kind'];
	/** per topic, in the order of the topics given */
	counts: number[];
	/** distinct offerings of the row, any topic (an offering without a topic counts here only) */
	total: number;
}

export function coverageMatrix(rows: Array<MunicipalityNode & { name: string }>, topics: string[], counts: CoverageCounts): CoverageRow[] {
	return rows.map((row) => ({
		slug: row.slug,
		name: row.name,
		kind: row.kind,
		counts: topics.map((topic) => counts[row.slug]?.topics[topic] ?? 0),
		total: counts[row.slug]?.total ?? 0
	}));
}
