/**
 * Shapes of the demo data. Entries reference each other by slug (municipalities, actors, topics,
 * target groups, working groups) or by ISO 639-1 code (languages); the seed resolves them to
 * documentIds. Dates that must stay in the future are written relative to the day of seeding.
 */

export type Locale = 'de' | 'en' | 'fr' | 'ar' | 'ru' | 'ro' | 'pl' | 'uk' | 'fa';
export type TranslationLocale = Exclude<Locale, 'de'>;

/** Strapi 5 "blocks" rich text (paragraphs, headings, lists, links, images). */
export type Block = Record<string, unknown>;
export type Blocks = Block[];

export interface Address { street?: string; postalCode?: string; city?: string }
export interface Contact { contactPerson?: string; email?: string; phone?: string; website?: string }
export interface GeoPoint { latitude: number; longitude: number }
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export interface OpeningHours {
  slots?: { weekday: Weekday; opens: string /* 'HH:MM' */; closes: string }[];
  byAppointment?: boolean;
  temporarilyClosed?: boolean;
  closedUntil?: string; // 'YYYY-MM-DD'
  note?: string;
}

export type BarrierFree = 'yes' | 'no' | 'unknown';

export interface MunicipalitySeed {
  slug: string;
  name: string;
  kind: 'unitary_municipality' | 'collective_municipality' | 'member_municipality';
  parent?: string; // slug of the Verbandsgemeinde
  location: GeoPoint;
  description?: string;
  translations?: { locale: TranslationLocale; description?: string }[];
}

export interface LabelSeed {
  slug: string;
  name: string;
  description?: string;
  sortOrder?: number;
  translations?: { locale: TranslationLocale; name?: string; description?: string }[];
}

export interface LanguageSeed {
  code: string;
  name: string; // German name
  nativeName?: string;
}

export type ActorKind =
  | 'counselling_service' | 'association' | 'church' | 'administration' | 'shelter'
  | 'support_service' | 'education_provider' | 'initiative' | 'volunteer_guide' | 'other';

export interface ActorText { name?: string; shortDescription?: string; description?: Blocks; accessibilityNote?: string }

export interface ActorSeed {
  slug: string;
  name: string;
  kind: ActorKind;
  shortDescription: string;
  description: Blocks;
  contact: Contact;
  address?: Address;
  location?: GeoPoint;
  municipalities: string[];
  languages: string[];
  barrierFree: BarrierFree;
  accessibilityNote?: string;
  /** Days before the seed day on which the entry was last confirmed (over 365: stale). */
  lastConfirmedDaysAgo: number;
  translations?: (ActorText & { locale: TranslationLocale })[];
  /** If set, a changed draft waits for review on top of the published version. */
  pendingDraft?: ActorText;
}

export interface OfferingText {
  title?: string; summary?: string; description?: Blocks;
  costNote?: string; registrationNote?: string; scheduleNote?: string;
}

export interface OfferingSeed {
  slug: string;
  title: string;
  summary: string;
  description: Blocks;
  actor: string;
  topic: string;
  targetGroups: string[];
  languages: string[];
  free: boolean;
  costNote?: string;
  registration: 'required' | 'recommended' | 'not_required';
  registrationNote?: string;
  scheduleNote?: string;
  openingHours?: OpeningHours;
  venueName?: string;
  venueAddress?: Address;
  location?: GeoPoint;
  contact?: Contact;
  municipalities: string[];
  deliveryMode: 'on_site' | 'online' | 'hybrid';
  barrierFree: BarrierFree;
  accessibilityNote?: string;
  /** Relative to the seed day, in days (negative: in the past). */
  validFromDays?: number;
  validUntilDays?: number;
  lastConfirmedDaysAgo: number;
  translations?: (OfferingText & { locale: TranslationLocale })[];
  /** Created as a draft only: a new entry waiting for its first review. */
  neverPublished?: boolean;
}

export interface WorkingGroupSeed {
  slug: string;
  name: string;
  topic?: string;
  purpose: string;
  description: Blocks;
  isCoordinationGroup: boolean;
  leadName: string;
  leadActor?: string;
  memberActors: string[];
  contact: Contact;
  translations?: { locale: TranslationLocale; name?: string; purpose?: string; description?: Blocks }[];
}

export interface EventSeed {
  slug: string;
  title: string;
  kind: 'plenary' | 'working_group_meeting' | 'intercultural_week' | 'public_event';
  visibility: 'public' | 'internal';
  summary: string;
  description: Blocks;
  /** Days relative to the seed day and local time of day (Europe/Berlin), e.g. { days: 30, time: '17:00' }. */
  starts: { days: number; time: string };
  ends?: { days: number; time: string };
  venueName?: string;
  venueAddress?: Address;
  online?: boolean;
  organiser?: string; // actor slug
  organiserName?: string;
  workingGroup?: string;
  municipality?: string;
  /** How to register: `contact` (link, e-mail, phone given here) or `form` (the site's registration form). */
  registrationMode?: 'none' | 'contact' | 'form';
  registrationUrl?: string;
  registrationEmail?: string;
  registrationPhone?: string;
  registrationDeadline?: { days: number; time: string };
  registrationNote?: string;
  registrationAudience?: 'public' | 'members';
  capacity?: number;
  registrationQuestion?: string;
  translations?: { locale: TranslationLocale; title?: string; summary?: string; description?: Blocks; registrationNote?: string; registrationQuestion?: string }[];
}

/** News and pages use Strapi's own i18n: one complete version per locale. */
export interface LocalizedText { title: string; summary?: string; body: Blocks }

export interface NewsArticleSeed {
  slug: string;
  daysAgo: number;
  responsiblePerson: string;
  de: LocalizedText;
  localizations?: Partial<Record<TranslationLocale, LocalizedText>>;
}

export interface PageSeed {
  slug: string;
  key: 'about' | 'coordination_group' | 'coordination_office' | 'imprint' | 'privacy' | 'accessibility' | 'easy_language' | 'other';
  de: LocalizedText;
  localizations?: Partial<Record<TranslationLocale, LocalizedText>>;
}

export interface GlobalSeed {
  de: { siteName: string; motto: string; intro: string };
  localizations: Partial<Record<TranslationLocale, { siteName: string; motto: string; intro: string }>>;
  contact: Contact;
  address: Address;
}
