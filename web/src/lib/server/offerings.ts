/**
 * Offerings: the faceted list and the detail page. The list asks only for what a card shows:
 * the CMS resolves every relation per row, so each extra one costs a query per offering.
 */
import { cms } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import type { Locale } from '../i18n.ts';
import { PAGE_SIZE, type OfferingFilterVariables, type OfferingSort } from '../facets.ts';

// a card's fields, spread into both sort orders below (codegen appends it to the document)
graphql(`
	fragment OfferingListPage on OfferingEntityResponseCollection {
		pageInfo {
			total
			page
			pageSize
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
			validUntil
			lastConfirmedAt
			localized(locale: $locale) {
				title
				summary
				fallbackFields
			}
			openingHours {
				temporarilyClosed
				closedUntil
				byAppointment
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
`);

/**
 * Filters and sort orders are written here, facets come in as scalars (absent: not filtered), so
 * no variable can filter or sort by anything else. The two sort orders are two fields, one skipped.
 */
const OfferingListQuery = graphql(`
	query OfferingList(
		$locale: String!
		$today: Date!
		$municipalities: [String]
		$topics: [String]
		$targetGroups: [String]
		$languages: [String]
		$documentIds: [ID]
		$free: Boolean
		$barrierFree: String
		$deliveryModes: [String]
		$page: Int!
		$pageSize: Int!
		$byConfirmation: Boolean!
	) {
		byTitle: offerings_connection(
			filters: {
				or: [{ validUntil: { null: true } }, { validUntil: { gte: $today } }]
				municipalities: { slug: { in: $municipalities } }
				topic: { slug: { in: $topics } }
				targetGroups: { slug: { in: $targetGroups } }
				languages: { code: { in: $languages } }
				documentId: { in: $documentIds }
				free: { eq: $free }
				barrierFree: { eq: $barrierFree }
				deliveryMode: { in: $deliveryModes }
			}
			pagination: { page: $page, pageSize: $pageSize }
			sort: ["title:asc"]
		) @skip(if: $byConfirmation) {
			...OfferingListPage
		}
		byConfirmation: offerings_connection(
			filters: {
				or: [{ validUntil: { null: true } }, { validUntil: { gte: $today } }]
				municipalities: { slug: { in: $municipalities } }
				topic: { slug: { in: $topics } }
				targetGroups: { slug: { in: $targetGroups } }
				languages: { code: { in: $languages } }
				documentId: { in: $documentIds }
				free: { eq: $free }
				barrierFree: { eq: $barrierFree }
				deliveryMode: { in: $deliveryModes }
			}
			pagination: { page: $page, pageSize: $pageSize }
			sort: ["lastConfirmedAt:desc", "title:asc"]
		) @include(if: $byConfirmation) {
			...OfferingListPage
		}
	}
`);

export type OfferingListData = Awaited<ReturnType<typeof listOfferings>>;
export type OfferingListItem = OfferingListData['items'][number];

/**
 * One page of the list. `documentIds` (for "near …", ordered by distance elsewhere) narrows the
 * page to those offerings, in that order.
 */
export async function listOfferings(
	locale: Locale,
	filters: OfferingFilterVariables,
	options: { page: number; sort: OfferingSort; pageSize?: number; documentIds?: string[] }
) {
	const data = await cms.request(OfferingListQuery, {
		locale,
		...filters,
		documentIds: options.documentIds,
		page: options.page,
		pageSize: options.pageSize ?? PAGE_SIZE,
		byConfirmation: options.sort === 'bestaetigt'
	});
	const connection = data.byConfirmation ?? data.byTitle;
	return {
		pageInfo: connection?.pageInfo ?? { total: 0, page: 1, pageSize: PAGE_SIZE, pageCount: 0 },
		items: (connection?.nodes ?? []).map((node) => ({
			documentId: node.documentId,
			slug: node.slug ?? '',
			title: node.localized.title ?? node.title,
			summary: node.localized.summary ?? node.summary ?? null,
			fallbackFields: node.localized.fallbackFields,
			free: node.free,
			deliveryMode: node.deliveryMode,
			barrierFree: node.barrierFree,
			validUntil: node.validUntil ?? null,
			lastConfirmedAt: node.lastConfirmedAt ?? null,
			openingHours: node.openingHours ?? null,
			actor: node.actor ? { slug: node.actor.slug ?? '', name: node.actor.localized.name ?? node.actor.name } : null,
			topic: node.topic?.slug ?? null,
			municipalities: node.municipalities.flatMap((m) => (m?.slug ? [{ slug: m.slug, name: m.name }] : []))
		}))
	};
}

const OfferingDetailQuery = graphql(`
	query OfferingDetail($slug: String!, $locale: String!) {
		offerings(filters: { slug: { eq: $slug } }, pagination: { pageSize: 1 }) {
			documentId
			slug
			title
			summary
			description
			free
			costNote
			registration
			registrationNote
			scheduleNote
			deliveryMode
			barrierFree
			accessibilityNote
			validFrom
			validUntil
			lastConfirmedAt
			updatedAt
			venueName
			location {
				latitude
				longitude
			}
			venueAddress {
				street
				postalCode
				city
			}
			contact {
				contactPerson
				email
				phone
				website
			}
			openingHours {
				byAppointment
				temporarilyClosed
				closedUntil
				note
				slots(pagination: { pageSize: 100 }) {
					weekday
					opens
					closes
				}
			}
			localized(locale: $locale) {
				title
				summary
				description
				costNote
				registrationNote
				scheduleNote
				openingHoursNote
				fallbackFields
			}
			actor {
				slug
				name
				kind
				localized(locale: $locale) {
					name
				}
			}
			topic {
				slug
			}
			targetGroups(pagination: { pageSize: 100 }) {
				slug
			}
			languages(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
				code
			}
			municipalities(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
				slug
				name
			}
		}
	}
`);

export async function getOffering(slug: string, locale: Locale) {
	const data = await cms.request(OfferingDetailQuery, { slug, locale });
	const node = data.offerings[0];
	if (!node) return null;
	return {
		...node,
		slug: node.slug ?? slug,
		title: node.localized.title ?? node.title,
		summary: node.localized.summary ?? node.summary ?? null,
		description: node.localized.description ?? node.description ?? null,
		costNote: node.localized.costNote ?? node.costNote ?? null,
		registrationNote: node.localized.registrationNote ?? node.registrationNote ?? null,
		scheduleNote: node.localized.scheduleNote ?? node.scheduleNote ?? null,
		// the opening hours' note in the visitor's language where the organisation translated it
		openingHours: node.openingHours ? { ...node.openingHours, note: node.localized.openingHoursNote ?? node.openingHours.note ?? null } : null,
		fallbackFields: [...node.localized.fallbackFields, ...(locale !== 'de' && !node.localized.openingHoursNote && node.openingHours?.note ? ['openingHoursNote'] : [])],
		actor: node.actor ? { slug: node.actor.slug ?? '', name: node.actor.localized.name ?? node.actor.name, kind: node.actor.kind } : null,
		topic: node.topic?.slug ?? null,
		targetGroups: node.targetGroups.flatMap((t) => (t?.slug ? [t.slug] : [])),
		languages: node.languages.flatMap((l) => (l ? [l.code] : [])),
		municipalities: node.municipalities.flatMap((m) => (m?.slug ? [{ slug: m.slug, name: m.name }] : [])),
		location: node.location ? { latitude: Number(node.location.latitude), longitude: Number(node.location.longitude) } : null
	};
}

export type OfferingDetail = NonNullable<Awaited<ReturnType<typeof getOffering>>>;

const OfferingIdQuery = graphql(`
	query OfferingId($slug: String!) {
		offerings(filters: { slug: { eq: $slug } }, pagination: { pageSize: 1 }) {
			documentId
		}
	}
`);

export async function offeringDocumentId(slug: string): Promise<string | null> {
	const data = await cms.request(OfferingIdQuery, { slug });
	return data.offerings[0]?.documentId ?? null;
}
