/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActorFiltersInput = {
  accessibilityNote?: StringFilterInput | null | undefined;
  address?: ComponentSharedAddressFiltersInput | null | undefined;
  and?: Array<ActorFiltersInput | null | undefined> | null | undefined;
  barrierFree?: StringFilterInput | null | undefined;
  contact?: ComponentSharedContactFiltersInput | null | undefined;
  createdAt?: DateTimeFilterInput | null | undefined;
  description?: JsonFilterInput | null | undefined;
  documentId?: IdFilterInput | null | undefined;
  events?: EventFiltersInput | null | undefined;
  kind?: StringFilterInput | null | undefined;
  languages?: LanguageFiltersInput | null | undefined;
  lastConfirmedAt?: DateTimeFilterInput | null | undefined;
  location?: ComponentSharedGeoPointFiltersInput | null | undefined;
  municipalities?: MunicipalityFiltersInput | null | undefined;
  name?: StringFilterInput | null | undefined;
  not?: ActorFiltersInput | null | undefined;
  offerings?: OfferingFiltersInput | null | undefined;
  or?: Array<ActorFiltersInput | null | undefined> | null | undefined;
  publishedAt?: DateTimeFilterInput | null | undefined;
  shortDescription?: StringFilterInput | null | undefined;
  slug?: StringFilterInput | null | undefined;
  translations?: ComponentTranslationActorFiltersInput | null | undefined;
  updatedAt?: DateTimeFilterInput | null | undefined;
  withdrawnAt?: DateTimeFilterInput | null | undefined;
  workingGroups?: WorkingGroupFiltersInput | null | undefined;
};

export type BooleanFilterInput = {
  and?: Array<boolean | null | undefined> | null | undefined;
  between?: Array<boolean | null | undefined> | null | undefined;
  contains?: boolean | null | undefined;
  containsi?: boolean | null | undefined;
  endsWith?: boolean | null | undefined;
  eq?: boolean | null | undefined;
  eqi?: boolean | null | undefined;
  gt?: boolean | null | undefined;
  gte?: boolean | null | undefined;
  in?: Array<boolean | null | undefined> | null | undefined;
  lt?: boolean | null | undefined;
  lte?: boolean | null | undefined;
  ne?: boolean | null | undefined;
  nei?: boolean | null | undefined;
  not?: BooleanFilterInput | null | undefined;
  notContains?: boolean | null | undefined;
  notContainsi?: boolean | null | undefined;
  notIn?: Array<boolean | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<boolean | null | undefined> | null | undefined;
  startsWith?: boolean | null | undefined;
};

export type ComponentScheduleOpeningHoursFiltersInput = {
  and?: Array<ComponentScheduleOpeningHoursFiltersInput | null | undefined> | null | undefined;
  byAppointment?: BooleanFilterInput | null | undefined;
  closedUntil?: DateFilterInput | null | undefined;
  not?: ComponentScheduleOpeningHoursFiltersInput | null | undefined;
  note?: StringFilterInput | null | undefined;
  or?: Array<ComponentScheduleOpeningHoursFiltersInput | null | undefined> | null | undefined;
  slots?: ComponentScheduleTimeSlotFiltersInput | null | undefined;
  temporarilyClosed?: BooleanFilterInput | null | undefined;
};

export type ComponentScheduleTimeSlotFiltersInput = {
  and?: Array<ComponentScheduleTimeSlotFiltersInput | null | undefined> | null | undefined;
  closes?: TimeFilterInput | null | undefined;
  not?: ComponentScheduleTimeSlotFiltersInput | null | undefined;
  opens?: TimeFilterInput | null | undefined;
  or?: Array<ComponentScheduleTimeSlotFiltersInput | null | undefined> | null | undefined;
  weekday?: StringFilterInput | null | undefined;
};

export type ComponentSharedAddressFiltersInput = {
  and?: Array<ComponentSharedAddressFiltersInput | null | undefined> | null | undefined;
  city?: StringFilterInput | null | undefined;
  not?: ComponentSharedAddressFiltersInput | null | undefined;
  or?: Array<ComponentSharedAddressFiltersInput | null | undefined> | null | undefined;
  postalCode?: StringFilterInput | null | undefined;
  street?: StringFilterInput | null | undefined;
};

export type ComponentSharedContactFiltersInput = {
  and?: Array<ComponentSharedContactFiltersInput | null | undefined> | null | undefined;
  contactPerson?: StringFilterInput | null | undefined;
  email?: StringFilterInput | null | undefined;
  not?: ComponentSharedContactFiltersInput | null | undefined;
  or?: Array<ComponentSharedContactFiltersInput | null | undefined> | null | undefined;
  phone?: StringFilterInput | null | undefined;
  website?: StringFilterInput | null | undefined;
};

export type ComponentSharedGeoPointFiltersInput = {
  and?: Array<ComponentSharedGeoPointFiltersInput | null | undefined> | null | undefined;
  latitude?: FloatFilterInput | null | undefined;
  longitude?: FloatFilterInput | null | undefined;
  not?: ComponentSharedGeoPointFiltersInput | null | undefined;
  or?: Array<ComponentSharedGeoPointFiltersInput | null | undefined> | null | undefined;
};

export type ComponentTranslationActorFiltersInput = {
  accessibilityNote?: StringFilterInput | null | undefined;
  and?: Array<ComponentTranslationActorFiltersInput | null | undefined> | null | undefined;
  description?: JsonFilterInput | null | undefined;
  locale?: StringFilterInput | null | undefined;
  name?: StringFilterInput | null | undefined;
  not?: ComponentTranslationActorFiltersInput | null | undefined;
  or?: Array<ComponentTranslationActorFiltersInput | null | undefined> | null | undefined;
  shortDescription?: StringFilterInput | null | undefined;
  translatedAt?: DateTimeFilterInput | null | undefined;
};

export type ComponentTranslationEventFiltersInput = {
  and?: Array<ComponentTranslationEventFiltersInput | null | undefined> | null | undefined;
  description?: JsonFilterInput | null | undefined;
  locale?: StringFilterInput | null | undefined;
  not?: ComponentTranslationEventFiltersInput | null | undefined;
  or?: Array<ComponentTranslationEventFiltersInput | null | undefined> | null | undefined;
  summary?: StringFilterInput | null | undefined;
  title?: StringFilterInput | null | undefined;
  translatedAt?: DateTimeFilterInput | null | undefined;
};

export type ComponentTranslationLabelFiltersInput = {
  and?: Array<ComponentTranslationLabelFiltersInput | null | undefined> | null | undefined;
  description?: StringFilterInput | null | undefined;
  locale?: StringFilterInput | null | undefined;
  name?: StringFilterInput | null | undefined;
  not?: ComponentTranslationLabelFiltersInput | null | undefined;
  or?: Array<ComponentTranslationLabelFiltersInput | null | undefined> | null | undefined;
};

export type ComponentTranslationMunicipalityFiltersInput = {
  and?: Array<ComponentTranslationMunicipalityFiltersInput | null | undefined> | null | undefined;
  description?: StringFilterInput | null | undefined;
  locale?: StringFilterInput | null | undefined;
  not?: ComponentTranslationMunicipalityFiltersInput | null | undefined;
  or?: Array<ComponentTranslationMunicipalityFiltersInput | null | undefined> | null | undefined;
  translatedAt?: DateTimeFilterInput | null | undefined;
};

export type ComponentTranslationOfferingFiltersInput = {
  and?: Array<ComponentTranslationOfferingFiltersInput | null | undefined> | null | undefined;
  costNote?: StringFilterInput | null | undefined;
  description?: JsonFilterInput | null | undefined;
  locale?: StringFilterInput | null | undefined;
  not?: ComponentTranslationOfferingFiltersInput | null | undefined;
  or?: Array<ComponentTranslationOfferingFiltersInput | null | undefined> | null | undefined;
  registrationNote?: StringFilterInput | null | undefined;
  scheduleNote?: StringFilterInput | null | undefined;
  summary?: StringFilterInput | null | undefined;
  title?: StringFilterInput | null | undefined;
  translatedAt?: DateTimeFilterInput | null | undefined;
};

export type ComponentTranslationWorkingGroupFiltersInput = {
  and?: Array<ComponentTranslationWorkingGroupFiltersInput | null | undefined> | null | undefined;
  description?: JsonFilterInput | null | undefined;
  locale?: StringFilterInput | null | undefined;
  name?: StringFilterInput | null | undefined;
  not?: ComponentTranslationWorkingGroupFiltersInput | null | undefined;
  or?: Array<ComponentTranslationWorkingGroupFiltersInput | null | undefined> | null | undefined;
  purpose?: StringFilterInput | null | undefined;
  translatedAt?: DateTimeFilterInput | null | undefined;
};

export type DateFilterInput = {
  and?: Array<string | null | undefined> | null | undefined;
  between?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  containsi?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  eqi?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  nei?: string | null | undefined;
  not?: DateFilterInput | null | undefined;
  notContains?: string | null | undefined;
  notContainsi?: string | null | undefined;
  notIn?: Array<string | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<string | null | undefined> | null | undefined;
  startsWith?: string | null | undefined;
};

export type DateTimeFilterInput = {
  and?: Array<string | null | undefined> | null | undefined;
  between?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  containsi?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  eqi?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  nei?: string | null | undefined;
  not?: DateTimeFilterInput | null | undefined;
  notContains?: string | null | undefined;
  notContainsi?: string | null | undefined;
  notIn?: Array<string | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<string | null | undefined> | null | undefined;
  startsWith?: string | null | undefined;
};

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

export type Enum_Event_Kind =
  | 'intercultural_week'
  | 'plenary'
  | 'public_event'
  | 'working_group_meeting';

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

export type EventFiltersInput = {
  and?: Array<EventFiltersInput | null | undefined> | null | undefined;
  createdAt?: DateTimeFilterInput | null | undefined;
  description?: JsonFilterInput | null | undefined;
  documentId?: IdFilterInput | null | undefined;
  endsAt?: DateTimeFilterInput | null | undefined;
  kind?: StringFilterInput | null | undefined;
  lastConfirmedAt?: DateTimeFilterInput | null | undefined;
  municipality?: MunicipalityFiltersInput | null | undefined;
  not?: EventFiltersInput | null | undefined;
  online?: BooleanFilterInput | null | undefined;
  or?: Array<EventFiltersInput | null | undefined> | null | undefined;
  organiser?: ActorFiltersInput | null | undefined;
  organiserName?: StringFilterInput | null | undefined;
  publishedAt?: DateTimeFilterInput | null | undefined;
  slug?: StringFilterInput | null | undefined;
  startsAt?: DateTimeFilterInput | null | undefined;
  summary?: StringFilterInput | null | undefined;
  title?: StringFilterInput | null | undefined;
  translations?: ComponentTranslationEventFiltersInput | null | undefined;
  updatedAt?: DateTimeFilterInput | null | undefined;
  venueAddress?: ComponentSharedAddressFiltersInput | null | undefined;
  venueName?: StringFilterInput | null | undefined;
  visibility?: StringFilterInput | null | undefined;
  withdrawnAt?: DateTimeFilterInput | null | undefined;
  workingGroup?: WorkingGroupFiltersInput | null | undefined;
};

export type FloatFilterInput = {
  and?: Array<number | null | undefined> | null | undefined;
  between?: Array<number | null | undefined> | null | undefined;
  contains?: number | null | undefined;
  containsi?: number | null | undefined;
  endsWith?: number | null | undefined;
  eq?: number | null | undefined;
  eqi?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number | null | undefined> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  ne?: number | null | undefined;
  nei?: number | null | undefined;
  not?: FloatFilterInput | null | undefined;
  notContains?: number | null | undefined;
  notContainsi?: number | null | undefined;
  notIn?: Array<number | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<number | null | undefined> | null | undefined;
  startsWith?: number | null | undefined;
};

export type IdFilterInput = {
  and?: Array<string | number | null | undefined> | null | undefined;
  between?: Array<string | number | null | undefined> | null | undefined;
  contains?: string | number | null | undefined;
  containsi?: string | number | null | undefined;
  endsWith?: string | number | null | undefined;
  eq?: string | number | null | undefined;
  eqi?: string | number | null | undefined;
  gt?: string | number | null | undefined;
  gte?: string | number | null | undefined;
  in?: Array<string | number | null | undefined> | null | undefined;
  lt?: string | number | null | undefined;
  lte?: string | number | null | undefined;
  ne?: string | number | null | undefined;
  nei?: string | number | null | undefined;
  not?: IdFilterInput | null | undefined;
  notContains?: string | number | null | undefined;
  notContainsi?: string | number | null | undefined;
  notIn?: Array<string | number | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<string | number | null | undefined> | null | undefined;
  startsWith?: string | number | null | undefined;
};

export type IntFilterInput = {
  and?: Array<number | null | undefined> | null | undefined;
  between?: Array<number | null | undefined> | null | undefined;
  contains?: number | null | undefined;
  containsi?: number | null | undefined;
  endsWith?: number | null | undefined;
  eq?: number | null | undefined;
  eqi?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number | null | undefined> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  ne?: number | null | undefined;
  nei?: number | null | undefined;
  not?: IntFilterInput | null | undefined;
  notContains?: number | null | undefined;
  notContainsi?: number | null | undefined;
  notIn?: Array<number | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<number | null | undefined> | null | undefined;
  startsWith?: number | null | undefined;
};

export type JsonFilterInput = {
  and?: Array<unknown> | null | undefined;
  between?: Array<unknown> | null | undefined;
  contains?: unknown;
  containsi?: unknown;
  endsWith?: unknown;
  eq?: unknown;
  eqi?: unknown;
  gt?: unknown;
  gte?: unknown;
  in?: Array<unknown> | null | undefined;
  lt?: unknown;
  lte?: unknown;
  ne?: unknown;
  nei?: unknown;
  not?: JsonFilterInput | null | undefined;
  notContains?: unknown;
  notContainsi?: unknown;
  notIn?: Array<unknown> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<unknown> | null | undefined;
  startsWith?: unknown;
};

export type LanguageFiltersInput = {
  and?: Array<LanguageFiltersInput | null | undefined> | null | undefined;
  code?: StringFilterInput | null | undefined;
  createdAt?: DateTimeFilterInput | null | undefined;
  documentId?: IdFilterInput | null | undefined;
  name?: StringFilterInput | null | undefined;
  nativeName?: StringFilterInput | null | undefined;
  not?: LanguageFiltersInput | null | undefined;
  or?: Array<LanguageFiltersInput | null | undefined> | null | undefined;
  publishedAt?: DateTimeFilterInput | null | undefined;
  translations?: ComponentTranslationLabelFiltersInput | null | undefined;
  updatedAt?: DateTimeFilterInput | null | undefined;
};

export type MunicipalityFiltersInput = {
  actors?: ActorFiltersInput | null | undefined;
  and?: Array<MunicipalityFiltersInput | null | undefined> | null | undefined;
  createdAt?: DateTimeFilterInput | null | undefined;
  description?: StringFilterInput | null | undefined;
  documentId?: IdFilterInput | null | undefined;
  events?: EventFiltersInput | null | undefined;
  kind?: StringFilterInput | null | undefined;
  location?: ComponentSharedGeoPointFiltersInput | null | undefined;
  members?: MunicipalityFiltersInput | null | undefined;
  name?: StringFilterInput | null | undefined;
  not?: MunicipalityFiltersInput | null | undefined;
  offerings?: OfferingFiltersInput | null | undefined;
  or?: Array<MunicipalityFiltersInput | null | undefined> | null | undefined;
  parent?: MunicipalityFiltersInput | null | undefined;
  publishedAt?: DateTimeFilterInput | null | undefined;
  slug?: StringFilterInput | null | undefined;
  translations?: ComponentTranslationMunicipalityFiltersInput | null | undefined;
  updatedAt?: DateTimeFilterInput | null | undefined;
};

export type OfferingFiltersInput = {
  accessibilityNote?: StringFilterInput | null | undefined;
  actor?: ActorFiltersInput | null | undefined;
  and?: Array<OfferingFiltersInput | null | undefined> | null | undefined;
  barrierFree?: StringFilterInput | null | undefined;
  contact?: ComponentSharedContactFiltersInput | null | undefined;
  costNote?: StringFilterInput | null | undefined;
  createdAt?: DateTimeFilterInput | null | undefined;
  deliveryMode?: StringFilterInput | null | undefined;
  description?: JsonFilterInput | null | undefined;
  documentId?: IdFilterInput | null | undefined;
  free?: BooleanFilterInput | null | undefined;
  languages?: LanguageFiltersInput | null | undefined;
  lastConfirmedAt?: DateTimeFilterInput | null | undefined;
  location?: ComponentSharedGeoPointFiltersInput | null | undefined;
  municipalities?: MunicipalityFiltersInput | null | undefined;
  not?: OfferingFiltersInput | null | undefined;
  openingHours?: ComponentScheduleOpeningHoursFiltersInput | null | undefined;
  or?: Array<OfferingFiltersInput | null | undefined> | null | undefined;
  publishedAt?: DateTimeFilterInput | null | undefined;
  registration?: StringFilterInput | null | undefined;
  registrationNote?: StringFilterInput | null | undefined;
  scheduleNote?: StringFilterInput | null | undefined;
  slug?: StringFilterInput | null | undefined;
  summary?: StringFilterInput | null | undefined;
  targetGroups?: TargetGroupFiltersInput | null | undefined;
  title?: StringFilterInput | null | undefined;
  topic?: TopicFiltersInput | null | undefined;
  translations?: ComponentTranslationOfferingFiltersInput | null | undefined;
  updatedAt?: DateTimeFilterInput | null | undefined;
  validFrom?: DateFilterInput | null | undefined;
  validUntil?: DateFilterInput | null | undefined;
  venueAddress?: ComponentSharedAddressFiltersInput | null | undefined;
  venueName?: StringFilterInput | null | undefined;
  withdrawnAt?: DateTimeFilterInput | null | undefined;
};

export type StringFilterInput = {
  and?: Array<string | null | undefined> | null | undefined;
  between?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  containsi?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  eqi?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  nei?: string | null | undefined;
  not?: StringFilterInput | null | undefined;
  notContains?: string | null | undefined;
  notContainsi?: string | null | undefined;
  notIn?: Array<string | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<string | null | undefined> | null | undefined;
  startsWith?: string | null | undefined;
};

export type TargetGroupFiltersInput = {
  and?: Array<TargetGroupFiltersInput | null | undefined> | null | undefined;
  createdAt?: DateTimeFilterInput | null | undefined;
  description?: StringFilterInput | null | undefined;
  documentId?: IdFilterInput | null | undefined;
  name?: StringFilterInput | null | undefined;
  not?: TargetGroupFiltersInput | null | undefined;
  offerings?: OfferingFiltersInput | null | undefined;
  or?: Array<TargetGroupFiltersInput | null | undefined> | null | undefined;
  publishedAt?: DateTimeFilterInput | null | undefined;
  slug?: StringFilterInput | null | undefined;
  sortOrder?: IntFilterInput | null | undefined;
  translations?: ComponentTranslationLabelFiltersInput | null | undefined;
  updatedAt?: DateTimeFilterInput | null | undefined;
};

export type TimeFilterInput = {
  and?: Array<string | null | undefined> | null | undefined;
  between?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  containsi?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  eqi?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  nei?: string | null | undefined;
  not?: TimeFilterInput | null | undefined;
  notContains?: string | null | undefined;
  notContainsi?: string | null | undefined;
  notIn?: Array<string | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<string | null | undefined> | null | undefined;
  startsWith?: string | null | undefined;
};

export type TopicFiltersInput = {
  and?: Array<TopicFiltersInput | null | undefined> | null | undefined;
  createdAt?: DateTimeFilterInput | null | undefined;
  description?: StringFilterInput | null | undefined;
  documentId?: IdFilterInput | null | undefined;
  name?: StringFilterInput | null | undefined;
  not?: TopicFiltersInput | null | undefined;
  offerings?: OfferingFiltersInput | null | undefined;
  or?: Array<TopicFiltersInput | null | undefined> | null | undefined;
  publishedAt?: DateTimeFilterInput | null | undefined;
  slug?: StringFilterInput | null | undefined;
  sortOrder?: IntFilterInput | null | undefined;
  translations?: ComponentTranslationLabelFiltersInput | null | undefined;
  updatedAt?: DateTimeFilterInput | null | undefined;
};

export type WorkingGroupFiltersInput = {
  and?: Array<WorkingGroupFiltersInput | null | undefined> | null | undefined;
  contact?: ComponentSharedContactFiltersInput | null | undefined;
  createdAt?: DateTimeFilterInput | null | undefined;
  description?: JsonFilterInput | null | undefined;
  documentId?: IdFilterInput | null | undefined;
  events?: EventFiltersInput | null | undefined;
  isCoordinationGroup?: BooleanFilterInput | null | undefined;
  leadActor?: ActorFiltersInput | null | undefined;
  leadName?: StringFilterInput | null | undefined;
  memberActors?: ActorFiltersInput | null | undefined;
  name?: StringFilterInput | null | undefined;
  not?: WorkingGroupFiltersInput | null | undefined;
  or?: Array<WorkingGroupFiltersInput | null | undefined> | null | undefined;
  publishedAt?: DateTimeFilterInput | null | undefined;
  purpose?: StringFilterInput | null | undefined;
  slug?: StringFilterInput | null | undefined;
  topic?: TopicFiltersInput | null | undefined;
  translations?: ComponentTranslationWorkingGroupFiltersInput | null | undefined;
  updatedAt?: DateTimeFilterInput | null | undefined;
};

export type ActorListQueryVariables = Exact<{
  locale: string;
  filters?: ActorFiltersInput | null | undefined;
  page: number;
  pageSize: number;
}>;


export type ActorListQuery = { actors_connection: { pageInfo: { total: number, page: number, pageSize: number, pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, name: string, kind: Enum_Actor_Kind, shortDescription: string | null, localized: { name: string | null, shortDescription: string | null, fallbackFields: Array<string> }, municipalities: Array<{ slug: string | null, name: string } | null> }> } | null };

export type ActorDetailQueryVariables = Exact<{
  slug: string;
  locale: string;
  offeringFilters?: OfferingFiltersInput | null | undefined;
  eventFilters?: EventFiltersInput | null | undefined;
}>;


export type ActorDetailQuery = { actors: Array<{ documentId: string, slug: string | null, name: string, kind: Enum_Actor_Kind, shortDescription: string | null, description: unknown, barrierFree: Enum_Actor_Barrierfree, accessibilityNote: string | null, lastConfirmedAt: string | null, contact: { contactPerson: string | null, email: string | null, phone: string | null, website: string | null } | null, address: { street: string | null, postalCode: string | null, city: string | null } | null, logo: { url: string, alternativeText: string | null, width: number | null, height: number | null } | null, localized: { name: string | null, shortDescription: string | null, description: unknown, accessibilityNote: string | null, fallbackFields: Array<string> }, languages: Array<{ code: string } | null>, municipalities: Array<{ slug: string | null, name: string } | null>, offerings: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, free: boolean, deliveryMode: Enum_Offering_Deliverymode, barrierFree: Enum_Offering_Barrierfree, localized: { title: string | null, summary: string | null, fallbackFields: Array<string> }, openingHours: { temporarilyClosed: boolean, closedUntil: string | null } | null, topic: { slug: string | null } | null, municipalities: Array<{ slug: string | null, name: string } | null> } | null>, workingGroups: Array<{ slug: string | null, name: string, localized: { name: string | null } } | null>, events: Array<{ slug: string | null, title: string, startsAt: string, endsAt: string | null, localized: { title: string | null, fallbackFields: Array<string> } } | null> } | null> };

export type ActorIdQueryVariables = Exact<{
  slug: string;
}>;


export type ActorIdQuery = { actors: Array<{ documentId: string } | null> };

export type EditOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditOptionsQuery = { topics: Array<{ documentId: string, name: string } | null>, targetGroups: Array<{ documentId: string, name: string } | null>, languages: Array<{ documentId: string, name: string } | null>, municipalities: Array<{ documentId: string, name: string, kind: Enum_Municipality_Kind } | null>, workingGroups: Array<{ documentId: string, name: string } | null> };

export type GlobalQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type GlobalQuery = { global: { siteName: string, motto: string | null, intro: string | null, locale: string | null, contact: { contactPerson: string | null, email: string | null, phone: string | null, website: string | null } | null, address: { street: string | null, postalCode: string | null, city: string | null } | null } | null };

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

export type EventListQueryVariables = Exact<{
  locale: string;
  filters?: EventFiltersInput | null | undefined;
  page: number;
  pageSize: number;
  sort?: Array<string | null | undefined> | string | null | undefined;
}>;


export type EventListQuery = { events_connection: { pageInfo: { total: number, page: number, pageSize: number, pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, kind: Enum_Event_Kind, startsAt: string, endsAt: string | null, online: boolean, venueName: string | null, venueAddress: { city: string | null } | null, municipality: { slug: string | null, name: string } | null, localized: { title: string | null, summary: string | null, fallbackFields: Array<string> } }> } | null };

export type EventDetailQueryVariables = Exact<{
  slug: string;
  locale: string;
}>;


export type EventDetailQuery = { events: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, description: unknown, kind: Enum_Event_Kind, startsAt: string, endsAt: string | null, online: boolean, venueName: string | null, organiserName: string | null, updatedAt: string | null, venueAddress: { street: string | null, postalCode: string | null, city: string | null } | null, organiser: { slug: string | null, name: string, localized: { name: string | null } } | null, workingGroup: { slug: string | null, name: string, localized: { name: string | null } } | null, municipality: { slug: string | null, name: string } | null, localized: { title: string | null, summary: string | null, description: unknown, fallbackFields: Array<string> } } | null> };

export type EventFeedQueryVariables = Exact<{
  locale: string;
  page: number;
}>;


export type EventFeedQuery = { events_connection: { pageInfo: { pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, description: unknown, startsAt: string, endsAt: string | null, online: boolean, venueName: string | null, organiserName: string | null, updatedAt: string | null, venueAddress: { street: string | null, postalCode: string | null, city: string | null } | null, organiser: { name: string } | null, localized: { title: string | null, summary: string | null, description: unknown } }> } | null };

export type MunicipalityDetailQueryVariables = Exact<{
  slug: string;
  locale: string;
  slugs?: Array<string | null | undefined> | string | null | undefined;
  offeringFilters?: OfferingFiltersInput | null | undefined;
  eventFilters?: EventFiltersInput | null | undefined;
  offeringCount: number;
}>;


export type MunicipalityDetailQuery = { municipalities: Array<{ documentId: string, slug: string | null, name: string, kind: Enum_Municipality_Kind, description: string | null, localized: { description: string | null, fallbackFields: Array<string> }, parent: { slug: string | null, name: string } | null, members: Array<{ slug: string | null, name: string } | null> } | null>, offerings_connection: { pageInfo: { total: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, free: boolean, deliveryMode: Enum_Offering_Deliverymode, barrierFree: Enum_Offering_Barrierfree, localized: { title: string | null, summary: string | null, fallbackFields: Array<string> }, openingHours: { temporarilyClosed: boolean, closedUntil: string | null } | null, actor: { slug: string | null, name: string, localized: { name: string | null } } | null, topic: { slug: string | null } | null, municipalities: Array<{ slug: string | null, name: string } | null> }> } | null, actors: Array<{ slug: string | null, name: string, kind: Enum_Actor_Kind, localized: { name: string | null } } | null>, events: Array<{ slug: string | null, title: string, startsAt: string, endsAt: string | null, localized: { title: string | null, fallbackFields: Array<string> } } | null> };

export type OfferingListQueryVariables = Exact<{
  locale: string;
  filters?: OfferingFiltersInput | null | undefined;
  page: number;
  pageSize: number;
  sort?: Array<string | null | undefined> | string | null | undefined;
}>;


export type OfferingListQuery = { offerings_connection: { pageInfo: { total: number, page: number, pageSize: number, pageCount: number }, nodes: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, free: boolean, deliveryMode: Enum_Offering_Deliverymode, barrierFree: Enum_Offering_Barrierfree, validUntil: string | null, lastConfirmedAt: string | null, localized: { title: string | null, summary: string | null, fallbackFields: Array<string> }, openingHours: { temporarilyClosed: boolean, closedUntil: string | null, byAppointment: boolean } | null, actor: { slug: string | null, name: string, localized: { name: string | null } } | null, topic: { slug: string | null } | null, municipalities: Array<{ slug: string | null, name: string } | null> }> } | null };

export type OfferingDetailQueryVariables = Exact<{
  slug: string;
  locale: string;
}>;


export type OfferingDetailQuery = { offerings: Array<{ documentId: string, slug: string | null, title: string, summary: string | null, description: unknown, free: boolean, costNote: string | null, registration: Enum_Offering_Registration, registrationNote: string | null, scheduleNote: string | null, deliveryMode: Enum_Offering_Deliverymode, barrierFree: Enum_Offering_Barrierfree, accessibilityNote: string | null, validFrom: string | null, validUntil: string | null, lastConfirmedAt: string | null, updatedAt: string | null, venueName: string | null, venueAddress: { street: string | null, postalCode: string | null, city: string | null } | null, contact: { contactPerson: string | null, email: string | null, phone: string | null, website: string | null } | null, openingHours: { byAppointment: boolean, temporarilyClosed: boolean, closedUntil: string | null, note: string | null, slots: Array<{ weekday: Enum_Componentscheduletimeslot_Weekday, opens: string, closes: string } | null> | null } | null, localized: { title: string | null, summary: string | null, description: unknown, costNote: string | null, registrationNote: string | null, scheduleNote: string | null, fallbackFields: Array<string> }, actor: { slug: string | null, name: string, kind: Enum_Actor_Kind, localized: { name: string | null } } | null, topic: { slug: string | null } | null, targetGroups: Array<{ slug: string | null } | null>, languages: Array<{ code: string } | null>, municipalities: Array<{ slug: string | null, name: string } | null> } | null> };

export type OfferingIdQueryVariables = Exact<{
  slug: string;
}>;


export type OfferingIdQuery = { offerings: Array<{ documentId: string } | null> };

export type CoverageOfferingsQueryVariables = Exact<{
  filters?: OfferingFiltersInput | null | undefined;
  page: number;
}>;


export type CoverageOfferingsQuery = { offerings_connection: { pageInfo: { pageCount: number }, nodes: Array<{ documentId: string, topic: { slug: string | null } | null, municipalities: Array<{ slug: string | null } | null> }> } | null };

export type StaleEntriesQueryVariables = Exact<{
  before: string;
  today: string;
  limit: number;
}>;


export type StaleEntriesQuery = { actors_connection: { pageInfo: { total: number }, nodes: Array<{ documentId: string, name: string, slug: string | null, lastConfirmedAt: string | null, contact: { contactPerson: string | null, email: string | null, phone: string | null } | null }> } | null, offerings_connection: { pageInfo: { total: number }, nodes: Array<{ documentId: string, title: string, slug: string | null, lastConfirmedAt: string | null, contact: { contactPerson: string | null, email: string | null, phone: string | null } | null, actor: { documentId: string, name: string, contact: { email: string | null, phone: string | null } | null } | null }> } | null };

export type SearchOfferingsQueryVariables = Exact<{
  locale: string;
  filters?: OfferingFiltersInput | null | undefined;
  page: number;
}>;


export type SearchOfferingsQuery = { offerings_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, title: string, summary: string | null, description: unknown, localized: { title: string | null, summary: string | null, description: unknown, fallbackFields: Array<string> } }> } | null };

export type SearchActorsQueryVariables = Exact<{
  locale: string;
  page: number;
}>;


export type SearchActorsQuery = { actors_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, name: string, shortDescription: string | null, description: unknown, localized: { name: string | null, shortDescription: string | null, description: unknown, fallbackFields: Array<string> } }> } | null };

export type SearchEventsQueryVariables = Exact<{
  locale: string;
  page: number;
}>;


export type SearchEventsQuery = { events_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, title: string, summary: string | null, description: unknown, startsAt: string, localized: { title: string | null, summary: string | null, description: unknown, fallbackFields: Array<string> } }> } | null };

export type SearchNewsQueryVariables = Exact<{
  locale?: string | null | undefined;
  page: number;
}>;


export type SearchNewsQuery = { newsArticles_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, title: string, summary: string | null, body: unknown, date: string }> } | null };

export type SearchPagesQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type SearchPagesQuery = { pages: Array<{ key: Enum_Page_Key, slug: string | null, title: string, summary: string | null, body: unknown } | null> };

export type SitemapQueryVariables = Exact<{
  page: number;
  offeringFilters?: OfferingFiltersInput | null | undefined;
}>;


export type SitemapQuery = { offerings_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, updatedAt: string | null }> } | null, actors_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, updatedAt: string | null }> } | null, events_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, updatedAt: string | null }> } | null, newsArticles_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, updatedAt: string | null }> } | null, municipalities_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null }> } | null, workingGroups_connection: { pageInfo: { pageCount: number }, nodes: Array<{ slug: string | null, updatedAt: string | null }> } | null };

export type TaxonomiesQueryVariables = Exact<{
  locale: string;
}>;


export type TaxonomiesQuery = { municipalities: Array<{ slug: string | null, name: string, kind: Enum_Municipality_Kind, parent: { slug: string | null } | null, members: Array<{ slug: string | null } | null> } | null>, topics: Array<{ slug: string | null, name: string, localized: { name: string | null, description: string | null, fallbackFields: Array<string> } } | null>, targetGroups: Array<{ slug: string | null, name: string, localized: { name: string | null, fallbackFields: Array<string> } } | null>, languages: Array<{ code: string, name: string, nativeName: string | null, localized: { name: string | null, fallbackFields: Array<string> } } | null> };

export type OfferingTopicsQueryVariables = Exact<{
  filters?: OfferingFiltersInput | null | undefined;
  page: number;
}>;


export type OfferingTopicsQuery = { offerings_connection: { pageInfo: { pageCount: number }, nodes: Array<{ topic: { slug: string | null } | null }> } | null };

export type WorkingGroupListQueryVariables = Exact<{
  locale: string;
}>;


export type WorkingGroupListQuery = { workingGroups: Array<{ slug: string | null, name: string, purpose: string | null, isCoordinationGroup: boolean, leadName: string | null, topic: { slug: string | null } | null, localized: { name: string | null, purpose: string | null, fallbackFields: Array<string> } } | null> };

export type WorkingGroupDetailQueryVariables = Exact<{
  slug: string;
  locale: string;
  eventFilters?: EventFiltersInput | null | undefined;
}>;


export type WorkingGroupDetailQuery = { workingGroups: Array<{ documentId: string, slug: string | null, name: string, purpose: string | null, description: unknown, isCoordinationGroup: boolean, leadName: string | null, leadActor: { slug: string | null, name: string, localized: { name: string | null } } | null, contact: { contactPerson: string | null, email: string | null, phone: string | null, website: string | null } | null, topic: { slug: string | null } | null, localized: { name: string | null, purpose: string | null, description: unknown, fallbackFields: Array<string> }, memberActors: Array<{ slug: string | null, name: string, kind: Enum_Actor_Kind, localized: { name: string | null } } | null>, events: Array<{ slug: string | null, title: string, startsAt: string, endsAt: string | null, kind: Enum_Event_Kind, localized: { title: string | null, fallbackFields: Array<string> } } | null> } | null> };

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

export const ActorListDocument = new TypedDocumentString(`
    query ActorList($locale: String!, $filters: ActorFiltersInput, $page: Int!, $pageSize: Int!) {
  actors_connection(
    filters: $filters
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
    `, {"hash":"sha256:a641dae37c94c802a693351b9460737d07934a918486c0d26ea8cef8de0f5b69"}) as unknown as TypedDocumentString<ActorListQuery, ActorListQueryVariables>;
export const ActorDetailDocument = new TypedDocumentString(`
    query ActorDetail($slug: String!, $locale: String!, $offeringFilters: OfferingFiltersInput, $eventFilters: EventFiltersInput) {
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
      filters: $offeringFilters
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
      filters: $eventFilters
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
}
    `, {"hash":"sha256:f809923c05fafd461e7b64161bfbc832d2215adbcaa4bb6acc6634177e438420"}) as unknown as TypedDocumentString<ActorDetailQuery, ActorDetailQueryVariables>;
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
  }
  workingGroups(pagination: {pageSize: 100}, sort: ["name:asc"]) {
    documentId
    name
  }
}
    `, {"hash":"sha256:80ed146d5f5bafc48c141ab73ac22c8737086ed50036c19f6a6b4dd4ed32d2c0"}) as unknown as TypedDocumentString<EditOptionsQuery, EditOptionsQueryVariables>;
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
    query EventList($locale: String!, $filters: EventFiltersInput, $page: Int!, $pageSize: Int!, $sort: [String]) {
  events_connection(
    filters: $filters
    pagination: {page: $page, pageSize: $pageSize}
    sort: $sort
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
}
    `, {"hash":"sha256:5b0997819a5040d9b8d2278031d68ddcef0cb1be14d429d808d56112b1777c1f"}) as unknown as TypedDocumentString<EventListQuery, EventListQueryVariables>;
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
    `, {"hash":"sha256:0095458b8d97fbe997ccdf12d8bf62947b19a30215d0bbcfe3cb8cb0e688ceac"}) as unknown as TypedDocumentString<EventDetailQuery, EventDetailQueryVariables>;
export const EventFeedDocument = new TypedDocumentString(`
    query EventFeed($locale: String!, $page: Int!) {
  events_connection(
    filters: {visibility: {eq: "public"}}
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
    `, {"hash":"sha256:7d2b6cadb4aaa5d520973ebccda45a829e1ae10481d7542d8c9b413308b4c4b7"}) as unknown as TypedDocumentString<EventFeedQuery, EventFeedQueryVariables>;
export const MunicipalityDetailDocument = new TypedDocumentString(`
    query MunicipalityDetail($slug: String!, $locale: String!, $slugs: [String], $offeringFilters: OfferingFiltersInput, $eventFilters: EventFiltersInput, $offeringCount: Int!) {
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
    filters: {and: [$offeringFilters, {municipalities: {slug: {in: $slugs}}}]}
    pagination: {pageSize: $offeringCount}
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
      municipalities(pagination: {pageSize: 100}, sort: ["name:asc"]) {
        slug
        name
      }
    }
  }
  actors(
    filters: {municipalities: {slug: {in: $slugs}}}
    pagination: {pageSize: 100}
    sort: ["name:asc"]
  ) {
    slug
    name
    kind
    localized(locale: $locale) {
      name
    }
  }
  events(
    filters: {and: [$eventFilters, {municipality: {slug: {in: $slugs}}}]}
    pagination: {pageSize: 10}
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
    `, {"hash":"sha256:4817cb07e29962af8f082fe144d2ff4d279f269594c25a0411f672a255e55170"}) as unknown as TypedDocumentString<MunicipalityDetailQuery, MunicipalityDetailQueryVariables>;
export const OfferingListDocument = new TypedDocumentString(`
    query OfferingList($locale: String!, $filters: OfferingFiltersInput, $page: Int!, $pageSize: Int!, $sort: [String]) {
  offerings_connection(
    filters: $filters
    pagination: {page: $page, pageSize: $pageSize}
    sort: $sort
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
}
    `, {"hash":"sha256:f5b29418424c43232bd7493ed53f3f45f7806ccc0526b3e621204c7dd2627cfe"}) as unknown as TypedDocumentString<OfferingListQuery, OfferingListQueryVariables>;
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
    `, {"hash":"sha256:b2ac2db96242da953f4d61a72b623cae6f20bb11afed5fccefb36e4822eb7811"}) as unknown as TypedDocumentString<OfferingDetailQuery, OfferingDetailQueryVariables>;
export const OfferingIdDocument = new TypedDocumentString(`
    query OfferingId($slug: String!) {
  offerings(filters: {slug: {eq: $slug}}, pagination: {pageSize: 1}) {
    documentId
  }
}
    `, {"hash":"sha256:3c5bfb6d4d04818884b331c1b97b91a2e0df6456a6f9884cf098cc7c57172f9a"}) as unknown as TypedDocumentString<OfferingIdQuery, OfferingIdQueryVariables>;
export const CoverageOfferingsDocument = new TypedDocumentString(`
    query CoverageOfferings($filters: OfferingFiltersInput, $page: Int!) {
  offerings_connection(
    filters: $filters
    pagination: {page: $page, pageSize: 100}
    sort: ["documentId:asc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      documentId
      topic {
        slug
      }
      municipalities(pagination: {pageSize: 100}) {
        slug
      }
    }
  }
}
    `, {"hash":"sha256:b2402e14c9a16d9c0813630b658e1583745dab3047d24c9f71d6129d295ad897"}) as unknown as TypedDocumentString<CoverageOfferingsQuery, CoverageOfferingsQueryVariables>;
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
export const SearchOfferingsDocument = new TypedDocumentString(`
    query SearchOfferings($locale: String!, $filters: OfferingFiltersInput, $page: Int!) {
  offerings_connection(
    filters: $filters
    pagination: {page: $page, pageSize: 100}
    sort: ["title:asc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      slug
      title
      summary
      description
      localized(locale: $locale) {
        title
        summary
        description
        fallbackFields
      }
    }
  }
}
    `, {"hash":"sha256:f8f87c394bbcac6209a32ef99c590428f49ed3daa336bc618a070c64fcc61fb0"}) as unknown as TypedDocumentString<SearchOfferingsQuery, SearchOfferingsQueryVariables>;
export const SearchActorsDocument = new TypedDocumentString(`
    query SearchActors($locale: String!, $page: Int!) {
  actors_connection(pagination: {page: $page, pageSize: 100}, sort: ["name:asc"]) {
    pageInfo {
      pageCount
    }
    nodes {
      slug
      name
      shortDescription
      description
      localized(locale: $locale) {
        name
        shortDescription
        description
        fallbackFields
      }
    }
  }
}
    `, {"hash":"sha256:d3e4c8c10e7b3d77a34a0f69739d8e67fa150d3e75f92cd49c79bbf188107246"}) as unknown as TypedDocumentString<SearchActorsQuery, SearchActorsQueryVariables>;
export const SearchEventsDocument = new TypedDocumentString(`
    query SearchEvents($locale: String!, $page: Int!) {
  events_connection(
    filters: {visibility: {eq: "public"}}
    pagination: {page: $page, pageSize: 100}
    sort: ["startsAt:desc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      slug
      title
      summary
      description
      startsAt
      localized(locale: $locale) {
        title
        summary
        description
        fallbackFields
      }
    }
  }
}
    `, {"hash":"sha256:397168719e0c689bb09e44268a98b56a160f4368ebb7da06646618efd4b1dc7f"}) as unknown as TypedDocumentString<SearchEventsQuery, SearchEventsQueryVariables>;
export const SearchNewsDocument = new TypedDocumentString(`
    query SearchNews($locale: I18NLocaleCode, $page: Int!) {
  newsArticles_connection(
    locale: $locale
    pagination: {page: $page, pageSize: 100}
    sort: ["date:desc"]
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      slug
      title
      summary
      body
      date
    }
  }
}
    `, {"hash":"sha256:522ac477ec30a426b661bfb0142a61f57dc96b450d40678d4f03abf282f45ee3"}) as unknown as TypedDocumentString<SearchNewsQuery, SearchNewsQueryVariables>;
export const SearchPagesDocument = new TypedDocumentString(`
    query SearchPages($locale: I18NLocaleCode) {
  pages(locale: $locale, pagination: {pageSize: 100}) {
    key
    slug
    title
    summary
    body
  }
}
    `, {"hash":"sha256:361d321f1f72710006f330310f25bb042e988126e53bd008994db422d04b8af9"}) as unknown as TypedDocumentString<SearchPagesQuery, SearchPagesQueryVariables>;
export const SitemapDocument = new TypedDocumentString(`
    query Sitemap($page: Int!, $offeringFilters: OfferingFiltersInput) {
  offerings_connection(
    filters: $offeringFilters
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
    `, {"hash":"sha256:4f44094c95022580796f906c7ea1b839dba7baa0a6291b924b4cce9ea78af3cf"}) as unknown as TypedDocumentString<SitemapQuery, SitemapQueryVariables>;
export const TaxonomiesDocument = new TypedDocumentString(`
    query Taxonomies($locale: String!) {
  municipalities(pagination: {pageSize: 100}, sort: ["name:asc"]) {
    slug
    name
    kind
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
    `, {"hash":"sha256:127fced25f8abba003afb030c9bbaeeacffc0adc1d124750b3549f94182185d3"}) as unknown as TypedDocumentString<TaxonomiesQuery, TaxonomiesQueryVariables>;
export const OfferingTopicsDocument = new TypedDocumentString(`
    query OfferingTopics($filters: OfferingFiltersInput, $page: Int!) {
  offerings_connection(
    filters: $filters
    pagination: {page: $page, pageSize: 100}
  ) {
    pageInfo {
      pageCount
    }
    nodes {
      topic {
        slug
      }
    }
  }
}
    `, {"hash":"sha256:cb7a5f04a6acbd2c64488791bfa84a280de14a395d66ab8cc1e1da3f96aaae0f"}) as unknown as TypedDocumentString<OfferingTopicsQuery, OfferingTopicsQueryVariables>;
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
    query WorkingGroupDetail($slug: String!, $locale: String!, $eventFilters: EventFiltersInput) {
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
      filters: $eventFilters
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
}
    `, {"hash":"sha256:1ac806d1e5cd25cb0746b85e9019f61f09b00524b970382064f1b548658cc10b"}) as unknown as TypedDocumentString<WorkingGroupDetailQuery, WorkingGroupDetailQueryVariables>;
