import { gql } from 'graphql-request';
import { cms } from '#lib/cms.ts';
import type { PageServerLoad } from './$types';

export interface Offering {
	documentId: string;
	title: string;
	slug: string | null;
	summary: string | null;
	actor: { name: string } | null;
	topic: { name: string } | null;
}

// Strapi 5 GraphQL (flat response format); only published documents are returned by default.
const OFFERINGS_QUERY = gql`
	query Offerings {
		offerings(sort: "title:asc", pagination: { limit: 25 }) {
			documentId
			title
			slug
			summary
			actor {
				name
			}
			topic {
				name
			}
		}
	}
`;

export const load: PageServerLoad = async () => {
	const data = await cms.request<{ offerings: (Offering | null)[] | null }>(OFFERINGS_QUERY);
	return {
		offerings: (data.offerings ?? []).filter((o): o is Offering => o !== null)
	};
};
