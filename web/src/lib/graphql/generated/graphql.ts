/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Enum_Actor_Barrierfree =
  | 'no'
  | 'unknown'
  | 'yes';

export type Enum_Actor_Kind =
  | 'administration'
  | 'association'
  | 'church'
  | 'counselling_service'
  | 'education_provider'
  | 'initiative'
  | 'other'
  | 'shelter'
  | 'support_service'
  | 'volunteer_guide';

export type Enum_Componentscheduletimeslot_Weekday =
  | 'friday'
  | 'monday'
  | 'saturday'
  | 'sunday'
  | 'thursday'
  | 'tuesday'
  | 'wednesday';

export type Enum_Componenttranslationactor_Locale =
  | 'ar'
  | 'en'
  | 'fa'
  | 'fr'
  | 'pl'
  | 'ro'
  | 'ru'
  | 'uk';

export type Enum_Componenttranslationevent_Locale =
  | 'ar'
  | 'en'
  | 'fa'
  | 'fr'
  | 'pl'
  | 'ro'
  | 'ru'
  | 'uk';

export type Enum_Componenttranslationlabel_Locale =
  | 'ar'
  | 'en'
  | 'fa'
  | 'fr'
  | 'pl'
  | 'ro'
  | 'ru'
  | 'uk';

export type Enum_Componenttranslationoffering_Locale =
  | 'ar'
  | 'en'
  | 'fa'
  | 'fr'
  | 'pl'
  | 'ro'
  | 'ru'
  | 'uk';

export type Enum_Event_Kind =
  | 'intercultural_week'
  | 'plenary'
  | 'public_event'
  | 'working_group_meeting';

export type Enum_Event_Registrationaudience =
  | 'members'
  | 'public';

export type Enum_Event_Registrationmode =
  | 'contact'
  | 'form'
  | 'none';

export type Enum_Municipality_Kind =
  | 'collective_municipality'
  | 'member_municipality'
  | 'unitary_municipality';

export type Enum_Offering_Barrierfree =
  | 'no'
  | 'unknown'
  | 'yes';

export type Enum_Offering_Deliverymode =
  | 'hybrid'
  | 'on_site'
  | 'online';

export type Enum_Offering_Registration =
  | 'not_required'
  | 'recommended'
  | 'required';

export type Enum_Page_Key =
  | 'about'
  | 'accessibility'
  | 'coordination_group'
  | 'coordination_office'
  | 'easy_language'
  | 'imprint'
  | 'other'
  | 'privacy';

export type ActorListQueryVariables = Exact<{
  locale: string;
  kinds?: Array<string | null | undefined> | string | null | undefined;
  municipalities?: Array<string | null | undefined> | string | null | undefined;
  languages?: Array<string | null | undefined> | string | null | undefined;
  documentIds?: Array<string | number | null | undefined> | string | number | null | undefined;
  page: number;
  pageSize: number;
}>;


export type ActorListQuery = { actors_connection: { pageInfo: { total: number, page: number, pageSize: number, pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, name: string, kind: Enum_Actor_Kind, shortDescription: string | null, logo: { url: string, width: number | null, height: number | null, formats: unknown } | null, localized: { name: string | null, shortDescription: string | null, fallbackFields: Array<string> }, municipalities: Array<{ slug: string | null, name: string } | null> }> } | null };

export type ActorDetailQueryVariables = Exact<{
  slug: string;
  locale: string;
  today: string;
  now: string;
}>;


export type ActorDetailQuery = { actors: Array<{ documentId: string, slug: string | null, name: string, kind: Enum_Actor_Kind, shortDescription: string | null, description: unknown, barrierFree: Enum_Actor_Barrierfree, accessibilityNote: string | null, lastConfirmedAt: string | null, contact: { contactPerson: string | null, email: string | null, phone: string | null, website: string | null } | null, location: { latitude: number, longitude: number } | null, address: { street: string | null, postalCode: string | null, city: string | null } | null, logo: { url: string, alternativeText: string | null, width: number | null, height: number | null, formats: unknown } | null, localized: { name: string | null, shortDescription: string | null, description: unknown, accessibilityNote: string | null, fallbackFields: Array<string> }, languages: Array<{ code: string } | null>, municipalities: Array<{ slug: string | null, name: string } | null>, offerings: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, free: boolean, deliveryMode: Enum_Offering_Deliverymode, barrierFree: Enum_Offering_Barrierfree, localized: { title: string | null, summary: string | null, fallbackFields: Array<string> }, openingHours: { temporarilyClosed: boolean, closedUntil: string | null } | null, topic: { slug: string | null } | null, municipalities: Array<{ slug: string | null, name: string } | null> } | null>, workingGroups: Array<{ slug: string | null, name: string, localized: { name: string | null } } | null>, events: Array<{ slug: string | null, title: string, startsAt: string, endsAt: string | null, localized: { title: string | null, fallbackFields: Array<string> } } | null> } | null>, offeringCount: { pageInfo: { total: number } } | null, eventCount: { pageInfo: { total: number } } | null };

export type ActorIdQueryVariables = Exact<{
  slug: string;
}>;


export type ActorIdQuery = { actors: Array<{ documentId: string } | null> };

export type EditOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditOptionsQuery = { topics: Array<{ documentId: string, name: string } | null>, targetGroups: Array<{ documentId: string, name: string } | null>, languages: Array<{ documentId: string, name: string } | null>, municipalities: Array<{ documentId: string, name: string, kind: Enum_Municipality_Kind, parent: { documentId: string } | null, location: { latitude: number, longitude: number } | null } | null>, workingGroups: Array<{ documentId: string, name: string } | null> };

export type GlobalQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type GlobalQuery = { global: { siteName: string, motto: string | null, intro: string | null, locale: string | null, contact: { contactPerson: string | null, email: string | null, phone: string | null, website: string | null } | null, address: { street: string | null, postalCode: string | null, city: string | null } | null } | null };

export type RetentionPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionPolicyQuery = { retentionPolicy: { handledMonths: number, openMonths: number, accountMonths: number, registrationMonths: number } };

export type PagesByKeyQueryVariables = Exact<{
  locale?: string | null | undefined;
  keys?: Array<string | null | undefined> | string | null | undefined;
}>;


export type PagesByKeyQuery = { pages: Array<{ documentId: string, key: Enum_Page_Key, slug: string | null, title: string, summary: string | null, body: unknown, updatedAt: string | null, locale: string | null } | null> };

export type NewsListQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type NewsListQuery = { newsArticles_connection: { pageInfo: { total: number, page: number, pageSize: number, pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, date: string, responsiblePerson: string }> } | null };

export type NewsTranslationsQueryVariables = Exact<{
  locale?: string | null | undefined;
  slugs?: Array<string | null | undefined> | string | null | undefined;
}>;


export type NewsTranslationsQuery = { newsArticles: Array<{ slug: string | null, title: string, summary: string | null } | null> };

export type NewsDetailQueryVariables = Exact<{
  locale?: string | null | undefined;
  slug: string;
}>;


export type NewsDetailQuery = { newsArticles: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, body: unknown, date: string, responsiblePerson: string, updatedAt: string | null, locale: string | null } | null> };

export type EventListPageFragment = { pageInfo: { total: number, page: number, pageSize: number, pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, kind: Enum_Event_Kind, startsAt: string, endsAt: string | null, online: boolean, venueName: string | null, venueAddress: { city: string | null } | null, municipality: { slug: string | null, name: string } | null, localized: { title: string | null, summary: string | null, fallbackFields: Array<string> } }> };

export type EventListQueryVariables = Exact<{
  locale: string;
  now: string;
  upcoming: boolean;
  page: number;
  pageSize: number;
  kinds: Array<string | null | undefined> | string;
  municipalities: Array<string | null | undefined> | string;
  anyMunicipality: boolean;
}>;


export type EventListQuery = { upcoming?: { pageInfo: { total: number, page: number, pageSize: number, pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, kind: Enum_Event_Kind, startsAt: string, endsAt: string | null, online: boolean, venueName: string | null, venueAddress: { city: string | null } | null, municipality: { slug: string | null, name: string } | null, localized: { title: string | null, summary: string | null, fallbackFields: Array<string> } }> } | null, past?: { pageInfo: { total: number, page: number, pageSize: number, pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, kind: Enum_Event_Kind, startsAt: string, endsAt: string | null, online: boolean, venueName: string | null, venueAddress: { city: string | null } | null, municipality: { slug: string | null, name: string } | null, localized: { title: string | null, summary: string | null, fallbackFields: Array<string> } }> } | null };

export type EventMonthQueryVariables = Exact<{
  locale: string;
  from: string;
  to: string;
  page: number;
  kinds: Array<string | null | undefined> | string;
  municipalities: Array<string | null | undefined> | string;
  anyMunicipality: boolean;
}>;


export type EventMonthQuery = { events_connection: { pageInfo: { total: number, page: number, pageSize: number, pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, kind: Enum_Event_Kind, startsAt: string, endsAt: string | null, online: boolean, venueName: string | null, venueAddress: { city: string | null } | null, municipality: { slug: string | null, name: string } | null, localized: { title: string | null, summary: string | null, fallbackFields: Array<string> } }> } | null };

export type EventDetailQueryVariables = Exact<{
  slug: string;
  locale: string;
}>;


export type EventDetailQuery = { events: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, description: unknown, kind: Enum_Event_Kind, startsAt: string, endsAt: string | null, online: boolean, venueName: string | null, organiserName: string | null, registrationMode: Enum_Event_Registrationmode | null, registrationUrl: string | null, registrationEmail: string | null, registrationPhone: string | null, registrationDeadline: string | null, registrationNote: string | null, registrationAudience: Enum_Event_Registrationaudience | null, registrationQuestion: string | null, capacity: number | null, updatedAt: string | null, venueAddress: { street: string | null, postalCode: string | null, city: string | null } | null, organiser: { slug: string | null, name: string, contact: { email: string | null } | null, localized: { name: string | null } } | null, workingGroup: { slug: string | null, name: string, localized: { name: string | null } } | null, municipality: { slug: string | null, name: string } | null, localized: { title: string | null, summary: string | null, description: unknown, registrationNote: string | null, registrationQuestion: string | null, fallbackFields: Array<string> } } | null> };

export type EventFeedQueryVariables = Exact<{
  locale: string;
  since: string;
  page: number;
}>;


export type EventFeedQuery = { events_connection: { pageInfo: { pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, description: unknown, kind: Enum_Event_Kind, startsAt: string, endsAt: string | null, online: boolean, venueName: string | null, organiserName: string | null, updatedAt: string | null, venueAddress: { street: string | null, postalCode: string | null, city: string | null } | null, municipality: { slug: string | null } | null, organiser: { name: string, contact: { email: string | null } | null } | null, localized: { title: string | null, summary: string | null, description: unknown } }> } | null };

export type MunicipalityDetailQueryVariables = Exact<{
  slug: string;
  locale: string;
  slugs?: Array<string | null | undefined> | string | null | undefined;
  today: string;
  now: string;
  offeringPage: number;
  offeringPageSize: number;
  actorPage: number;
  actorPageSize: number;
  eventPage: number;
  eventPageSize: number;
}>;


export type MunicipalityDetailQuery = { municipalities: Array<{ documentId: string, slug: string | null, name: string, kind: Enum_Municipality_Kind, description: string | null, localized: { description: string | null, fallbackFields: Array<string> }, parent: { slug: string | null, name: string } | null, members: Array<{ slug: string | null, name: string } | null> } | null>, offerings_connection: { pageInfo: { total: number, pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, free: boolean, deliveryMode: Enum_Offering_Deliverymode, barrierFree: Enum_Offering_Barrierfree, localized: { title: string | null, summary: string | null, fallbackFields: Array<string> }, openingHours: { temporarilyClosed: boolean, closedUntil: string | null } | null, actor: { slug: string | null, name: string, localized: { name: string | null } } | null, topic: { slug: string | null } | null, municipalities: Array<{ slug: string | null, name: string } | null> }> } | null, actors_connection: { pageInfo: { total: number, pageCount: number }, nodes: Array<{ slug: string | null, name: string, kind: Enum_Actor_Kind, localized: { name: string | null } }> } | null, events_connection: { pageInfo: { total: number, pageCount: number }, nodes: Array<{ slug: string | null, title: string, startsAt: string, endsAt: string | null, localized: { title: string | null, fallbackFields: Array<string> } }> } | null };

export type OfferingListPageFragment = { pageInfo: { total: number, page: number, pageSize: number, pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, free: boolean, deliveryMode: Enum_Offering_Deliverymode, barrierFree: Enum_Offering_Barrierfree, validUntil: string | null, lastConfirmedAt: string | null, localized: { title: string | null, summary: string | null, fallbackFields: Array<string> }, openingHours: { temporarilyClosed: boolean, closedUntil: string | null, byAppointment: boolean } | null, actor: { slug: string | null, name: string, localized: { name: string | null } } | null, topic: { slug: string | null } | null, municipalities: Array<{ slug: string | null, name: string } | null> }> };

export type OfferingListQueryVariables = Exact<{
  locale: string;
  today: string;
  municipalities?: Array<string | null | undefined> | string | null | undefined;
  topics?: Array<string | null | undefined> | string | null | undefined;
  targetGroups?: Array<string | null | undefined> | string | null | undefined;
  languages?: Array<string | null | undefined> | string | null | undefined;
  documentIds?: Array<string | number | null | undefined> | string | number | null | undefined;
  free?: boolean | null | undefined;
  barrierFree?: string | null | undefined;
  deliveryModes?: Array<string | null | undefined> | string | null | undefined;
  page: number;
  pageSize: number;
  byConfirmation: boolean;
}>;


export type OfferingListQuery = { byTitle?: { pageInfo: { total: number, page: number, pageSize: number, pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, free: boolean, deliveryMode: Enum_Offering_Deliverymode, barrierFree: Enum_Offering_Barrierfree, validUntil: string | null, lastConfirmedAt: string | null, localized: { title: string | null, summary: string | null, fallbackFields: Array<string> }, openingHours: { temporarilyClosed: boolean, closedUntil: string | null, byAppointment: boolean } | null, actor: { slug: string | null, name: string, localized: { name: string | null } } | null, topic: { slug: string | null } | null, municipalities: Array<{ slug: string | null, name: string } | null> }> } | null, byConfirmation?: { pageInfo: { total: number, page: number, pageSize: number, pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, free: boolean, deliveryMode: Enum_Offering_Deliverymode, barrierFree: Enum_Offering_Barrierfree, validUntil: string | null, lastConfirmedAt: string | null, localized: { title: string | null, summary: string | null, fallbackFields: Array<string> }, openingHours: { temporarilyClosed: boolean, closedUntil: string | null, byAppointment: boolean } | null, actor: { slug: string | null, name: string, localized: { name: string | null } } | null, topic: { slug: string | null } | null, municipalities: Array<{ slug: string | null, name: string } | null> }> } | null };

export type OfferingDetailQueryVariables = Exact<{
  slug: string;
  locale: string;
}>;


export type OfferingDetailQuery = { offerings: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, description: unknown, free: boolean, costNote: string | null, registration: Enum_Offering_Registration, registrationNote: string | null, scheduleNote: string | null, deliveryMode: Enum_Offering_Deliverymode, barrierFree: Enum_Offering_Barrierfree, accessibilityNote: string | null, validFrom: string | null, validUntil: string | null, lastConfirmedAt: string | null, updatedAt: string | null, venueName: string | null, location: { latitude: number, longitude: number } | null, venueAddress: { street: string | null, postalCode: string | null, city: string | null } | null, contact: { contactPerson: string | null, email: string | null, phone: string | null, website: string | null } | null, openingHours: { byAppointment: boolean, temporarilyClosed: boolean, closedUntil: string | null, note: string | null, slots: Array<{ weekday: Enum_Componentscheduletimeslot_Weekday, opens: string, closes: string } | null> | null } | null, localized: { title: string | null, summary: string | null, description: unknown, costNote: string | null, registrationNote: string | null, scheduleNote: string | null, openingHoursNote: string | null, fallbackFields: Array<string> }, actor: { slug: string | null, name: string, kind: Enum_Actor_Kind, localized: { name: string | null } } | null, topic: { slug: string | null } | null, targetGroups: Array<{ slug: string | null } | null>, languages: Array<{ code: string } | null>, municipalities: Array<{ slug: string | null, name: string } | null> } | null> };

export type OfferingIdQueryVariables = Exact<{
  slug: string;
}>;


export type OfferingIdQuery = { offerings: Array<{ documentId: string } | null> };

export type StaleEntriesQueryVariables = Exact<{
  before: string;
  today: string;
  limit: number;
}>;


export type StaleEntriesQuery = { actors_connection: { pageInfo: { total: number }, nodes: Array<{ documentId: string, name: string, slug: string | null, lastConfirmedAt: string | null, contact: { contactPerson: string | null, email: string | null, phone: string | null } | null }> } | null, offerings_connection: { pageInfo: { total: number }, nodes: Array<{ documentId: string, title: string, slug: string | null, lastConfirmedAt: string | null, contact: { contactPerson: string | null, email: string | null, phone: string | null } | null, actor: { documentId: string, name: string, contact: { email: string | null, phone: string | null } | null } | null }> } | null };

export type SearchMunicipalitiesQueryVariables = Exact<{
  page: number;
}>;


export type SearchMunicipalitiesQuery = { municipalities_connection: { pageInfo: { pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, name: string, parent: { documentId: string } | null }> } | null };

export type SearchTopicsQueryVariables = Exact<{
  page: number;
}>;


export type SearchTopicsQuery = { topics_connection: { pageInfo: { pageCount: number }, nodes: Array<{ documentId: string, name: string, translations: Array<{ locale: Enum_Componenttranslationlabel_Locale, name: string | null } | null> | null }> } | null };

export type SearchOfferingsQueryVariables = Exact<{
  today: string;
  page: number;
  documentId?: string | number | null | undefined;
}>;


export type SearchOfferingsQuery = { offerings_connection: { pageInfo: { pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, description: unknown, validUntil: string | null, translations: Array<{ locale: Enum_Componenttranslationoffering_Locale, title: string | null, summary: string | null, description: unknown } | null> | null, actor: { documentId: string } | null, topic: { documentId: string } | null, municipalities: Array<{ documentId: string } | null> }> } | null };

export type SearchActorsQueryVariables = Exact<{
  page: number;
  documentId?: string | number | null | undefined;
}>;


export type SearchActorsQuery = { actors_connection: { pageInfo: { pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, name: string, shortDescription: string | null, description: unknown, translations: Array<{ locale: Enum_Componenttranslationactor_Locale, name: string | null, shortDescription: string | null, description: unknown } | null> | null, municipalities: Array<{ documentId: string } | null> }> } | null };

export type SearchEventsQueryVariables = Exact<{
  page: number;
  documentId?: string | number | null | undefined;
}>;


export type SearchEventsQuery = { events_connection: { pageInfo: { pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, description: unknown, startsAt: string, organiserName: string | null, translations: Array<{ locale: Enum_Componenttranslationevent_Locale, title: string | null, summary: string | null, description: unknown } | null> | null, organiser: { documentId: string } | null, municipality: { documentId: string } | null }> } | null };

export type SearchNewsQueryVariables = Exact<{
  locale?: string | null | undefined;
  page: number;
  documentId?: string | number | null | undefined;
}>;


export type SearchNewsQuery = { newsArticles_connection: { pageInfo: { pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, body: unknown, date: string }> } | null };

export type SearchPagesQueryVariables = Exact<{
  locale?: string | null | undefined;
  page: number;
  documentId?: string | number | null | undefined;
}>;


export type SearchPagesQuery = { pages_connection: { pageInfo: { pageCount: number }, nodes: Array<{ documentId: string, key: Enum_Page_Key, slug: string | null, title: string, summary: string | null, body: unknown }> } | null };

export type SitemapQueryVariables = Exact<{
  page: number;
  today: string;
}>;


export type SitemapQuery = { offerings_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, updatedAt: string | null }> } | null, actors_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, updatedAt: string | null }> } | null, events_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, updatedAt: string | null }> } | null, newsArticles_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, updatedAt: string | null }> } | null, municipalities_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null }> } | null, workingGroups_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, updatedAt: string | null }> } | null };

export type TaxonomiesQueryVariables = Exact<{
  locale: string;
}>;


export type TaxonomiesQuery = { municipalities: Array<{ slug: string | null, name: string, kind: Enum_Municipality_Kind, location: { latitude: number, longitude: number } | null, parent: { slug: string | null } | null, members: Array<{ slug: string | null } | null> } | null>, topics: Array<{ slug: string | null, name: string, localized: { name: string | null, description: string | null, fallbackFields: Array<string> } } | null>, targetGroups: Array<{ slug: string | null, name: string, localized: { name: string | null, fallbackFields: Array<string> } } | null>, languages: Array<{ code: string, name: string, nativeName: string | null, localized: { name: string | null, fallbackFields: Array<string> } } | null> };

export type WorkingGroupListQueryVariables = Exact<{
  locale: string;
}>;


export type WorkingGroupListQuery = { workingGroups: Array<{ slug: string | null, name: string, purpose: string | null, isCoordinationGroup: boolean, leadName: string | null, topic: { slug: string | null } | null, localized: { name: string | null, purpose: string | null, fallbackFields: Array<string> } } | null> };

export type WorkingGroupDetailQueryVariables = Exact<{
  slug: string;
  locale: string;
  now: string;
}>;


export type WorkingGroupDetailQuery = { workingGroups: Array<{ documentId: string, slug: string | null, name: string, purpose: string | null, description: unknown, isCoordinationGroup: boolean, leadName: string | null, leadActor: { slug: string | null, name: string, localized: { name: string | null } } | null, contact: { contactPerson: string | null, email: string | null, phone: string | null, website: string | null } | null, topic: { slug: string | null } | null, localized: { name: string | null, purpose: string | null, description: unknown, fallbackFields: Array<string> }, memberActors: Array<{ slug: string | null, name: string, kind: Enum_Actor_Kind, localized: { name: string | null } } | null>, events: Array<{ slug: string | null, title: string, startsAt: string, endsAt: string | null, kind: Enum_Event_Kind, localized: { title: string | null, fallbackFields: Array<string> } } | null> } | null>, memberCount: { pageInfo: { total: number } } | null, meetingCount: { pageInfo: { total: number } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EventListPageFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"EventListPage"}) as unknown as TypedDocumentString<EventListPageFragment, unknown>;
export const OfferingListPageFragmentDoc = new TypedDocumentString(`
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
    municipalities(pagination: {pageSize: 100}, sort: ["name:asc"]) {
      slug
      name
    }
  }
}
    `, {"fragmentName":"OfferingListPage"}) as unknown as TypedDocumentString<OfferingListPageFragment, unknown>;
export const ActorListDocument = new TypedDocumentString(`
    query ActorList($locale: String!, $kinds: [String], $municipalities: [String], $languages: [String], $documentIds: [ID], $page: Int!, $pageSize: Int!) {
  actors_connection(
    filters: {kind: {in: $kinds}, municipalities: {slug: {in: $municipalities}}, languages: {code: {in: $languages}}, documentId: {in: $documentIds}}
    pagination: {page: $page, pageSize: $pageSize}
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
      municipalities(pagination: {pageSize: 100}, sort: ["name:asc"]) {
        slug
        name
      }
    }
  }
}
    `, {"hash":"sha256:312dec07d76ac95a59f7aea948a0d0d5807853607413d5167aac3cb2d9a85e69"}) as unknown as TypedDocumentString<ActorListQuery, ActorListQueryVariables>;
export const ActorDetailDocument = new TypedDocumentString(`
    query ActorDetail($slug: String!, $locale: String!, $today: Date!, $now: DateTime!) {
  actors(filters: {slug: {eq: $slug}}, pagination: {pageSize: 1}) {
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
    languages(pagination: {pageSize: 100}, sort: ["name:asc"]) {
      code
    }
    municipalities(pagination: {pageSize: 100}, sort: ["name:asc"]) {
      slug
      name
    }
    offerings(
      filters: {or: [{validUntil: {null: true}}, {validUntil: {gte: $today}}]}
      pagination: {pageSize: 100}
      sort: ["title:asc"]
    ) {
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
      municipalities(pagination: {pageSize: 100}, sort: ["name:asc"]) {
        slug
        name
      }
    }
    workingGroups(pagination: {pageSize: 100}, sort: ["name:asc"]) {
      slug
      name
      localized(locale: $locale) {
        name
      }
    }
    events(
      filters: {or: [{startsAt: {gte: $now}}, {endsAt: {gte: $now}}]}
      pagination: {pageSize: 20}
      sort: ["startsAt:asc"]
    ) {
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
  offeringCount: offerings_connection(
    filters: {and: [{actor: {slug: {eq: $slug}}}, {or: [{validUntil: {null: true}}, {validUntil: {gte: $today}}]}]}
    pagination: {pageSize: 1}
  ) {
    pageInfo {
      total
    }
  }
  eventCount: events_connection(
    filters: {and: [{organiser: {slug: {eq: $slug}}}, {visibility: {eq: "public"}}, {or: [{startsAt: {gte: $now}}, {endsAt: {gte: $now}}]}]}
    pagination: {pageSize: 1}
  ) {
    pageInfo {
      total
    }
  }
}
    `, {"hash":"sha256:243b1dbe099b61a0a1db36686dbe615e6d9019659ff9f3ad8134f50244bc483b"}) as unknown as TypedDocumentString<ActorDetailQuery, ActorDetailQueryVariables>;
export const ActorIdDocument = new TypedDocumentString(`
    query ActorId($slug: String!) {
  actors(filters: {slug: {eq: $slug}}, pagination: {pageSize: 1}) {
    documentId
  }
}
    `, {"hash":"sha256:dfa2b1ec4f7758378b9dab461d0a3c330b72f5d161c504ab233e1f4958af81a9"}) as unknown as TypedDocumentString<ActorIdQuery, ActorIdQueryVariables>;
export const EditOptionsDocument = new TypedDocumentString(`
    query EditOptions {
  topics(pagination: {pageSize: 100}, sort: ["sortOrder:asc", "name:asc"]) {
    documentId
    name
  }
  targetGroups(pagination: {pageSize: 100}, sort: ["sortOrder:asc", "name:asc"]) {
    documentId
    name
  }
  languages(pagination: {pageSize: 100}, sort: ["name:asc"]) {
    documentId
    name
  }
  municipalities(pagination: {pageSize: 100}, sort: ["name:asc"]) {
    documentId
    name
    kind
    parent {
      documentId
    }
    location {
      latitude
      longitude
    }
  }
  workingGroups(pagination: {pageSize: 100}, sort: ["name:asc"]) {
    documentId
    name
  }
}
    `, {"hash":"sha256:56c18e1ae728705e028de83bc6b70da1baba92b4ce3c3992c5ddb38dd45e99ff"}) as unknown as TypedDocumentString<EditOptionsQuery, EditOptionsQueryVariables>;
export const GlobalDocument = new TypedDocumentString(`
    query Global($locale: I18NLocaleCode) {
  global(locale: $locale) {
    siteName
    motto
    intro
    locale
    contact {
      contactPerson
      email
      phone
      website
    }
    address {
      street
      postalCode
      city
    }
  }
}
    `, {"hash":"sha256:59527db90aa6eb0a71b2d9fbba49aba2f35150c98fcec3421180e77ffc32a679"}) as unknown as TypedDocumentString<GlobalQuery, GlobalQueryVariables>;
export const RetentionPolicyDocument = new TypedDocumentString(`
    query RetentionPolicy {
  retentionPolicy {
    handledMonths
    openMonths
    accountMonths
    registrationMonths
  }
}
    `, {"hash":"sha256:2809a209f0c009289fc4d29174852e89d2f7c61f137b6d781d5cc48e9713c349"}) as unknown as TypedDocumentString<RetentionPolicyQuery, RetentionPolicyQueryVariables>;
export const PagesByKeyDocument = new TypedDocumentString(`
    query PagesByKey($locale: I18NLocaleCode, $keys: [String]) {
  pages(locale: $locale, filters: {key: {in: $keys}}, pagination: {pageSize: 20}) {
    documentId
    key
    slug
    title
    summary
    body
    updatedAt
    locale
  }
}
    `, {"hash":"sha256:5ead0cca386152e07bc1b7688c5f83bbe91945e6830dadfaef65f208b3b761f9"}) as unknown as TypedDocumentString<PagesByKeyQuery, PagesByKeyQueryVariables>;
export const NewsListDocument = new TypedDocumentString(`
    query NewsList($page: Int!, $pageSize: Int!) {
  newsArticles_connection(
    locale: "de"
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["date:desc", "title:asc"]
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
      title
      summary
      date
      responsiblePerson
    }
  }
}
    `, {"hash":"sha256:41757dda882bfb46b258bf9a41aac9f6cfe919f9650e63e72882c3c66e2d0572"}) as unknown as TypedDocumentString<NewsListQuery, NewsListQueryVariables>;
export const NewsTranslationsDocument = new TypedDocumentString(`
    query NewsTranslations($locale: I18NLocaleCode, $slugs: [String]) {
  newsArticles(
    locale: $locale
    filters: {slug: {in: $slugs}}
    pagination: {pageSize: 100}
  ) {
    slug
    title
    summary
  }
}
    `, {"hash":"sha256:58a8070d0cca5d3a2a64cb7acc4fecaf684382c6c62df145c13fa2f85baf0668"}) as unknown as TypedDocumentString<NewsTranslationsQuery, NewsTranslationsQueryVariables>;
export const NewsDetailDocument = new TypedDocumentString(`
    query NewsDetail($locale: I18NLocaleCode, $slug: String!) {
  newsArticles(
    locale: $locale
    filters: {slug: {eq: $slug}}
    pagination: {pageSize: 1}
  ) {
    documentId
    slug
    title
    summary
    body
    date
    responsiblePerson
    updatedAt
    locale
  }
}
    `, {"hash":"sha256:b7d5beac4ad76059599996ecf217ee292ae871b0a80f4d240a177c1f835b2f65"}) as unknown as TypedDocumentString<NewsDetailQuery, NewsDetailQueryVariables>;
export const EventListDocument = new TypedDocumentString(`
    query EventList($locale: String!, $now: DateTime!, $upcoming: Boolean!, $page: Int!, $pageSize: Int!, $kinds: [String]!, $municipalities: [String]!, $anyMunicipality: Boolean!) {
  upcoming: events_connection(
    filters: {visibility: {eq: "public"}, kind: {in: $kinds}, and: [{or: [{startsAt: {gte: $now}}, {endsAt: {gte: $now}}]}, {or: [{municipality: {slug: {in: $municipalities}}}, {documentId: {notNull: $anyMunicipality}}]}]}
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["startsAt:asc"]
  ) @include(if: $upcoming) {
    ...EventListPage
  }
  past: events_connection(
    filters: {visibility: {eq: "public"}, kind: {in: $kinds}, startsAt: {lt: $now}, and: [{or: [{endsAt: {null: true}}, {endsAt: {lt: $now}}]}, {or: [{municipality: {slug: {in: $municipalities}}}, {documentId: {notNull: $anyMunicipality}}]}]}
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["startsAt:desc"]
  ) @skip(if: $upcoming) {
    ...EventListPage
  }
}
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
}`, {"hash":"sha256:17876644f5d55111e03c0e2f46874987ca2809375053e69f78031ba5a44c2140"}) as unknown as TypedDocumentString<EventListQuery, EventListQueryVariables>;
export const EventMonthDocument = new TypedDocumentString(`
    query EventMonth($locale: String!, $from: DateTime!, $to: DateTime!, $page: Int!, $kinds: [String]!, $municipalities: [String]!, $anyMunicipality: Boolean!) {
  events_connection(
    filters: {visibility: {eq: "public"}, kind: {in: $kinds}, startsAt: {lt: $to}, and: [{or: [{startsAt: {gte: $from}}, {endsAt: {gte: $from}}]}, {or: [{municipality: {slug: {in: $municipalities}}}, {documentId: {notNull: $anyMunicipality}}]}]}
    pagination: {page: $page, pageSize: 100}
    sort: ["startsAt:asc"]
  ) {
    ...EventListPage
  }
}
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
}`, {"hash":"sha256:4b253d10196e27ae24647bb6e21841ea540b6e0e772191a7aeac5af9ad33b887"}) as unknown as TypedDocumentString<EventMonthQuery, EventMonthQueryVariables>;
export const EventDetailDocument = new TypedDocumentString(`
    query EventDetail($slug: String!, $locale: String!) {
  events(
    filters: {slug: {eq: $slug}, visibility: {eq: "public"}}
    pagination: {pageSize: 1}
  ) {
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
    `, {"hash":"sha256:068d552908b11af221ac02a81d9019c13f293e1a3f79b6c62cc12291d9ac0c06"}) as unknown as TypedDocumentString<EventDetailQuery, EventDetailQueryVariables>;
export const EventFeedDocument = new TypedDocumentString(`
    query EventFeed($locale: String!, $since: DateTime!, $page: Int!) {
  events_connection(
    filters: {visibility: {eq: "public"}, or: [{startsAt: {gte: $since}}, {endsAt: {gte: $since}}]}
    pagination: {page: $page, pageSize: 100}
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
    `, {"hash":"sha256:b7efeaa7f15375e747e1f4967693353d6e5b475fc6325bd1b7c71343aa08df3f"}) as unknown as TypedDocumentString<EventFeedQuery, EventFeedQueryVariables>;
export const MunicipalityDetailDocument = new TypedDocumentString(`
    query MunicipalityDetail($slug: String!, $locale: String!, $slugs: [String], $today: Date!, $now: DateTime!, $offeringPage: Int!, $offeringPageSize: Int!, $actorPage: Int!, $actorPageSize: Int!, $eventPage: Int!, $eventPageSize: Int!) {
  municipalities(filters: {slug: {eq: $slug}}, pagination: {pageSize: 1}) {
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
    members(pagination: {pageSize: 100}, sort: ["name:asc"]) {
      slug
      name
    }
  }
  offerings_connection(
    filters: {and: [{or: [{validUntil: {null: true}}, {validUntil: {gte: $today}}]}, {municipalities: {slug: {in: $slugs}}}]}
    pagination: {page: $offeringPage, pageSize: $offeringPageSize}
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
      municipalities(pagination: {pageSize: 50}, sort: ["name:asc"]) {
        slug
        name
      }
    }
  }
  actors_connection(
    filters: {municipalities: {slug: {in: $slugs}}}
    pagination: {page: $actorPage, pageSize: $actorPageSize}
    sort: ["name:asc"]
  ) {
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
    filters: {and: [{visibility: {eq: "public"}}, {or: [{startsAt: {gte: $now}}, {endsAt: {gte: $now}}]}, {municipality: {slug: {in: $slugs}}}]}
    pagination: {page: $eventPage, pageSize: $eventPageSize}
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
    `, {"hash":"sha256:a38b770f9f254e2320244e4b7cce9c61c7a63396d10c7f3bacdb12a8f4e50f1c"}) as unknown as TypedDocumentString<MunicipalityDetailQuery, MunicipalityDetailQueryVariables>;
export const OfferingListDocument = new TypedDocumentString(`
    query OfferingList($locale: String!, $today: Date!, $municipalities: [String], $topics: [String], $targetGroups: [String], $languages: [String], $documentIds: [ID], $free: Boolean, $barrierFree: String, $deliveryModes: [String], $page: Int!, $pageSize: Int!, $byConfirmation: Boolean!) {
  byTitle: offerings_connection(
    filters: {or: [{validUntil: {null: true}}, {validUntil: {gte: $today}}], municipalities: {slug: {in: $municipalities}}, topic: {slug: {in: $topics}}, targetGroups: {slug: {in: $targetGroups}}, languages: {code: {in: $languages}}, documentId: {in: $documentIds}, free: {eq: $free}, barrierFree: {eq: $barrierFree}, deliveryMode: {in: $deliveryModes}}
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["title:asc"]
  ) @skip(if: $byConfirmation) {
    ...OfferingListPage
  }
  byConfirmation: offerings_connection(
    filters: {or: [{validUntil: {null: true}}, {validUntil: {gte: $today}}], municipalities: {slug: {in: $municipalities}}, topic: {slug: {in: $topics}}, targetGroups: {slug: {in: $targetGroups}}, languages: {code: {in: $languages}}, documentId: {in: $documentIds}, free: {eq: $free}, barrierFree: {eq: $barrierFree}, deliveryMode: {in: $deliveryModes}}
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["lastConfirmedAt:desc", "title:asc"]
  ) @include(if: $byConfirmation) {
    ...OfferingListPage
  }
}
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
    municipalities(pagination: {pageSize: 100}, sort: ["name:asc"]) {
      slug
      name
    }
  }
}`, {"hash":"sha256:98f435f3a2b4faf6c2e4f7d9da8f3bda121540ad690b9e8050573b41c9240ff4"}) as unknown as TypedDocumentString<OfferingListQuery, OfferingListQueryVariables>;
export const OfferingDetailDocument = new TypedDocumentString(`
    query OfferingDetail($slug: String!, $locale: String!) {
  offerings(filters: {slug: {eq: $slug}}, pagination: {pageSize: 1}) {
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
      slots(pagination: {pageSize: 100}) {
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
    targetGroups(pagination: {pageSize: 100}) {
      slug
    }
    languages(pagination: {pageSize: 100}, sort: ["name:asc"]) {
      code
    }
    municipalities(pagination: {pageSize: 100}, sort: ["name:asc"]) {
      slug
      name
    }
  }
}
    `, {"hash":"sha256:c5407409d45dc8cfb9cf3ef550abf394bf869029205b4375480ce5e7e801ccca"}) as unknown as TypedDocumentString<OfferingDetailQuery, OfferingDetailQueryVariables>;
export const OfferingIdDocument = new TypedDocumentString(`
    query OfferingId($slug: String!) {
  offerings(filters: {slug: {eq: $slug}}, pagination: {pageSize: 1}) {
    documentId
  }
}
    `, {"hash":"sha256:3c5bfb6d4d04818884b331c1b97b91a2e0df6456a6f9884cf098cc7c57172f9a"}) as unknown as TypedDocumentString<OfferingIdQuery, OfferingIdQueryVariables>;
export const StaleEntriesDocument = new TypedDocumentString(`
    query StaleEntries($before: DateTime!, $today: Date!, $limit: Int!) {
  actors_connection(
    filters: {withdrawnAt: {null: true}, or: [{lastConfirmedAt: {null: true}}, {lastConfirmedAt: {lt: $before}}]}
    pagination: {pageSize: $limit}
    sort: ["lastConfirmedAt:asc", "name:asc"]
  ) {
    pageInfo {
      total
    }
    nodes {
      documentId
      name
      slug
      lastConfirmedAt
      contact {
        contactPerson
        email
        phone
      }
    }
  }
  offerings_connection(
    filters: {withdrawnAt: {null: true}, and: [{or: [{lastConfirmedAt: {null: true}}, {lastConfirmedAt: {lt: $before}}]}, {or: [{validUntil: {null: true}}, {validUntil: {gte: $today}}]}]}
    pagination: {pageSize: $limit}
    sort: ["lastConfirmedAt:asc", "title:asc"]
  ) {
    pageInfo {
      total
    }
    nodes {
      documentId
      title
      slug
      lastConfirmedAt
      contact {
        contactPerson
        email
        phone
      }
      actor {
        documentId
        name
        contact {
          email
          phone
        }
      }
    }
  }
}
    `, {"hash":"sha256:31d02ad0f470730863e31228f1a3e0f2cd16b236bb035ee2c7b8f58c1556e1ab"}) as unknown as TypedDocumentString<StaleEntriesQuery, StaleEntriesQueryVariables>;
export const SearchMunicipalitiesDocument = new TypedDocumentString(`
    query SearchMunicipalities($page: Int!) {
  municipalities_connection(
    pagination: {page: $page, pageSize: 100}
    sort: ["documentId:asc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      documentId
      slug
      name
      parent {
        documentId
      }
    }
  }
}
    `, {"hash":"sha256:b20b95dcee670a26f73aaeb7286283965e7e8cffcfd84c47a29c472760c47f66"}) as unknown as TypedDocumentString<SearchMunicipalitiesQuery, SearchMunicipalitiesQueryVariables>;
export const SearchTopicsDocument = new TypedDocumentString(`
    query SearchTopics($page: Int!) {
  topics_connection(
    pagination: {page: $page, pageSize: 100}
    sort: ["documentId:asc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      documentId
      name
      translations(pagination: {pageSize: 10}) {
        locale
        name
      }
    }
  }
}
    `, {"hash":"sha256:32e38bf628bc6f712244f052d4d343ba653d074e752df75cf5cc19ffba8b2200"}) as unknown as TypedDocumentString<SearchTopicsQuery, SearchTopicsQueryVariables>;
export const SearchOfferingsDocument = new TypedDocumentString(`
    query SearchOfferings($today: Date!, $page: Int!, $documentId: ID) {
  offerings_connection(
    filters: {and: [{or: [{validUntil: {null: true}}, {validUntil: {gte: $today}}]}, {documentId: {eq: $documentId}}]}
    pagination: {page: $page, pageSize: 100}
    sort: ["documentId:asc"]
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
      validUntil
      translations(pagination: {pageSize: 10}) {
        locale
        title
        summary
        description
      }
      actor {
        documentId
      }
      topic {
        documentId
      }
      municipalities(pagination: {pageSize: 100}) {
        documentId
      }
    }
  }
}
    `, {"hash":"sha256:0426f842067c97719e3da5eaa82cb3f386993c0302d2d8636ac365b6b9e858d3"}) as unknown as TypedDocumentString<SearchOfferingsQuery, SearchOfferingsQueryVariables>;
export const SearchActorsDocument = new TypedDocumentString(`
    query SearchActors($page: Int!, $documentId: ID) {
  actors_connection(
    filters: {documentId: {eq: $documentId}}
    pagination: {page: $page, pageSize: 100}
    sort: ["documentId:asc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      documentId
      slug
      name
      shortDescription
      description
      translations(pagination: {pageSize: 10}) {
        locale
        name
        shortDescription
        description
      }
      municipalities(pagination: {pageSize: 100}) {
        documentId
      }
    }
  }
}
    `, {"hash":"sha256:9037f65e39560a55dcfbca4f2640b2c6b35115f8caf596b4a3a26c42ec54856d"}) as unknown as TypedDocumentString<SearchActorsQuery, SearchActorsQueryVariables>;
export const SearchEventsDocument = new TypedDocumentString(`
    query SearchEvents($page: Int!, $documentId: ID) {
  events_connection(
    filters: {and: [{visibility: {eq: "public"}}, {documentId: {eq: $documentId}}]}
    pagination: {page: $page, pageSize: 100}
    sort: ["documentId:asc"]
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
      organiserName
      translations(pagination: {pageSize: 10}) {
        locale
        title
        summary
        description
      }
      organiser {
        documentId
      }
      municipality {
        documentId
      }
    }
  }
}
    `, {"hash":"sha256:5548d296f22b091a6cadc21b28aa47d92702a192f608273f06801bcc57f42c5c"}) as unknown as TypedDocumentString<SearchEventsQuery, SearchEventsQueryVariables>;
export const SearchNewsDocument = new TypedDocumentString(`
    query SearchNews($locale: I18NLocaleCode, $page: Int!, $documentId: ID) {
  newsArticles_connection(
    locale: $locale
    filters: {documentId: {eq: $documentId}}
    pagination: {page: $page, pageSize: 100}
    sort: ["documentId:asc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      documentId
      slug
      title
      summary
      body
      date
    }
  }
}
    `, {"hash":"sha256:0024a8d0783252e63bf1c868a8f2344f86d33d6a952e15e3dd7990e4746dca04"}) as unknown as TypedDocumentString<SearchNewsQuery, SearchNewsQueryVariables>;
export const SearchPagesDocument = new TypedDocumentString(`
    query SearchPages($locale: I18NLocaleCode, $page: Int!, $documentId: ID) {
  pages_connection(
    locale: $locale
    filters: {documentId: {eq: $documentId}}
    pagination: {page: $page, pageSize: 100}
    sort: ["documentId:asc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      documentId
      key
      slug
      title
      summary
      body
    }
  }
}
    `, {"hash":"sha256:b09f44bd955ca6558effa2d1d9f5b18d8592552cf832047ef3538c41c15c41cb"}) as unknown as TypedDocumentString<SearchPagesQuery, SearchPagesQueryVariables>;
export const SitemapDocument = new TypedDocumentString(`
    query Sitemap($page: Int!, $today: Date!) {
  offerings_connection(
    filters: {or: [{validUntil: {null: true}}, {validUntil: {gte: $today}}]}
    pagination: {page: $page, pageSize: 100}
    sort: ["slug:asc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      slug
      updatedAt
    }
  }
  actors_connection(pagination: {page: $page, pageSize: 100}, sort: ["slug:asc"]) {
    pageInfo {
      pageCount
    }
    nodes {
      slug
      updatedAt
    }
  }
  events_connection(
    filters: {visibility: {eq: "public"}}
    pagination: {page: $page, pageSize: 100}
    sort: ["slug:asc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      slug
      updatedAt
    }
  }
  newsArticles_connection(
    locale: "de"
    pagination: {page: $page, pageSize: 100}
    sort: ["slug:asc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      slug
      updatedAt
    }
  }
  municipalities_connection(
    pagination: {page: $page, pageSize: 100}
    sort: ["slug:asc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      slug
    }
  }
  workingGroups_connection(
    pagination: {page: $page, pageSize: 100}
    sort: ["slug:asc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      slug
      updatedAt
    }
  }
}
    `, {"hash":"sha256:92cf65ac1e3533632b06630acb8b6c14b46231a0f88b83312422f8154b8c5a82"}) as unknown as TypedDocumentString<SitemapQuery, SitemapQueryVariables>;
export const TaxonomiesDocument = new TypedDocumentString(`
    query Taxonomies($locale: String!) {
  municipalities(pagination: {pageSize: 100}, sort: ["name:asc"]) {
    slug
    name
    kind
    location {
      latitude
      longitude
    }
    parent {
      slug
    }
    members(pagination: {pageSize: 100}, sort: ["name:asc"]) {
      slug
    }
  }
  topics(pagination: {pageSize: 100}, sort: ["sortOrder:asc", "name:asc"]) {
    slug
    name
    localized(locale: $locale) {
      name
      description
      fallbackFields
    }
  }
  targetGroups(pagination: {pageSize: 100}, sort: ["sortOrder:asc", "name:asc"]) {
    slug
    name
    localized(locale: $locale) {
      name
      fallbackFields
    }
  }
  languages(pagination: {pageSize: 100}, sort: ["name:asc"]) {
    code
    name
    nativeName
    localized(locale: $locale) {
      name
      fallbackFields
    }
  }
}
    `, {"hash":"sha256:eebc0fdfa751c716891d4bf89ee49a7e7bf9907024db1ad16a15327b4a5e736f"}) as unknown as TypedDocumentString<TaxonomiesQuery, TaxonomiesQueryVariables>;
export const WorkingGroupListDocument = new TypedDocumentString(`
    query WorkingGroupList($locale: String!) {
  workingGroups(
    pagination: {pageSize: 100}
    sort: ["isCoordinationGroup:desc", "name:asc"]
  ) {
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
    `, {"hash":"sha256:b4776e5f3a458b2f7ade03ed7e81886c3634db72df5bda2fbdb39f0ad65f3e4d"}) as unknown as TypedDocumentString<WorkingGroupListQuery, WorkingGroupListQueryVariables>;
export const WorkingGroupDetailDocument = new TypedDocumentString(`
    query WorkingGroupDetail($slug: String!, $locale: String!, $now: DateTime!) {
  workingGroups(filters: {slug: {eq: $slug}}, pagination: {pageSize: 1}) {
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
    memberActors(pagination: {pageSize: 100}, sort: ["name:asc"]) {
      slug
      name
      kind
      localized(locale: $locale) {
        name
      }
    }
    events(
      filters: {visibility: {eq: "public"}, or: [{startsAt: {gte: $now}}, {endsAt: {gte: $now}}]}
      pagination: {pageSize: 20}
      sort: ["startsAt:asc"]
    ) {
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
  memberCount: actors_connection(
    filters: {workingGroups: {slug: {eq: $slug}}}
    pagination: {pageSize: 1}
  ) {
    pageInfo {
      total
    }
  }
  meetingCount: events_connection(
    filters: {and: [{workingGroup: {slug: {eq: $slug}}}, {visibility: {eq: "public"}}, {or: [{startsAt: {gte: $now}}, {endsAt: {gte: $now}}]}]}
    pagination: {pageSize: 1}
  ) {
    pageInfo {
      total
    }
  }
}
    `, {"hash":"sha256:0c401d7fe66a9e3153648e450e923e8b212041e9b71e9d92c6cbeb81ddb59bcd"}) as unknown as TypedDocumentString<WorkingGroupDetailQuery, WorkingGroupDetailQueryVariables>;
