import { getGlobal, listNews } from '#lib/server/content.ts';
import { listEvents } from '#lib/server/events.ts';
import { getTaxonomies, municipalityGroups } from '#lib/server/taxonomies.ts';
import { getTopicCounts } from '#lib/server/topic-counts.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const locale = locals.locale;
	const [global, taxonomies, counts, events, news] = await Promise.all([
		getGlobal(locale),
		getTaxonomies(locale),
		getTopicCounts(),
		listEvents(locale, 'upcoming', 1, 3),
		listNews(locale, 1, 3)
	]);
	return {
		global: global?.value ?? null,
		globalFallback: global?.fallback ?? false,
		municipalityGroups: municipalityGroups(taxonomies.municipalities),
		topics: taxonomies.topics.map((topic) => ({ ...topic, count: counts.get(topic.slug) ?? 0 })),
		events: events.items,
		news: news.items
	};
};
