/**
 * What the member area's edit forms show for each entry type: every field of the content model a
 * member organisation may set (cms/src/api/{actor,offering,event}/content-types), in sections.
 * The same list renders the form (EntryForm.svelte) and reads the posted form (form-data.ts).
 */
import type { FullAutoFill } from 'svelte/elements';
import type { EntryType } from './entry-types.ts';
import { VALUE_LABELS } from './field-labels.ts';

export type Option = readonly [value: string, label: string];
export type Taxonomy = 'topic' | 'targetGroup' | 'language' | 'municipality' | 'workingGroup';

export type FieldSpec =
	| { name: string; label: string; kind: 'text' | 'textarea' | 'email' | 'url' | 'tel'; required?: boolean; maxLength?: number; hint?: string; autocomplete?: FullAutoFill }
	| { name: string; label: string; kind: 'blocks'; hint?: string }
	| { name: string; label: string; kind: 'date' | 'datetime'; required?: boolean; hint?: string }
	| { name: string; label: string; kind: 'select'; options: readonly Option[]; required?: boolean; hint?: string }
	| { name: string; label: string; kind: 'boolean'; hint?: string }
	| { name: string; label: string; kind: 'relation'; taxonomy: Taxonomy; multiple: boolean; required?: boolean; hint?: string }
	| { name: string; label: string; kind: 'number'; step: string; min: number; max: number; hint?: string }
	| { name: 'openingHours'; label: string; kind: 'openingHours' }
	| { name: string; label: string; kind: 'image'; hint?: string };

export interface Section {
	legend: string;
	fields: FieldSpec[];
}

/** Select options in the given order, labelled from the one list of enumeration labels. */
function choices(field: string, values: string[]): readonly Option[] {
	return values.map((value) => [value, VALUE_LABELS[field]?.[value] ?? value] as const);
}

export const BLOCKS_HINT = 'Absätze durch eine Leerzeile trennen. Zeilen mit „- “ am Anfang werden zu einer Liste, „## “ zu einer Zwischenüberschrift.';

const BARRIER_FREE = choices('barrierFree', ['unknown', 'yes', 'no']);

const address = (prefix: string, legend: string): Section => ({
	legend,
	fields: [
		{ name: `${prefix}.street`, label: 'Straße und Hausnummer', kind: 'text', maxLength: 200, autocomplete: 'street-address' },
		{ name: `${prefix}.postalCode`, label: 'Postleitzahl', kind: 'text', maxLength: 10, autocomplete: 'postal-code' },
		{ name: `${prefix}.city`, label: 'Ort', kind: 'text', maxLength: 120, autocomplete: 'address-level2' }
	]
});

const contact: Section = {
	legend: 'Kontakt',
	fields: [
		{ name: 'contact.contactPerson', label: 'Ansprechperson', kind: 'text', maxLength: 200 },
		{ name: 'contact.email', label: 'E-Mail-Adresse', kind: 'email', maxLength: 254 },
		{ name: 'contact.phone', label: 'Telefon', kind: 'tel', maxLength: 40, hint: 'Zum Beispiel 03904 12345' },
		{ name: 'contact.website', label: 'Website', kind: 'url', maxLength: 500, hint: 'Mit https:// am Anfang' }
	]
};

const location: Section = {
	legend: 'Lage auf der Karte (optional)',
	fields: [
		{ name: 'location.latitude', label: 'Breitengrad', kind: 'number', step: 'any', min: 51.5, max: 53, hint: 'Zum Beispiel 52.2891' },
		{ name: 'location.longitude', label: 'Längengrad', kind: 'number', step: 'any', min: 10.5, max: 12.5, hint: 'Zum Beispiel 11.4098' }
	]
};

const ACTOR_KINDS = choices('kind', ['counselling_service', 'association', 'church', 'administration', 'shelter', 'support_service', 'education_provider', 'initiative', 'volunteer_guide', 'other']);

const EVENT_KINDS = choices('kind', ['public_event', 'plenary', 'working_group_meeting', 'intercultural_week']);

export const FORMS: Record<EntryType, Section[]> = {
	actor: [
		{
			legend: 'Organisation',
			fields: [
				{ name: 'name', label: 'Name der Organisation', kind: 'text', required: true, maxLength: 200, autocomplete: 'organization' },
				{ name: 'kind', label: 'Art der Organisation', kind: 'select', options: ACTOR_KINDS, required: true },
				{ name: 'shortDescription', label: 'Kurzbeschreibung', kind: 'textarea', maxLength: 300, hint: 'Ein bis zwei Sätze für Listen und Suchergebnisse.' },
				{ name: 'description', label: 'Beschreibung', kind: 'blocks', hint: BLOCKS_HINT },
				{ name: 'municipalities', label: 'Gemeinden, in denen Sie tätig sind', kind: 'relation', taxonomy: 'municipality', multiple: true },
				{ name: 'languages', label: 'Sprachen, in denen Sie beraten', kind: 'relation', taxonomy: 'language', multiple: true },
				{ name: 'logo', label: 'Logo', kind: 'image', hint: 'JPEG, PNG, WebP oder GIF, höchstens 5 MB. Ohne neue Datei bleibt das bisherige Logo. Nach der Vorschau oder einer Fehlermeldung die Datei bitte noch einmal wählen.' }
			]
		},
		contact,
		address('address', 'Anschrift'),
		location,
		{
			legend: 'Barrierefreiheit',
			fields: [
				{ name: 'barrierFree', label: 'Räume barrierefrei zugänglich?', kind: 'select', options: BARRIER_FREE, required: true },
				{ name: 'accessibilityNote', label: 'Hinweise zur Barrierefreiheit', kind: 'textarea', maxLength: 1000 }
			]
		}
	],
	offering: [
		{
			legend: 'Angebot',
			fields: [
				{ name: 'title', label: 'Titel', kind: 'text', required: true, maxLength: 200 },
				{ name: 'summary', label: 'Kurzbeschreibung', kind: 'textarea', maxLength: 500, hint: 'Ein bis zwei Sätze für Listen und Suchergebnisse.' },
				{ name: 'description', label: 'Beschreibung', kind: 'blocks', hint: BLOCKS_HINT },
				{ name: 'topic', label: 'Thema', kind: 'relation', taxonomy: 'topic', multiple: false, required: true },
				{ name: 'targetGroups', label: 'Zielgruppen', kind: 'relation', taxonomy: 'targetGroup', multiple: true },
				{ name: 'languages', label: 'Sprachen', kind: 'relation', taxonomy: 'language', multiple: true },
				{ name: 'municipalities', label: 'Gemeinden', kind: 'relation', taxonomy: 'municipality', multiple: true, hint: 'Wo das Angebot stattfindet oder wen es erreicht.' }
			]
		},
		{
			legend: 'Kosten und Anmeldung',
			fields: [
				{ name: 'free', label: 'Das Angebot ist kostenlos', kind: 'boolean' },
				{ name: 'costNote', label: 'Hinweis zu Kosten', kind: 'textarea', maxLength: 500 },
				{
					name: 'registration',
					label: 'Anmeldung',
					kind: 'select',
					required: true,
					options: choices('registration', ['not_required', 'recommended', 'required'])
				},
				{ name: 'registrationNote', label: 'Hinweis zur Anmeldung', kind: 'textarea', maxLength: 500 }
			]
		},
		{ legend: 'Öffnungszeiten', fields: [{ name: 'openingHours', label: 'Öffnungszeiten', kind: 'openingHours' }] },
		{
			legend: 'Ort und Form',
			fields: [
				{
					name: 'deliveryMode',
					label: 'Form',
					kind: 'select',
					required: true,
					options: choices('deliveryMode', ['on_site', 'online', 'hybrid'])
				},
				{ name: 'scheduleNote', label: 'Hinweis zu Terminen', kind: 'textarea', maxLength: 500 },
				{ name: 'venueName', label: 'Name des Ortes', kind: 'text', maxLength: 200 }
			]
		},
		address('venueAddress', 'Adresse des Ortes'),
		location,
		contact,
		{
			legend: 'Barrierefreiheit und Zeitraum',
			fields: [
				{ name: 'barrierFree', label: 'Ort barrierefrei zugänglich?', kind: 'select', options: BARRIER_FREE, required: true },
				{ name: 'accessibilityNote', label: 'Hinweise zur Barrierefreiheit', kind: 'textarea', maxLength: 1000 },
				{ name: 'validFrom', label: 'Gültig ab', kind: 'date' },
				{ name: 'validUntil', label: 'Gültig bis', kind: 'date', hint: 'Nach diesem Tag verschwindet das Angebot aus Listen und Suche.' }
			]
		}
	],
	event: [
		{
			legend: 'Termin',
			fields: [
				{ name: 'title', label: 'Titel', kind: 'text', required: true, maxLength: 200 },
				{ name: 'kind', label: 'Art', kind: 'select', options: EVENT_KINDS, required: true },
				{
					name: 'visibility',
					label: 'Sichtbarkeit',
					kind: 'select',
					required: true,
					options: choices('visibility', ['public', 'internal'])
				},
				{ name: 'summary', label: 'Kurzbeschreibung', kind: 'textarea', maxLength: 500 },
				{ name: 'description', label: 'Beschreibung', kind: 'blocks', hint: BLOCKS_HINT },
				{ name: 'startsAt', label: 'Beginn', kind: 'datetime', required: true, hint: 'Ortszeit (Europe/Berlin)' },
				{ name: 'endsAt', label: 'Ende', kind: 'datetime', hint: 'Ortszeit (Europe/Berlin)' },
				{ name: 'municipality', label: 'Gemeinde', kind: 'relation', taxonomy: 'municipality', multiple: false }
			]
		},
		{
			legend: 'Ort',
			fields: [
				{ name: 'online', label: 'Findet online statt', kind: 'boolean' },
				{ name: 'venueName', label: 'Name des Ortes', kind: 'text', maxLength: 200 }
			]
		},
		address('venueAddress', 'Adresse des Ortes')
	]
};

/** The German text fields that have a translation, per type (cms/src/components/translation). */
export const TRANSLATED_FIELDS: Record<EntryType, Array<{ name: string; label: string; kind: 'text' | 'textarea' | 'blocks'; maxLength?: number; source?: [string, string] }>> = {
	actor: [
		{ name: 'name', label: 'Name der Organisation', kind: 'text', maxLength: 200 },
		{ name: 'shortDescription', label: 'Kurzbeschreibung', kind: 'textarea', maxLength: 300 },
		{ name: 'description', label: 'Beschreibung', kind: 'blocks' },
		{ name: 'accessibilityNote', label: 'Hinweise zur Barrierefreiheit', kind: 'textarea', maxLength: 1000 }
	],
	offering: [
		{ name: 'title', label: 'Titel', kind: 'text', maxLength: 200 },
		{ name: 'summary', label: 'Kurzbeschreibung', kind: 'textarea', maxLength: 500 },
		{ name: 'description', label: 'Beschreibung', kind: 'blocks' },
		{ name: 'costNote', label: 'Hinweis zu Kosten', kind: 'textarea', maxLength: 500 },
		{ name: 'registrationNote', label: 'Hinweis zur Anmeldung', kind: 'textarea', maxLength: 500 },
		{ name: 'scheduleNote', label: 'Hinweis zu Terminen', kind: 'textarea', maxLength: 500 },
		// the German original is the opening hours' note (cms/src/translations/sources.ts)
		{ name: 'openingHoursNote', label: 'Hinweis zu den Öffnungszeiten', kind: 'textarea', maxLength: 500, source: ['openingHours', 'note'] }
	],
	event: [
		{ name: 'title', label: 'Titel', kind: 'text', maxLength: 200 },
		{ name: 'summary', label: 'Kurzbeschreibung', kind: 'textarea', maxLength: 500 },
		{ name: 'description', label: 'Beschreibung', kind: 'blocks' }
	]
};

export const WEEKDAYS = Object.entries(VALUE_LABELS.weekday);

/** Time slots per weekday shown at least (two cover "9–12 and 14–17"); entries with more keep theirs. */
export const SLOTS_PER_DAY = 2;
/** Upper bound when reading a posted form (a day with more slots than that is not plausible). */
export const MAX_SLOTS_PER_DAY = 6;

/** Every field label by name, for error summaries and comparisons. */
export function fieldLabels(type: EntryType): Record<string, string> {
	const labels: Record<string, string> = {};
	for (const section of FORMS[type]) for (const field of section.fields) labels[field.name] = field.label;
	return labels;
}
