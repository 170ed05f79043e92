/**
 * The public lists' counts per facet value and the matching entries' positions, counted by the
 * CMS's database (GET /api/offering-facets, /api/offering-positions, /api/actor-facets,
 * /api/actor-positions; cms/src/content/facet-counts.ts). The choice goes as the CMS names it
 * (facets.ts: offeringSelection, actorSelection); every value was checked against the taxonomies.
 */
import { cms, isRecord } from './cms/index.ts';
import { distanceKm, type Position } from '../geo.ts';

export interface FacetCounts {
	total: number;
	/** per facet (CMS names): value → count, absent = 0; yes/no facets: one number */
	facets: Record<string, Record<string, number> | number>;
}

export interface EntryPosition extends Position {
	documentId: string;
	/** the centre of the entry's municipality (it has no location of its own) */
	approximate: boolean;
}

const isFacetCounts = (value: unknown): value is FacetCounts => isRecord(value) && typeof value.total === 'number' && isRecord(value.facets);
const isPositions = (value: unknown): value is EntryPosition[] =>
	Array.isArray(value) &&
	value.every((p) => isRecord(p) && typeof p.documentId === 'string' && typeof p.latitude === 'number' && typeof p.longitude === 'number');

type ListType = 'offering' | 'actor';

export function getFacetCounts(type: ListType, selection: URLSearchParams): Promise<FacetCounts> {
	const query = selection.toString();
	return cms.get(`/api/${type}-facets${query ? `?${query}` : ''}`, isFacetCounts);
}

export function getPositions(type: ListType, selection: URLSearchParams): Promise<EntryPosition[]> {
	const query = selection.toString();
	return cms.get(`/api/${type}-positions${query ? `?${query}` : ''}`, isPositions);
}

/** A count from the answer: a value's count within a facet, or a yes/no facet's number. */
export function countOf(counts: FacetCounts, facet: string, value?: string): number {
	const entry = counts.facets[facet];
	if (typeof entry === 'number') return entry;
	return value ? (entry?.[value] ?? 0) : 0;
}

/**
 * "Near …": the matching entries' documentIds ordered by distance from `from`, with the distance,
 * and the one page of them to show.
 */
export function nearestPage(positions: EntryPosition[], from: Position, page: number, pageSize: number) {
	const ordered = positions
		.map((p) => ({ documentId: p.documentId, distanceKm: distanceKm(from, p), position: p }))
		.sort((a, b) => a.distanceKm - b.distanceKm || a.documentId.localeCompare(b.documentId));
	return {
		total: ordered.length,
		pageCount: Math.ceil(ordered.length / pageSize),
		slice: ordered.slice((page - 1) * pageSize, page * pageSize)
	};
}
