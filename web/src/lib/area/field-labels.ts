/**
 * German names of the content model's fields (cms/src/api/{actor,offering,event}/content-types and
 * their components) and of its enumeration values, for comparisons, logs and messages in the member
 * and office areas.
 */
import { LOCALE_NAMES_DE } from './entry-types.ts';

export const FIELD_LABELS: Record<string, string> = {
	// actor
	name: 'Name',
	kind: 'Art',
	shortDescription: 'Kurzbeschreibung',
	logo: 'Logo',
	address: 'Anschrift',
	// offering
	title: 'Titel',
	slug: 'Adresse der Seite (Slug)',
	summary: 'Kurzbeschreibung',
	description: 'Beschreibung',
	actor: 'Organisation',
	topic: 'Thema',
	targetGroups: 'Zielgruppen',
	languages: 'Sprachen',
	free: 'Kostenlos',
	costNote: 'Hinweis zu Kosten',
	registration: 'Anmeldung',
	registrationNote: 'Hinweis zur Anmeldung',
	scheduleNote: 'Hinweis zu Terminen',
	openingHoursNote: 'Hinweis zu den Öffnungszeiten',
	openingHours: 'Öffnungszeiten',
	venueName: 'Name des Ortes',
	venueAddress: 'Adresse des Ortes',
	location: 'Lage auf der Karte',
	contact: 'Kontakt',
	municipalities: 'Gemeinden',
	deliveryMode: 'Form',
	barrierFree: 'Barrierefrei zugänglich',
	accessibilityNote: 'Hinweise zur Barrierefreiheit',
	validFrom: 'Gültig ab',
	validUntil: 'Gültig bis',
	lastConfirmedAt: 'Zuletzt als aktuell bestätigt',
	translations: 'Übersetzungen',
	withdrawnAt: 'Zurückgezogen am',
	// event
	visibility: 'Sichtbarkeit',
	startsAt: 'Beginn',
	endsAt: 'Ende',
	online: 'Online',
	organiser: 'Veranstalter',
	organiserName: 'Name des Veranstalters',
	workingGroup: 'Arbeitskreis',
	municipality: 'Gemeinde',
	// components
	street: 'Straße und Hausnummer',
	postalCode: 'Postleitzahl',
	city: 'Ort',
	contactPerson: 'Ansprechperson',
	email: 'E-Mail-Adresse',
	phone: 'Telefon',
	website: 'Website',
	latitude: 'Breitengrad',
	longitude: 'Längengrad',
	slots: 'Zeiten',
	byAppointment: 'Nach Vereinbarung',
	temporarilyClosed: 'Vorübergehend geschlossen',
	closedUntil: 'Geschlossen bis',
	note: 'Hinweis',
	locale: 'Sprache',
	translatedAt: 'Übersetzt am'
};

export const LOCALE_NAMES: Record<string, string> = { de: 'Deutsch', ...LOCALE_NAMES_DE };


/** Enumeration values by field name. */
export const VALUE_LABELS: Record<string, Record<string, string>> = {
	kind: {
		counselling_service: 'Beratungsstelle',
		association: 'Verein',
		church: 'Kirchengemeinde',
		administration: 'Verwaltung',
		shelter: 'Unterkunft',
		support_service: 'Unterstützungsdienst',
		education_provider: 'Bildungsträger',
		initiative: 'Initiative',
		volunteer_guide: 'Ehrenamtliche Begleitung',
		other: 'Sonstiges',
		public_event: 'Öffentliche Veranstaltung',
		plenary: 'Netzwerktreffen (Plenum)',
		working_group_meeting: 'Treffen eines Arbeitskreises',
		intercultural_week: 'Interkulturelle Woche'
	},
	barrierFree: { yes: 'Ja', no: 'Nein', unknown: 'Nicht bekannt' },
	registration: { required: 'Erforderlich', recommended: 'Empfohlen', not_required: 'Nicht nötig' },
	deliveryMode: { on_site: 'Vor Ort', online: 'Online', hybrid: 'Vor Ort und online' },
	visibility: { public: 'Öffentlich', internal: 'Nur für Netzwerkmitglieder' },
	weekday: { monday: 'Montag', tuesday: 'Dienstag', wednesday: 'Mittwoch', thursday: 'Donnerstag', friday: 'Freitag', saturday: 'Samstag', sunday: 'Sonntag' }
};

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;
