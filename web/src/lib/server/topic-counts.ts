/**
 * How many current offerings each topic has (for the home page's topic tiles), counted by the CMS's
 * database in one query (GET /api/offering-counts), cached for a minute.
 */
import { cmsPublicGet } from '../cms.ts';
import { ttlCache } from './cache.ts';

export interface OfferingCounts {
	/** current public offerings in all */
	total: number;
	/** per topic slug; topics without offerings are absent */
	topics: Record<string, number>;
}

const cache = ttlCache<'all', OfferingCounts>(60_000, () => cmsPublicGet<OfferingCounts>('/api/offering-counts'));

export function getOfferingCounts(): Promise<OfferingCounts> {
	return cache.get('all');
}

export async function getTopicCounts(): Promise<Map<string, number>> {
	return new Map(Object.entries((await getOfferingCounts()).topics));
}
