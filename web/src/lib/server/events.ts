/**
 * Public events: upcoming and past lists, the detail page, and everything for the calendar feed.
 * Internal events (working-group meetings) are never returned to the public by the CMS; the
 * site asks for public ones explicitly as well.
 */
import { cms } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import { PAGE_SIZE } from '../facets.ts';
import type { Locale } from '../i18n.ts';

export type EventPeriod = 'upcoming' | 'past';

// a list entry's fields, spread into both periods below (codegen appends it to the document)
graphql(`
	fragment EventListPage on EventEntityResponseCollection {
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
			kind
			startsAt
			endsAt
			online
			venueName
			venueAddress {
				city
			}
			municipality {
				slug
				name
			}
			localized(locale: $locale) {
				title
				summary
				fallbackFields
			}
		}
	}
`);

/**
 * Upcoming: not yet over (starts now or later, or still running), soonest first. Past: over, latest
 * first. Both periods are written here (one field skipped), so no variable can filter or sort by
 * anything else.
 */
const EventListQuery = graphql(`
	query EventList($locale: String!, $now: DateTime!, $upcoming: Boolean!, $page: Int!, $pageSize: Int!) {
		upcoming: events_connection(
			filters: { visibility: { eq: "public" }, or: [{ startsAt: { gte: $now } }, { endsAt: { gte: $now } }] }
			pagination: { page: $page, pageSize: $pageSize }
			sort: ["startsAt:asc"]
		) @include(if: $upcoming) {
			...EventListPage
		}
		past: events_connection(
			filters: { visibility: { eq: "public" }, startsAt: { lt: $now }, or: [{ endsAt: { null: true } }, { endsAt: { lt: $now } }] }
			pagination: { page: $page, pageSize: $pageSize }
			sort: ["startsAt:desc"]
		) @skip(if: $upcoming) {
			...EventListPage
		}
	}
`);

export async function listEvents(locale: Locale, period: EventPeriod, page: number, pageSize = PAGE_SIZE) {
	const data = await cms.request(EventListQuery, {
		locale,
		now: new Date().toISOString(),
		upcoming: period === 'upcoming',
		page,
		pageSize
	});
	const connection = data.upcoming ?? data.past;
	return {
		pageInfo: connection?.pageInfo ?? { total: 0, page: 1, pageSize, pageCount: 0 },
		items: (connection?.nodes ?? []).map((node) => ({
			documentId: node.documentId,
			slug: node.slug ?? '',
			title: node.localized.title ?? node.title,
			summary: node.localized.summary ?? node.summary ?? null,
			fallbackFields: node.localized.fallbackFields,
			kind: node.kind,
			startsAt: node.startsAt,
			endsAt: node.endsAt ?? null,
			online: node.online,
			place: node.venueName ?? node.venueAddress?.city ?? node.municipality?.name ?? null
		}))
	};
}

export type EventListItem = Awaited<ReturnType<typeof listEvents>>['items'][number];

const EventDetailQuery = graphql(`
	query EventDetail($slug: String!, $locale: String!) {
		events(filters: { slug: { eq: $slug }, visibility: { eq: "public" } }, pagination: { pageSize: 1 }) {
			documentId
			slug
			title
			summary
			description
			kind
			startsAt
			endsAt
			online
			venueName
			venueAddress {
				street
				postalCode
				city
			}
			organiserName
			organiser {
				slug
				name
				contact {
					email
				}
				localized(locale: $locale) {
					name
				}
			}
			workingGroup {
				slug
				name
				localized(locale: $locale) {
					name
				}
			}
			municipality {
				slug
				name
			}
			updatedAt
			localized(locale: $locale) {
				title
				summary
				description
				fallbackFields
			}
		}
	}
`);

export async function getEvent(slug: string, locale: Locale) {
	const data = await cms.request(EventDetailQuery, { slug, locale });
	const node = data.events[0];
	if (!node) return null;
	return {
		documentId: node.documentId,
		slug: node.slug ?? slug,
		title: node.localized.title ?? node.title,
		summary: node.localized.summary ?? node.summary ?? null,
		description: node.localized.description ?? node.description ?? null,
		fallbackFields: node.localized.fallbackFields,
		kind: node.kind,
		startsAt: node.startsAt,
		endsAt: node.endsAt ?? null,
		online: node.online,
		venueName: node.venueName ?? null,
		venueAddress: node.venueAddress ?? null,
		organiser: node.organiser?.slug
			? { slug: node.organiser.slug, name: node.organiser.localized.name ?? node.organiser.name, email: node.organiser.contact?.email ?? null }
			: null,
		organiserName: node.organiserName ?? null,
		workingGroup: node.workingGroup?.slug ? { slug: node.workingGroup.slug, name: node.workingGroup.localized.name ?? node.workingGroup.name } : null,
		municipality: node.municipality?.slug ? { slug: node.municipality.slug, name: node.municipality.name } : null,
		updatedAt: node.updatedAt ?? null
	};
}

export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEvent>>>;

const EventFeedQuery = graphql(`
	query EventFeed($locale: String!, $since: DateTime!, $page: Int!) {
		events_connection(
			filters: { visibility: { eq: "public" }, or: [{ startsAt: { gte: $since } }, { endsAt: { gte: $since } }] }
			pagination: { page: $page, pageSize: 100 }
			sort: ["startsAt:asc"]
		) {
			pageInfo {
				pageCount
			}
			nodes {
				documentId
				slug
				title
				summary
				description
				startsAt
				endsAt
				online
				venueName
				venueAddress {
					street
					postalCode
					city
				}
				organiserName
				organiser {
					name
					contact {
						email
					}
				}
				updatedAt
				localized(locale: $locale) {
					title
					summary
					description
				}
			}
		}
	}
`);

/** How far back the iCal feed reaches: calendars keep what they once had, the feed need not. */
export const FEED_PAST_DAYS = 30;

/**
 * The public events of the iCal feed: every upcoming or running one and those of the last
 * FEED_PAST_DAYS days (started or ended since then), paged through to the end.
 */
export async function feedEvents(locale: Locale, now = new Date()) {
	const since = new Date(now.getTime() - FEED_PAST_DAYS * 24 * 3600_000).toISOString();
	const out = [];
	for (let page = 1; ; page++) {
		const data = await cms.request(EventFeedQuery, { locale, since, page });
		const connection = data.events_connection;
		for (const node of connection?.nodes ?? []) {
			out.push({
				documentId: node.documentId,
				slug: node.slug ?? '',
				title: node.localized.title ?? node.title,
				summary: node.localized.summary ?? node.summary ?? null,
				description: node.localized.description ?? node.description ?? null,
				startsAt: node.startsAt,
				endsAt: node.endsAt ?? null,
				online: node.online,
				venueName: node.venueName ?? null,
				venueAddress: node.venueAddress ?? null,
				organiserName: node.organiser?.name ?? node.organiserName ?? null,
				organiserEmail: node.organiser?.contact?.email ?? null,
				updatedAt: node.updatedAt ?? null
			});
		}
		if (!connection || page >= connection.pageInfo.pageCount) return out;
	}
}

export type FeedEvent = Awaited<ReturnType<typeof feedEvents>>[number];
