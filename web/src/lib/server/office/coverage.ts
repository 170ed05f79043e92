/**
 * The offerings behind the coverage matrix, read like a visitor reads them (the public client:
 * published, not withdrawn) and with the public list's own date rule, so every cell equals the
 * result count of the public list it links to.
 */
import { cms } from '../cms/index.ts';
import { graphql } from '../../graphql/generated/gql.ts';
import { berlinDate } from '../../i18n.ts';
import type { CoverageOffering } from '../../coverage.ts';

const CoverageOfferingsQuery = graphql(`
	query CoverageOfferings($today: Date!, $page: Int!) {
		offerings_connection(filters: { or: [{ validUntil: { null: true } }, { validUntil: { gte: $today } }] }, pagination: { page: $page, pageSize: 100 }, sort: ["documentId:asc"]) {
			pageInfo {
				pageCount
			}
			nodes {
				documentId
				topic {
					slug
				}
				municipalities(pagination: { pageSize: 100 }) {
					slug
				}
			}
		}
	}
`);

/** Every offering a visitor can find today, with its topic and municipalities. */
export async function currentOfferingsForCoverage(): Promise<CoverageOffering[]> {
	const today = berlinDate();
	const offerings: CoverageOffering[] = [];
	for (let page = 1; ; page += 1) {
		const data = await cms.request(CoverageOfferingsQuery, { today, page });
		for (const node of data.offerings_connection?.nodes ?? []) {
			offerings.push({
				documentId: node.documentId,
				topic: node.topic?.slug ?? null,
				municipalities: node.municipalities.flatMap((m) => (m?.slug ? [m.slug] : []))
			});
		}
		if (page >= (data.offerings_connection?.pageInfo.pageCount ?? 0)) return offerings;
	}
}
