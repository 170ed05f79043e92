/** A municipality's page: its place in the hierarchy and the actors, offerings and events there. */
import { cms } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import { expandMunicipality } from '../facets.ts';
import type { Locale } from '../i18n.ts';
import { getTaxonomies } from './taxonomies.ts';

/** How many offerings a municipality page lists before linking to the filtered list. */
export const MUNICIPALITY_OFFERINGS = 20;

const MunicipalityDetailQuery = graphql(`
	query MunicipalityDetail(
		$slug: String!
		$locale: String!
		$slugs: [String]
		$today: Date!
		$now: DateTime!
		$offeringCount: Int!
	) {
		municipalities(filters: { slug: { eq: $slug } }, pagination: { pageSize: 1 }) {
			documentId
			slug
			name
			kind
			description
			localized(locale: $locale) {
				description
				fallbackFields
			}
			parent {
				slug
				name
			}
			members(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
				slug
				name
			}
		}
		offerings_connection(
			filters: { and: [{ or: [{ validUntil: { null: true } }, { validUntil: { gte: $today } }] }, { municipalities: { slug: { in: $slugs } } }] }
			pagination: { pageSize: $offeringCount }
			sort: ["title:asc"]
		) {
			pageInfo {
				total
			}
			nodes {
				documentId
				slug
				title
				summary
				free
				deliveryMode
				barrierFree
				localized(locale: $locale) {
					title
					summary
					fallbackFields
				}
				openingHours {
					temporarilyClosed
					closedUntil
				}
				actor {
					slug
					name
					localized(locale: $locale) {
						name
					}
				}
				topic {
					slug
				}
				municipalities(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
					slug
					name
				}
			}
		}
		actors(filters: { municipalities: { slug: { in: $slugs } } }, pagination: { pageSize: 100 }, sort: ["name:asc"]) {
			slug
			name
			kind
			localized(locale: $locale) {
				name
			}
		}
		events(filters: { and: [{ visibility: { eq: "public" } }, { or: [{ startsAt: { gte: $now } }, { endsAt: { gte: $now } }] }, { municipality: { slug: { in: $slugs } } }] }, pagination: { pageSize: 10 }, sort: ["startsAt:asc"]) {
			slug
			title
			startsAt
			endsAt
			localized(locale: $locale) {
				title
				fallbackFields
			}
		}
	}
`);

export async function getMunicipality(slug: string, locale: Locale, today: string) {
	const taxonomies = await getTaxonomies(locale);
	if (!taxonomies.municipalities.some((m) => m.slug === slug)) return null;
	const slugs = expandMunicipality(slug, taxonomies.municipalities);
	const data = await cms.request(MunicipalityDetailQuery, {
		slug,
		locale,
		slugs,
		today,
		now: new Date().toISOString(),
		offeringCount: MUNICIPALITY_OFFERINGS
	});
	const node = data.municipalities[0];
	if (!node) return null;
	return {
		slug: node.slug ?? slug,
		name: node.name,
		kind: node.kind,
		description: node.localized.description ?? node.description ?? null,
		descriptionFallback: node.localized.fallbackFields.includes('description'),
		parent: node.parent?.slug ? { slug: node.parent.slug, name: node.parent.name } : null,
		members: node.members.flatMap((m) => (m?.slug ? [{ slug: m.slug, name: m.name }] : [])),
		offeringTotal: data.offerings_connection?.pageInfo.total ?? 0,
		offerings: (data.offerings_connection?.nodes ?? []).map((o) => ({
			documentId: o.documentId,
			slug: o.slug ?? '',
			title: o.localized.title ?? o.title,
			summary: o.localized.summary ?? o.summary ?? null,
			fallbackFields: o.localized.fallbackFields,
			free: o.free,
			deliveryMode: o.deliveryMode,
			barrierFree: o.barrierFree,
			openingHours: o.openingHours ?? null,
			actor: o.actor ? { slug: o.actor.slug ?? '', name: o.actor.localized.name ?? o.actor.name } : null,
			topic: o.topic?.slug ?? null,
			municipalities: o.municipalities.flatMap((m) => (m?.slug ? [{ slug: m.slug, name: m.name }] : []))
		})),
		actors: data.actors.flatMap((a) => (a?.slug ? [{ slug: a.slug, name: a.localized.name ?? a.name, kind: a.kind }] : [])),
		events: data.events.flatMap((e) =>
			e?.slug
				? [{ slug: e.slug, title: e.localized.title ?? e.title, startsAt: e.startsAt, endsAt: e.endsAt ?? null, fallback: e.localized.fallbackFields.includes('title') }]
				: []
		)
	};
}
