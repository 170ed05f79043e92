/**
 * How many current offerings each topic has (for the home page's topic tiles), counted by the CMS's
 * database in one query (GET /api/offering-counts), cached for a minute.
 */
import { cms, isRecord } from './cms/index.ts';
import { ttlCache } from './cache.ts';

export interface OfferingCounts {
	/** current public offerings in all */
	total: number;
	/** per topic slug; topics without offerings are absent */
	topics: Record<string, number>;
}

const isOfferingCounts = (value: unknown): value is OfferingCounts =>
	isRecord(value) && typeof value.total === 'number' && isRecord(value.topics) && Object.values(value.topics).every((count) => typeof count === 'number');

const cache = ttlCache<'all', OfferingCounts>(60_000, () => cms.get('/api/offering-counts', isOfferingCounts));

export function getOfferingCounts(): Promise<OfferingCounts> {
	return cache.get('all');
}

export async function getTopicCounts(): Promise<Map<string, number>> {
	return new Map(Object.entries((await getOfferingCounts()).topics));
}
