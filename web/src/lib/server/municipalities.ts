/** A municipality's page: its place in the hierarchy and the actors, offerings and events there. */
import { cms } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import { expandMunicipality } from '../facets.ts';
import type { Locale } from '../i18n.ts';
import { getTaxonomies } from './taxonomies.ts';

/** Page sizes of the three lists of a municipality page, each paged on its own (`?seite=`, `?akteure-seite=`, `?termine-seite=`). */
export const MUNICIPALITY_PAGE_SIZES = { offerings: 20, actors: 30, events: 10 } as const;

/** Each list has its own page parameter, so paging one keeps the others where they are. */
export const MUNICIPALITY_PAGE_PARAMETERS = { offerings: 'seite', actors: 'akteure-seite', events: 'termine-seite' } as const;

export interface MunicipalityPages {
	offerings: number;
	actors: number;
	events: number;
}

const MunicipalityDetailQuery = graphql(`
	query MunicipalityDetail(
		$slug: String!
		$locale: String!
		$slugs: [String]
		$today: Date!
		$now: DateTime!
		$offeringPage: Int!
		$offeringPageSize: Int!
		$actorPage: Int!
		$actorPageSize: Int!
		$eventPage: Int!
		$eventPageSize: Int!
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
			pagination: { page: $offeringPage, pageSize: $offeringPageSize }
			sort: ["title:asc"]
		) {
			pageInfo {
				total
				pageCount
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
				# the district has fewer than 50 municipalities; 50 keeps the document within a third of the cost limit
				municipalities(pagination: { pageSize: 50 }, sort: ["name:asc"]) {
					slug
					name
				}
			}
		}
		actors_connection(filters: { municipalities: { slug: { in: $slugs } } }, pagination: { page: $actorPage, pageSize: $actorPageSize }, sort: ["name:asc"]) {
			pageInfo {
				total
				pageCount
			}
			nodes {
				slug
				name
				kind
				localized(locale: $locale) {
					name
				}
			}
		}
		events_connection(
			filters: { and: [{ visibility: { eq: "public" } }, { or: [{ startsAt: { gte: $now } }, { endsAt: { gte: $now } }] }, { municipality: { slug: { in: $slugs } } }] }
			pagination: { page: $eventPage, pageSize: $eventPageSize }
			sort: ["startsAt:asc"]
		) {
			pageInfo {
				total
				pageCount
			}
			nodes {
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
	}
`);

/** One page of a list: where it is, how many pages and entries there are in all. */
const pageOf = (page: number, pageSize: number, info: { total: number; pageCount: number } | undefined) => ({
	page,
	pageSize,
	total: info?.total ?? 0,
	pageCount: info?.pageCount ?? 0
});

export async function getMunicipality(slug: string, locale: Locale, today: string, pages: MunicipalityPages = { offerings: 1, actors: 1, events: 1 }) {
	const taxonomies = await getTaxonomies(locale);
	if (!taxonomies.municipalities.some((m) => m.slug === slug)) return null;
	const slugs = expandMunicipality(slug, taxonomies.municipalities);
	const data = await cms.request(MunicipalityDetailQuery, {
		slug,
		locale,
		slugs,
		today,
		now: new Date().toISOString(),
		offeringPage: pages.offerings,
		offeringPageSize: MUNICIPALITY_PAGE_SIZES.offerings,
		actorPage: pages.actors,
		actorPageSize: MUNICIPALITY_PAGE_SIZES.actors,
		eventPage: pages.events,
		eventPageSize: MUNICIPALITY_PAGE_SIZES.events
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
		offeringPages: pageOf(pages.offerings, MUNICIPALITY_PAGE_SIZES.offerings, data.offerings_connection?.pageInfo),
		actorPages: pageOf(pages.actors, MUNICIPALITY_PAGE_SIZES.actors, data.actors_connection?.pageInfo),
		eventPages: pageOf(pages.events, MUNICIPALITY_PAGE_SIZES.events, data.events_connection?.pageInfo),
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
		actors: (data.actors_connection?.nodes ?? []).flatMap((a) => (a?.slug ? [{ slug: a.slug, name: a.localized.name ?? a.name, kind: a.kind }] : [])),
		events: (data.events_connection?.nodes ?? []).flatMap((e) =>
			e?.slug
				? [{ slug: e.slug, title: e.localized.title ?? e.title, startsAt: e.startsAt, endsAt: e.endsAt ?? null, fallback: e.localized.fallbackFields.includes('title') }]
				: []
		)
	};
}
