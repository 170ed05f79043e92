/**
 * Public events: upcoming and past lists, the detail page, and everything for the calendar feed.
 * Internal events (working-group meetings) are never returned to the public by the CMS; the
 * site asks for public ones explicitly as well.
 */
import { cms } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import { PAGE_SIZE } from '../facets.ts';
import type { Locale } from '../i18n.ts';
import type { ResultOf } from '@graphql-typed-document-node/core';

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

/** The kinds of event (CMS enumeration `kind`), in the order of the filter. */
export const EVENT_KINDS = ['plenary', 'working_group_meeting', 'intercultural_week', 'public_event'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * Filters of the events page: kinds (none = all) and municipalities (slugs; a Verbandsgemeinde
 * brings its member municipalities; none = all, including events without a municipality).
 */
export interface EventFilters {
	kinds: EventKind[];
	municipalities: string[];
}

export const NO_FILTERS: EventFilters = { kinds: [], municipalities: [] };

/**
 * Variables shared by the filtered documents: with no municipality chosen, `documentId notNull`
 * matches every row (the filter is one document for both cases, so no variable can add another).
 */
function filterVariables(filters: EventFilters) {
	return {
		kinds: filters.kinds.length > 0 ? [...filters.kinds] : [...EVENT_KINDS],
		municipalities: filters.municipalities,
		anyMunicipality: filters.municipalities.length === 0
	};
}

/**
 * Upcoming: not yet over (starts now or later, or still running), soonest first. Past: over, latest
 * first. Both periods are written here (one field skipped), so no variable can filter or sort by
 * anything else.
 */
const EventListQuery = graphql(`
	query EventList(
		$locale: String!
		$now: DateTime!
		$upcoming: Boolean!
		$page: Int!
		$pageSize: Int!
		$kinds: [String]!
		$municipalities: [String]!
		$anyMunicipality: Boolean!
	) {
		upcoming: events_connection(
			filters: {
				visibility: { eq: "public" }
				kind: { in: $kinds }
				and: [
					{ or: [{ startsAt: { gte: $now } }, { endsAt: { gte: $now } }] }
					{ or: [{ municipality: { slug: { in: $municipalities } } }, { documentId: { notNull: $anyMunicipality } }] }
				]
			}
			pagination: { page: $page, pageSize: $pageSize }
			sort: ["startsAt:asc"]
		) @include(if: $upcoming) {
			...EventListPage
		}
		past: events_connection(
			filters: {
				visibility: { eq: "public" }
				kind: { in: $kinds }
				startsAt: { lt: $now }
				and: [
					{ or: [{ endsAt: { null: true } }, { endsAt: { lt: $now } }] }
					{ or: [{ municipality: { slug: { in: $municipalities } } }, { documentId: { notNull: $anyMunicipality } }] }
				]
			}
			pagination: { page: $page, pageSize: $pageSize }
			sort: ["startsAt:desc"]
		) @skip(if: $upcoming) {
			...EventListPage
		}
	}
`);

type ListNode = NonNullable<NonNullable<ResultOf<typeof EventListQuery>['upcoming']>['nodes'][number]>;

const listItem = (node: ListNode) => ({
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
});

export async function listEvents(locale: Locale, period: EventPeriod, page: number, pageSize = PAGE_SIZE, filters: EventFilters = NO_FILTERS) {
	const data = await cms.request(EventListQuery, {
		locale,
		now: new Date().toISOString(),
		upcoming: period === 'upcoming',
		page,
		pageSize,
		...filterVariables(filters)
	});
	const connection = data.upcoming ?? data.past;
	return {
		pageInfo: connection?.pageInfo ?? { total: 0, page: 1, pageSize, pageCount: 0 },
		items: (connection?.nodes ?? []).map(listItem)
	};
}

const EventMonthQuery = graphql(`
	query EventMonth($locale: String!, $from: DateTime!, $to: DateTime!, $page: Int!, $kinds: [String]!, $municipalities: [String]!, $anyMunicipality: Boolean!) {
		events_connection(
			filters: {
				visibility: { eq: "public" }
				kind: { in: $kinds }
				startsAt: { lt: $to }
				and: [
					{ or: [{ startsAt: { gte: $from } }, { endsAt: { gte: $from } }] }
					{ or: [{ municipality: { slug: { in: $municipalities } } }, { documentId: { notNull: $anyMunicipality } }] }
				]
			}
			pagination: { page: $page, pageSize: 100 }
			sort: ["startsAt:asc"]
		) {
			...EventListPage
		}
	}
`);

/** How many events one month view shows at most (pages of 100): a month of the network has far fewer. */
const MONTH_PAGES = 5;

/** The public events touching the given span (a month and a day either side), all of them, soonest first. */
export async function eventsBetween(locale: Locale, range: { from: string; to: string }, filters: EventFilters = NO_FILTERS) {
	const items: EventListItem[] = [];
	for (let page = 1; page <= MONTH_PAGES; page++) {
		const data = await cms.request(EventMonthQuery, { locale, ...range, page, ...filterVariables(filters) });
		const connection = data.events_connection;
		items.push(...(connection?.nodes ?? []).map(listItem));
		if (!connection || page >= connection.pageInfo.pageCount) break;
	}
	return items;
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
			registrationMode
			registrationUrl
			registrationEmail
			registrationPhone
			registrationDeadline
			registrationNote
			registrationAudience
			registrationQuestion
			capacity
			updatedAt
			localized(locale: $locale) {
				title
				summary
				description
				registrationNote
				registrationQuestion
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
		registration: {
			mode: (node.registrationMode ?? 'none') as 'none' | 'contact' | 'form',
			url: node.registrationUrl ?? null,
			email: node.registrationEmail ?? null,
			phone: node.registrationPhone ?? null,
			deadline: node.registrationDeadline ?? null,
			note: node.localized.registrationNote ?? node.registrationNote ?? null,
			membersOnly: node.registrationAudience === 'members',
			question: node.localized.registrationQuestion ?? node.registrationQuestion ?? null,
			capacity: node.capacity ?? null
		},
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
				municipality {
					slug
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
				kind: node.kind as string,
				municipality: node.municipality?.slug ?? null,
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

/** The feed's events that pass the page's filters (the feed reads every event anyway). */
export function filterFeed(events: FeedEvent[], filters: EventFilters): FeedEvent[] {
	return events.filter(
		(event) =>
			(filters.kinds.length === 0 || (filters.kinds as string[]).includes(event.kind)) &&
			(filters.municipalities.length === 0 || (event.municipality !== null && filters.municipalities.includes(event.municipality)))
	);
}
