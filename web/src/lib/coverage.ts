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

/** A column header short enough for the matrix to fit 1,280 px: the name's first word ("Sprache & Bildung" → "Sprache"). */
export function shortLabel(name: string): string {
	const first = name.split(/[\s,&/]+/).find(Boolean) ?? name;
	return first.length < name.length ? first : name;
}

/** Every empty cell, by municipality: the gaps the office looks for, as a list beside the matrix. */
export function coverageGaps(rows: CoverageRow[], topics: Array<{ slug: string; name: string }>) {
	return rows
		.map((row) => ({ slug: row.slug, name: row.name, topics: topics.filter((_, index) => row.counts[index] === 0) }))
		.filter((row) => row.topics.length > 0);
}
