/**
 * What a non-office caller (the public, a member organisation) may filter, sort and populate by, per
 * content type: an allow-list. Anything not named here is refused (access/query-guard.ts), on every
 * API path: REST, GraphQL root fields and association fields, and any code running in a request.
 *
 * - `filter`: scalar fields usable in filters (any comparison operator, `and`/`or`/`not`).
 * - `relations`: relations a filter may follow; the target's own rules apply after the hop, and each
 *   hop only sees published, public rows (query-guard adds the conditions).
 * - `sort`: scalar fields of the type itself; sorting through relations is never allowed.
 * - `populate`: relations, components and media that may be populated; `*` means these (Strapi's
 *   REST layer expands `*` itself, so the i18n types list their `localizations`).
 *
 * Private fields (review state, member accounts, publication stamps, the withdrawal stamp) are not
 * listed anywhere. The office and trusted server code are not bound by these lists.
 */
export type QueryRules = {
  filter: readonly string[];
  relations: readonly string[];
  sort: readonly string[];
  populate: readonly string[];
};

const LABEL: QueryRules = {
  filter: ['documentId', 'name', 'slug', 'sortOrder'],
  relations: ['offerings'],
  sort: ['documentId', 'name', 'slug', 'sortOrder'],
  populate: ['offerings', 'translations'],
};

export const PUBLIC_QUERY_RULES: Record<string, QueryRules> = {
  'api::actor.actor': {
    filter: ['documentId', 'name', 'slug', 'kind', 'barrierFree', 'lastConfirmedAt'],
    relations: ['municipalities', 'languages', 'offerings', 'workingGroups'],
    sort: ['documentId', 'name', 'slug', 'kind', 'lastConfirmedAt'],
    populate: ['logo', 'contact', 'address', 'location', 'municipalities', 'languages', 'offerings', 'events', 'workingGroups', 'translations'],
  },
  'api::offering.offering': {
    filter: ['documentId', 'title', 'slug', 'free', 'registration', 'deliveryMode', 'barrierFree', 'validFrom', 'validUntil', 'lastConfirmedAt'],
    relations: ['actor', 'topic', 'targetGroups', 'languages', 'municipalities'],
    sort: ['documentId', 'title', 'slug', 'validFrom', 'validUntil', 'lastConfirmedAt'],
    populate: ['actor', 'topic', 'targetGroups', 'languages', 'municipalities', 'contact', 'venueAddress', 'location', 'openingHours', 'translations'],
  },
  'api::event.event': {
    filter: ['documentId', 'title', 'slug', 'kind', 'visibility', 'startsAt', 'endsAt', 'online'],
    relations: ['organiser', 'workingGroup', 'municipality'],
    sort: ['documentId', 'title', 'slug', 'startsAt', 'endsAt'],
    populate: ['organiser', 'workingGroup', 'municipality', 'venueAddress', 'translations'],
  },
  'api::municipality.municipality': {
    filter: ['documentId', 'name', 'slug', 'kind'],
    relations: ['parent', 'members', 'actors', 'offerings'],
    sort: ['documentId', 'name', 'slug', 'kind'],
    populate: ['parent', 'members', 'location', 'actors', 'offerings', 'events', 'translations'],
  },
  'api::working-group.working-group': {
    filter: ['documentId', 'name', 'slug', 'isCoordinationGroup'],
    relations: ['topic', 'leadActor', 'memberActors'],
    sort: ['documentId', 'name', 'slug', 'isCoordinationGroup'],
    populate: ['topic', 'leadActor', 'memberActors', 'contact', 'events', 'translations'],
  },
  'api::topic.topic': LABEL,
  'api::target-group.target-group': LABEL,
  'api::language.language': {
    filter: ['documentId', 'code', 'name', 'nativeName'],
    relations: [],
    sort: ['documentId', 'code', 'name'],
    populate: ['translations'],
  },
  'api::news-article.news-article': {
    filter: ['documentId', 'title', 'slug', 'date'],
    relations: [],
    sort: ['documentId', 'title', 'slug', 'date'],
    populate: ['image', 'localizations'],
  },
  'api::page.page': {
    filter: ['documentId', 'title', 'slug', 'key'],
    relations: [],
    sort: ['documentId', 'title', 'slug'],
    populate: ['localizations'],
  },
  'api::global.global': { filter: [], relations: [], sort: [], populate: ['contact', 'address', 'localizations'] },
};

/** Media files (logos, news images) may be populated as such, never further (their `related` reaches everything). */
export const MEDIA_UID = 'plugin::upload.file';
