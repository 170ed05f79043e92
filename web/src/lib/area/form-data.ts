/**
 * Between the edit forms and the CMS: an entry's content as form values (to fill the form), and a
 * posted form as values (to show again, nothing typed is lost), per-field errors in German and the
 * data the CMS gets. The CMS validates again; this is for messages next to the fields.
 */
import { blocksToText, textToBlocks } from './blocks-text.ts';
import { fromLocalInput, toLocalInput } from './berlin-time.ts';
import { FORMS, MAX_SLOTS_PER_DAY, SLOTS_PER_DAY, WEEKDAYS, type FieldSpec } from './entry-forms.ts';
import type { EntryType } from './entry-types.ts';

export type FormValues = Record<string, string | string[]>;
type Content = Record<string, any>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Browsers send textarea line breaks as CRLF; the CMS and the comparisons count LF. */
export const formText = (form: FormData, name: string) => String(form.get(name) ?? '').replace(/\r\n?/g, '\n').trim();

/** A real calendar date as YYYY-MM-DD (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getUTCFullYear() >= 1900;
}
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const fieldsOf = (type: EntryType): FieldSpec[] => FORMS[type].flatMap((section) => section.fields);

const get = (content: Content | null, path: string): unknown => path.split('.').reduce<any>((value, key) => (value == null ? undefined : value[key]), content);

/** The form values of an entry version (empty form for a new entry, with the model's defaults). */
export function valuesFromEntry(type: EntryType, content: Content | null): FormValues {
	const values: FormValues = {};
	for (const field of fieldsOf(type)) {
		const value = get(content, field.name);
		switch (field.kind) {
			case 'blocks':
				values[field.name] = blocksToText(value);
				break;
			case 'relation':
				values[field.name] = field.multiple
					? ((value as Array<{ documentId: string }> | undefined) ?? []).map((item) => item.documentId)
					: ((value as { documentId?: string } | undefined)?.documentId ?? '');
				break;
			case 'boolean':
				values[field.name] = value === undefined || value === null ? (field.name === 'free' ? 'on' : '') : value ? 'on' : '';
				break;
			case 'datetime':
				values[field.name] = toLocalInput(value as string | null);
				break;
			case 'date':
				values[field.name] = typeof value === 'string' ? value.slice(0, 10) : '';
				break;
			case 'openingHours':
				Object.assign(values, openingHoursValues(value as Content | null));
				break;
			case 'image':
				values[field.name] = (value as { url?: string } | null)?.url ?? '';
				break;
			case 'select':
				values[field.name] = typeof value === 'string' ? value : (field.options[0]?.[0] ?? '');
				break;
			default:
				values[field.name] = value === null || value === undefined ? '' : String(value);
		}
	}
	return values;
}

function openingHoursValues(hours: Content | null): FormValues {
	const values: FormValues = {
		'openingHours.byAppointment': hours?.byAppointment ? 'on' : '',
		'openingHours.temporarilyClosed': hours?.temporarilyClosed ? 'on' : '',
		'openingHours.closedUntil': hours?.closedUntil ?? '',
		'openingHours.note': hours?.note ?? ''
	};
	for (const [day] of WEEKDAYS) {
		const slots = ((hours?.slots ?? []) as Content[]).filter((slot) => slot.weekday === day);
		for (let index = 0; index < Math.max(SLOTS_PER_DAY, slots.length); index += 1) {
			values[`openingHours.${day}.${index}.opens`] = String(slots[index]?.opens ?? '').slice(0, 5);
			values[`openingHours.${day}.${index}.closes`] = String(slots[index]?.closes ?? '').slice(0, 5);
		}
	}
	return values;
}

/** How many time slots of a weekday the form values hold (at least the default two). */
export function slotCount(values: FormValues, day: string): number {
	let count = 0;
	while (`openingHours.${day}.${count}.opens` in values) count += 1;
	return Math.max(count, SLOTS_PER_DAY);
}

export interface ReadResult {
	values: FormValues;
	errors: Record<string, string>;
	data: Content;
}

/**
 * Reads a posted form. `current` is the entry's current draft: a description is sent only when its
 * text changed, so formatting the textarea cannot show is kept.
 */
export function readForm(type: EntryType, form: FormData, current: Content | null): ReadResult {
	const values: FormValues = {};
	const errors: Record<string, string> = {};
	const data: Content = {};
	const set = (path: string, value: unknown) => {
		const keys = path.split('.');
		let target = data;
		for (const key of keys.slice(0, -1)) target = target[key] ??= {};
		target[keys[keys.length - 1]] = value;
	};

	for (const field of fieldsOf(type)) {
		const raw = formText(form, field.name);
		switch (field.kind) {
			case 'text':
			case 'textarea':
			case 'email':
			case 'url':
			case 'tel': {
				values[field.name] = raw;
				if (field.required && !raw) errors[field.name] = 'Bitte ausfüllen.';
				else if (field.maxLength && raw.length > field.maxLength) errors[field.name] = `Höchstens ${field.maxLength} Zeichen (jetzt ${raw.length}).`;
				else if (field.kind === 'email' && raw && !EMAIL.test(raw)) errors[field.name] = 'Bitte eine gültige E-Mail-Adresse angeben, zum Beispiel info@beispiel.de.';
				else if (field.kind === 'url' && raw && !/^https?:\/\/[^\s.]+\.[^\s]+$/i.test(raw)) errors[field.name] = 'Bitte eine vollständige Adresse mit https:// angeben.';
				set(field.name, raw === '' ? null : raw);
				break;
			}
			case 'blocks': {
				values[field.name] = raw;
				if (raw !== blocksToText(get(current, field.name)).trim()) set(field.name, raw ? textToBlocks(raw) : null);
				break;
			}
			case 'select': {
				values[field.name] = raw;
				if (!field.options.some(([value]) => value === raw)) errors[field.name] = 'Bitte einen der angebotenen Werte wählen.';
				else set(field.name, raw);
				break;
			}
			case 'boolean': {
				values[field.name] = form.get(field.name) ? 'on' : '';
				set(field.name, Boolean(form.get(field.name)));
				break;
			}
			case 'date': {
				values[field.name] = raw;
				if (raw && !isIsoDate(raw)) errors[field.name] = 'Bitte ein gültiges Datum angeben (TT.MM.JJJJ).';
				else set(field.name, raw || null);
				break;
			}
			case 'datetime': {
				values[field.name] = raw;
				const iso = raw ? fromLocalInput(raw) : null;
				if (field.required && !raw) errors[field.name] = 'Bitte Datum und Uhrzeit angeben.';
				else if (raw && !iso) errors[field.name] = 'Bitte ein gültiges Datum mit Uhrzeit angeben.';
				else set(field.name, iso);
				break;
			}
			case 'relation': {
				const chosen = form.getAll(field.name).map(String).filter(Boolean);
				values[field.name] = field.multiple ? chosen : (chosen[0] ?? '');
				if (field.required && chosen.length === 0) errors[field.name] = 'Bitte auswählen.';
				else set(field.name, field.multiple ? chosen : (chosen[0] ?? null));
				break;
			}
			case 'number': {
				values[field.name] = raw;
				break;
			}
			case 'openingHours':
				readOpeningHours(form, values, errors, set);
				break;
			case 'image':
				// uploaded by the editor action (a file needs its own request); only removal is read here
				values[field.name] = String(form.get(`${field.name}.current`) ?? '');
				if (form.get(`${field.name}.remove`)) set(field.name, null);
				break;
		}
	}
	readLocation(values, errors, data);
	crossChecks(type, values, errors);
	// an address or contact with nothing in it is no address
	for (const group of ['contact', 'address', 'venueAddress']) {
		if (data[group] && Object.values(data[group]).every((value) => value === null)) data[group] = null;
	}
	return { values, errors, data };
}

function readLocation(values: FormValues, errors: Record<string, string>, data: Content) {
	if (!('location.latitude' in values)) return;
	const latitude = String(values['location.latitude']);
	const longitude = String(values['location.longitude']);
	if (!latitude && !longitude) {
		data.location = null;
		return;
	}
	const lat = Number(latitude.replace(',', '.'));
	const lon = Number(longitude.replace(',', '.'));
	if (!latitude || Number.isNaN(lat) || lat < 51.5 || lat > 53) errors['location.latitude'] = 'Bitte einen Breitengrad im Landkreis angeben (etwa 52.0 bis 52.6) oder beide Felder leer lassen.';
	if (!longitude || Number.isNaN(lon) || lon < 10.5 || lon > 12.5) errors['location.longitude'] = 'Bitte einen Längengrad im Landkreis angeben (etwa 10.9 bis 11.8) oder beide Felder leer lassen.';
	if (!errors['location.latitude'] && !errors['location.longitude']) data.location = { latitude: lat, longitude: lon };
}

function readOpeningHours(form: FormData, values: FormValues, errors: Record<string, string>, set: (path: string, value: unknown) => void) {
	const slots: Content[] = [];
	for (const [day, dayName] of WEEKDAYS) {
		// every slot the form had (an entry may have more than the two empty ones shown by default)
		for (let index = 0; index < MAX_SLOTS_PER_DAY && (index < SLOTS_PER_DAY || form.has(`openingHours.${day}.${index}.opens`)); index += 1) {
			const opensName = `openingHours.${day}.${index}.opens`;
			const closesName = `openingHours.${day}.${index}.closes`;
			const opens = String(form.get(opensName) ?? '').trim();
			const closes = String(form.get(closesName) ?? '').trim();
			values[opensName] = opens;
			values[closesName] = closes;
			if (!opens && !closes) continue;
			if (!TIME.test(opens)) errors[opensName] = `${dayName}: Bitte eine Uhrzeit wie 09:00 angeben.`;
			else if (!TIME.test(closes)) errors[closesName] = `${dayName}: Bitte eine Uhrzeit wie 12:30 angeben.`;
			else if (closes <= opens) errors[closesName] = `${dayName}: Das Ende muss nach dem Beginn liegen.`;
			else slots.push({ weekday: day, opens: `${opens}:00.000`, closes: `${closes}:00.000` });
		}
	}
	const flag = (name: string) => {
		values[`openingHours.${name}`] = form.get(`openingHours.${name}`) ? 'on' : '';
		return Boolean(form.get(`openingHours.${name}`));
	};
	const byAppointment = flag('byAppointment');
	const temporarilyClosed = flag('temporarilyClosed');
	const closedUntil = String(form.get('openingHours.closedUntil') ?? '').trim();
	const note = formText(form, 'openingHours.note');
	values['openingHours.closedUntil'] = closedUntil;
	values['openingHours.note'] = note;
	if (closedUntil && !isIsoDate(closedUntil)) errors['openingHours.closedUntil'] = 'Bitte ein gültiges Datum angeben.';
	if (note.length > 500) errors['openingHours.note'] = `Höchstens 500 Zeichen (jetzt ${note.length}).`;
	set('openingHours', { slots, byAppointment, temporarilyClosed, closedUntil: closedUntil || null, note: note || null });
}

function crossChecks(type: EntryType, values: FormValues, errors: Record<string, string>) {
	if (type === 'event' && values.startsAt && values.endsAt && !errors.endsAt && String(values.endsAt) < String(values.startsAt)) {
		errors.endsAt = 'Das Ende muss nach dem Beginn liegen.';
	}
	if (type === 'offering' && values.validFrom && values.validUntil && !errors.validUntil && String(values.validUntil) < String(values.validFrom)) {
		errors.validUntil = '„Gültig bis“ muss nach „Gültig ab“ liegen.';
	}
}
