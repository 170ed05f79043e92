import { MAX_QUERY_LENGTH } from '#lib/search/engine.ts';
import { presentHit } from '#lib/search/present.ts';
import { getSearchIndex, searchDay } from '#lib/server/search-index.ts';
import type { PageServerLoad } from './$types';

/** Results shown at most; the page says "the first 50 of N" when there are more. */
const LIMIT = 50;

export const load: PageServerLoad = async ({ locals, url }) => {
	const raw = url.searchParams.get('q') ?? '';
	const query = raw.replace(/\p{Cc}/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH);
	if (query === '') return { query, hits: null, total: 0, suggestions: [] };
	const index = await getSearchIndex();
	const outcome = index.search(query, locals.locale, { today: searchDay(), limit: LIMIT });
	return {
		query,
		hits: outcome.hits.map((hit) => presentHit(hit, locals.locale, index.places(hit.entry, locals.locale))),
		total: outcome.total,
		suggestions: outcome.suggestions
	};
};
