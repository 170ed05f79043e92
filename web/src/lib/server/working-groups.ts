/** Working groups (Arbeitskreise): list and detail with members and upcoming public meetings. */
import { cms } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import type { Locale } from '../i18n.ts';

const WorkingGroupListQuery = graphql(`
	query WorkingGroupList($locale: String!) {
		workingGroups(pagination: { pageSize: 100 }, sort: ["isCoordinationGroup:desc", "name:asc"]) {
			slug
			name
			purpose
			isCoordinationGroup
			leadName
			topic {
				slug
			}
			localized(locale: $locale) {
				name
				purpose
				fallbackFields
			}
		}
	}
`);

export async function listWorkingGroups(locale: Locale) {
	const data = await cms.request(WorkingGroupListQuery, { locale });
	return data.workingGroups.flatMap((group) =>
		group?.slug
			? [
					{
						slug: group.slug,
						name: group.localized.name ?? group.name,
						purpose: group.localized.purpose ?? group.purpose ?? null,
						fallbackFields: group.localized.fallbackFields,
						isCoordinationGroup: group.isCoordinationGroup,
						leadName: group.leadName ?? null,
						topic: group.topic?.slug ?? null
					}
				]
			: []
	);
}

const WorkingGroupDetailQuery = graphql(`
	query WorkingGroupDetail($slug: String!, $locale: String!, $now: DateTime!) {
		workingGroups(filters: { slug: { eq: $slug } }, pagination: { pageSize: 1 }) {
			documentId
			slug
			name
			purpose
			description
			isCoordinationGroup
			leadName
			leadActor {
				slug
				name
				localized(locale: $locale) {
					name
				}
			}
			contact {
				contactPerson
				email
				phone
				website
			}
			topic {
				slug
			}
			localized(locale: $locale) {
				name
				purpose
				description
				fallbackFields
			}
			memberActors(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
				slug
				name
				kind
				localized(locale: $locale) {
					name
				}
			}
			events(filters: { visibility: { eq: "public" }, or: [{ startsAt: { gte: $now } }, { endsAt: { gte: $now } }] }, pagination: { pageSize: 20 }, sort: ["startsAt:asc"]) {
				slug
				title
				startsAt
				endsAt
				kind
				localized(locale: $locale) {
					title
					fallbackFields
				}
			}
		}
		# the totals behind the two lists above, which show at most 100 members and 20 meetings
		memberCount: actors_connection(filters: { workingGroups: { slug: { eq: $slug } } }, pagination: { pageSize: 1 }) {
			pageInfo {
				total
			}
		}
		meetingCount: events_connection(
			filters: { and: [{ workingGroup: { slug: { eq: $slug } } }, { visibility: { eq: "public" } }, { or: [{ startsAt: { gte: $now } }, { endsAt: { gte: $now } }] }] }
			pagination: { pageSize: 1 }
		) {
			pageInfo {
				total
			}
		}
	}
`);

export async function getWorkingGroup(slug: string, locale: Locale) {
	const data = await cms.request(WorkingGroupDetailQuery, {
		slug,
		locale,
		now: new Date().toISOString()
	});
	const node = data.workingGroups[0];
	if (!node) return null;
	return {
		slug: node.slug ?? slug,
		name: node.localized.name ?? node.name,
		purpose: node.localized.purpose ?? node.purpose ?? null,
		description: node.localized.description ?? node.description ?? null,
		fallbackFields: node.localized.fallbackFields,
		isCoordinationGroup: node.isCoordinationGroup,
		leadName: node.leadName ?? null,
		leadActor: node.leadActor?.slug ? { slug: node.leadActor.slug, name: node.leadActor.localized.name ?? node.leadActor.name } : null,
		contact: node.contact ?? null,
		topic: node.topic?.slug ?? null,
		memberTotal: data.memberCount?.pageInfo.total ?? 0,
		meetingTotal: data.meetingCount?.pageInfo.total ?? 0,
		members: node.memberActors.flatMap((a) => (a?.slug ? [{ slug: a.slug, name: a.localized.name ?? a.name, kind: a.kind }] : [])),
		meetings: node.events.flatMap((e) =>
			e?.slug
				? [
						{
							slug: e.slug,
							title: e.localized.title ?? e.title,
							startsAt: e.startsAt,
							endsAt: e.endsAt ?? null,
							kind: e.kind,
							fallback: e.localized.fallbackFields.includes('title')
						}
					]
				: []
		)
	};
}
