/** How many current offerings each topic has (for the home page's topic tiles), cached for a minute. */
import { cms } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import { berlinDate } from '../i18n.ts';
import { ttlCache } from './cache.ts';

const OfferingTopicsQuery = graphql(`
	query OfferingTopics($today: Date!, $page: Int!) {
		offerings_connection(filters: { or: [{ validUntil: { null: true } }, { validUntil: { gte: $today } }] }, pagination: { page: $page, pageSize: 100 }) {
			pageInfo {
				pageCount
			}
			nodes {
				topic {
					slug
				}
			}
		}
	}
`);

const cache = ttlCache<'all', Map<string, number>>(60_000, async () => {
	const counts = new Map<string, number>();
	const today = berlinDate();
	for (let page = 1; page <= 50; page++) {
		const data = await cms.request(OfferingTopicsQuery, { today, page });
		for (const node of data.offerings_connection?.nodes ?? []) {
			const slug = node.topic?.slug;
			if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1);
		}
		if (page >= (data.offerings_connection?.pageInfo.pageCount ?? 0)) break;
	}
	return counts;
});

export function getTopicCounts(): Promise<Map<string, number>> {
	return cache.get('all');
}
