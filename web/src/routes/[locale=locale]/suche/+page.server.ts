import { MAX_QUERY_LENGTH, search } from '#lib/search.ts';
import { getSearchIndex } from '#lib/server/search-index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const raw = url.searchParams.get('q') ?? '';
	const query = raw.replace(/\p{Cc}/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH);
	if (query === '') return { query, hits: null };
	const index = await getSearchIndex(locals.locale);
	const hits = search(index, query).map(({ document, score }) => ({
		type: document.type,
		path: document.path,
		title: document.title,
		summary: document.summary,
		fallback: document.fallback,
		date: document.date ?? null,
		score
	}));
	return { query, hits };
};
