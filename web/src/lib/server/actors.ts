/** Actors (member organisations): the faceted list and the profile page. */
import { cms } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import { PAGE_SIZE, type ActorFilterVariables } from '../facets.ts';
import type { Locale } from '../i18n.ts';

const ActorListQuery = graphql(`
	query ActorList(
		$locale: String!
		$kinds: [String]
		$municipalities: [String]
		$languages: [String]
		$documentIds: [ID]
		$page: Int!
		$pageSize: Int!
	) {
		actors_connection(
			filters: {
				kind: { in: $kinds }
				municipalities: { slug: { in: $municipalities } }
				languages: { code: { in: $languages } }
				documentId: { in: $documentIds }
			}
			pagination: { page: $page, pageSize: $pageSize }
			sort: ["name:asc"]
		) {
			pageInfo {
				total
				page
				pageSize
				pageCount
			}
			nodes {
				documentId
				slug
				name
				kind
				shortDescription
				logo {
					url
					width
					height
					formats
				}
				localized(locale: $locale) {
					name
					shortDescription
					fallbackFields
				}
				municipalities(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
					slug
					name
				}
			}
		}
	}
`);

/**
 * Facets come in as lists of values (absent: not filtered); the filter itself is written in the
 * document. `documentIds` (for "near …") narrows the page to those actors.
 */
export async function listActors(locale: Locale, filters: ActorFilterVariables, page: number, documentIds?: string[]) {
	const data = await cms.request(ActorListQuery, { locale, ...filters, documentIds, page, pageSize: PAGE_SIZE });
	const connection = data.actors_connection;
	return {
		pageInfo: connection?.pageInfo ?? { total: 0, page: 1, pageSize: PAGE_SIZE, pageCount: 0 },
		items: (connection?.nodes ?? []).map((node) => ({
			documentId: node.documentId,
			slug: node.slug ?? '',
			name: node.localized.name ?? node.name,
			kind: node.kind,
			shortDescription: node.localized.shortDescription ?? node.shortDescription ?? null,
			fallbackFields: node.localized.fallbackFields,
			logo: node.logo ?? null,
			municipalities: node.municipalities.flatMap((m) => (m?.slug ? [{ slug: m.slug, name: m.name }] : []))
		}))
	};
}

const ActorDetailQuery = graphql(`
	query ActorDetail($slug: String!, $locale: String!, $today: Date!, $now: DateTime!) {
		actors(filters: { slug: { eq: $slug } }, pagination: { pageSize: 1 }) {
			documentId
			slug
			name
			kind
			shortDescription
			description
			barrierFree
			accessibilityNote
			lastConfirmedAt
			contact {
				contactPerson
				email
				phone
				website
			}
			location {
				latitude
				longitude
			}
			address {
				street
				postalCode
				city
			}
			logo {
				url
				alternativeText
				width
				height
				formats
			}
			localized(locale: $locale) {
				name
				shortDescription
				description
				accessibilityNote
				fallbackFields
			}
			languages(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
				code
			}
			municipalities(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
				slug
				name
			}
			offerings(filters: { or: [{ validUntil: { null: true } }, { validUntil: { gte: $today } }] }, pagination: { pageSize: 100 }, sort: ["title:asc"]) {
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
				topic {
					slug
				}
				municipalities(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
					slug
					name
				}
			}
			workingGroups(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
				slug
				name
				localized(locale: $locale) {
					name
				}
			}
			events(filters: { or: [{ startsAt: { gte: $now } }, { endsAt: { gte: $now } }] }, pagination: { pageSize: 20 }, sort: ["startsAt:asc"]) {
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
		# the totals behind the two lists above, which show at most 100 offerings and 20 events
		offeringCount: offerings_connection(
			filters: { and: [{ actor: { slug: { eq: $slug } } }, { or: [{ validUntil: { null: true } }, { validUntil: { gte: $today } }] }] }
			pagination: { pageSize: 1 }
		) {
			pageInfo {
				total
			}
		}
		eventCount: events_connection(
			filters: { and: [{ organiser: { slug: { eq: $slug } } }, { visibility: { eq: "public" } }, { or: [{ startsAt: { gte: $now } }, { endsAt: { gte: $now } }] }] }
			pagination: { pageSize: 1 }
		) {
			pageInfo {
				total
			}
		}
	}
`);

export async function getActor(slug: string, locale: Locale, today: string) {
	const now = new Date().toISOString();
	const data = await cms.request(ActorDetailQuery, {
		slug,
		locale,
		today,
		now
	});
	const node = data.actors[0];
	if (!node) return null;
	return {
		documentId: node.documentId,
		slug: node.slug ?? slug,
		name: node.localized.name ?? node.name,
		kind: node.kind,
		shortDescription: node.localized.shortDescription ?? node.shortDescription ?? null,
		description: node.localized.description ?? node.description ?? null,
		accessibilityNote: node.localized.accessibilityNote ?? node.accessibilityNote ?? null,
		fallbackFields: node.localized.fallbackFields,
		barrierFree: node.barrierFree,
		lastConfirmedAt: node.lastConfirmedAt ?? null,
		contact: node.contact ?? null,
		address: node.address ?? null,
		location: node.location ? { latitude: Number(node.location.latitude), longitude: Number(node.location.longitude) } : null,
		logo: node.logo ?? null,
		languages: node.languages.flatMap((l) => (l ? [l.code] : [])),
		municipalities: node.municipalities.flatMap((m) => (m?.slug ? [{ slug: m.slug, name: m.name }] : [])),
		offeringTotal: data.offeringCount?.pageInfo.total ?? 0,
		eventTotal: data.eventCount?.pageInfo.total ?? 0,
		offerings: node.offerings.flatMap((o) =>
			o?.slug
				? [
						{
							documentId: o.documentId,
							slug: o.slug,
							title: o.localized.title ?? o.title,
							summary: o.localized.summary ?? o.summary ?? null,
							fallbackFields: o.localized.fallbackFields,
							free: o.free,
							deliveryMode: o.deliveryMode,
							barrierFree: o.barrierFree,
							openingHours: o.openingHours ?? null,
							actor: null,
							topic: o.topic?.slug ?? null,
							municipalities: o.municipalities.flatMap((m) => (m?.slug ? [{ slug: m.slug, name: m.name }] : []))
						}
					]
				: []
		),
		workingGroups: node.workingGroups.flatMap((w) => (w?.slug ? [{ slug: w.slug, name: w.localized.name ?? w.name }] : [])),
		events: node.events.flatMap((e) =>
			e?.slug
				? [{ slug: e.slug, title: e.localized.title ?? e.title, startsAt: e.startsAt, endsAt: e.endsAt ?? null, fallback: e.localized.fallbackFields.includes('title') }]
				: []
		)
	};
}

const ActorIdQuery = graphql(`
	query ActorId($slug: String!) {
		actors(filters: { slug: { eq: $slug } }, pagination: { pageSize: 1 }) {
			documentId
		}
	}
`);

export async function actorDocumentId(slug: string): Promise<string | null> {
	const data = await cms.request(ActorIdQuery, { slug });
	return data.actors[0]?.documentId ?? null;
}
