/**
 * A moderation item's draft against its published version, as rows a person can read: German
 * field names, rich text as plain paragraphs, relations by name, components as short text, and
 * translations per language. Changes show only what changed; new entries show everything.
 */
import { formatDate, formatDateTime as formatGermanDateTime } from '#lib/i18n.ts';
import { FIELD_LABELS, LOCALE_NAMES, VALUE_LABELS, fieldLabel } from '#lib/area/field-labels.ts';

export type Content = Record<string, unknown>;

/** A picture the office sees before approving: an uploaded file, loaded through the site's /uploads route. */
export interface ReviewImage {
	src: string;
	alt: string;
	width?: number;
	height?: number;
}

export interface ComparisonRow {
	key: string;
	label: string;
	/** null: a new entry, there is nothing before */
	before: string[] | null;
	after: string[];
	/** the pictures of both versions (a logo, images in rich text), only where a side has one */
	images?: { before: ReviewImage[]; after: ReviewImage[] };
}

/** Bookkeeping that is never worth a row. */
const HIDDEN = new Set(['documentId', 'locale', 'withdrawnAt', 'updatedAt', 'translatedAt']);
const DATE_FIELDS = new Set(['validFrom', 'validUntil', 'closedUntil']);
const DATETIME_FIELDS = new Set(['startsAt', 'endsAt', 'lastConfirmedAt', 'withdrawnAt', 'translatedAt']);
const ORDER = Object.keys(FIELD_LABELS);

/** The site's own date formats (Berlin time), in German; unreadable values stay as they are. */
export function formatDateTime(value: unknown): string {
	return formatGermanDateTime(String(value ?? ''), 'de') || String(value ?? '');
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBlocks = (value: unknown): value is Array<Record<string, unknown>> =>
	Array.isArray(value) && value.length > 0 && value.every((block) => isObject(block) && typeof block.type === 'string' && Array.isArray(block.children));

/** The text of a rich-text node and its children. */
function inlineText(node: unknown): string {
	if (!isObject(node)) return '';
	if (typeof node.text === 'string') return node.text;
	const text = Array.isArray(node.children) ? node.children.map(inlineText).join('') : '';
	// a changed link target must be visible to the moderator, not only the link text
	return node.type === 'link' && typeof node.url === 'string' ? `${text} [${node.url}]` : text;
}

function blocksText(blocks: Array<Record<string, unknown>>): string[] {
	const out: string[] = [];
	for (const block of blocks) {
		if (block.type === 'list' && Array.isArray(block.children)) {
			for (const item of block.children) out.push(`• ${inlineText(item)}`);
		} else if (block.type === 'image') {
			const image = isObject(block.image) ? block.image : {};
			out.push(`[Bild: ${String(image.alternativeText ?? image.name ?? '')}]`);
		} else {
			const text = inlineText(block).trim();
			if (text) out.push(text);
		}
	}
	return out;
}

/** The CMS's local uploads, which the site serves from its own origin (routes/uploads); nothing else is loaded. */
const UPLOAD_PATH = /^\/uploads\/[A-Za-z0-9][A-Za-z0-9._-]*$/;

function reviewImage(file: Record<string, unknown>): ReviewImage | null {
	if (typeof file.url !== 'string' || !UPLOAD_PATH.test(file.url)) return null;
	const alternativeText = typeof file.alternativeText === 'string' ? file.alternativeText.trim() : '';
	const size = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined);
	return { src: file.url, alt: alternativeText || 'Bild ohne Alternativtext', width: size(file.width), height: size(file.height) };
}

const isImageFile = (value: unknown): value is Record<string, unknown> =>
	isObject(value) && typeof value.url === 'string' && typeof value.mime === 'string' && value.mime.startsWith('image/');

/** The pictures in a field's value: an uploaded image (logo) or the images of rich text. */
export function images(value: unknown): ReviewImage[] {
	if (isImageFile(value)) return [reviewImage(value)].filter((image) => image !== null);
	if (!isBlocks(value)) return [];
	return value
		.filter((block) => block.type === 'image' && isObject(block.image))
		.map((block) => reviewImage(block.image as Record<string, unknown>))
		.filter((image) => image !== null);
}

/** A row, with the pictures of both sides when there are any. */
function row(key: string, label: string, before: unknown, after: unknown, field: string, isNew: boolean): ComparisonRow {
	const result: ComparisonRow = { key, label, before: isNew ? null : format(field, before), after: format(field, after) };
	const pictures = { before: isNew ? [] : images(before), after: images(after) };
	if (pictures.before.length > 0 || pictures.after.length > 0) result.images = pictures;
	return result;
}

function time(value: unknown): string {
	return typeof value === 'string' ? value.slice(0, 5) : '';
}

function openingHoursText(hours: Record<string, unknown>): string[] {
	const out: string[] = [];
	for (const slot of Array.isArray(hours.slots) ? hours.slots : []) {
		if (!isObject(slot)) continue;
		out.push(`${VALUE_LABELS.weekday[String(slot.weekday)] ?? String(slot.weekday ?? '')} ${time(slot.opens)}–${time(slot.closes)} Uhr`);
	}
	if (hours.byAppointment) out.push('Nach Vereinbarung');
	if (hours.temporarilyClosed) out.push(hours.closedUntil ? `Vorübergehend geschlossen bis ${format('closedUntil', hours.closedUntil).join('')}` : 'Vorübergehend geschlossen');
	if (typeof hours.note === 'string' && hours.note.trim()) out.push(hours.note.trim());
	return out;
}

/** A related entry by its name (languages by their German name). */
function relationName(value: Record<string, unknown>): string | null {
	if (typeof value.name === 'string') return value.name;
	if (typeof value.title === 'string') return value.title;
	if (typeof value.code === 'string') return LOCALE_NAMES[value.code] ?? value.code;
	return null;
}

/** One field's value as lines of plain German text; [] when empty. */
export function format(field: string, value: unknown): string[] {
	if (value === null || value === undefined || value === '') return [];
	if (typeof value === 'boolean') return [value ? 'Ja' : 'Nein'];
	if (typeof value === 'number') return [value.toLocaleString('de-DE', { maximumFractionDigits: 6 })];
	if (typeof value === 'string') {
		if (VALUE_LABELS[field]?.[value]) return [VALUE_LABELS[field][value]];
		if (DATE_FIELDS.has(field)) {
			return [formatDate(value.slice(0, 10), 'de') || value];
		}
		if (DATETIME_FIELDS.has(field)) return [formatDateTime(value)];
		return [value];
	}
	if (isBlocks(value)) return blocksText(value);
	if (Array.isArray(value)) {
		const names = value.map((item) => (isObject(item) ? (relationName(item) ?? '') : String(item))).filter(Boolean);
		return names.length > 0 ? [names.join(', ')] : [];
	}
	if (isObject(value)) {
		const name = relationName(value);
		if (name !== null && 'documentId' in value) return [name];
		if (field === 'openingHours') return openingHoursText(value);
		if (field === 'address' || field === 'venueAddress') {
			const line = [value.street, [value.postalCode, value.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
			return line ? [line] : [];
		}
		if (field === 'location') return value.latitude == null && value.longitude == null ? [] : [`${value.latitude ?? '–'}, ${value.longitude ?? '–'}`];
		if (field === 'logo') return [String(value.alternativeText || value.name || 'Bild')];
		return Object.entries(value).flatMap(([key, inner]) => {
			const lines = format(key, inner);
			return lines.length > 0 ? [`${fieldLabel(key)}: ${lines.join(', ')}`] : [];
		});
	}
	return [String(value)];
}

function stableJson(value: unknown): string {
	const sort = (inner: unknown): unknown => {
		if (Array.isArray(inner)) return inner.map(sort);
		if (isObject(inner)) return Object.fromEntries(Object.keys(inner).sort().map((key) => [key, sort(inner[key])]));
		return inner ?? null;
	};
	return JSON.stringify(sort(value));
}

const byModelOrder = (a: string, b: string) => {
	const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
	return rank(a) - rank(b) || a.localeCompare(b);
};

type Translation = Record<string, unknown> & { locale?: string };

function translationsByLocale(content: Content | null): Map<string, Translation> {
	const list = Array.isArray(content?.translations) ? (content.translations as Translation[]) : [];
	return new Map(list.filter(isObject).map((translation) => [String(translation.locale), translation]));
}

/** Per language, the translated fields that differ (or, for a new entry, that are filled in). */
function translationRows(draft: Content | null, published: Content | null, isNew: boolean): ComparisonRow[] {
	const before = translationsByLocale(published);
	const after = translationsByLocale(draft);
	const locales = [...new Set([...after.keys(), ...before.keys()])].sort(
		(a, b) => Object.keys(LOCALE_NAMES).indexOf(a) - Object.keys(LOCALE_NAMES).indexOf(b)
	);
	const rows: ComparisonRow[] = [];
	for (const locale of locales) {
		const old = before.get(locale) ?? {};
		const current = after.get(locale) ?? {};
		const fields = [...new Set([...Object.keys(current), ...Object.keys(old)])].filter((field) => !HIDDEN.has(field)).sort(byModelOrder);
		for (const field of fields) {
			if (isNew ? format(field, current[field]).length === 0 : stableJson(current[field]) === stableJson(old[field])) continue;
			rows.push(row(`translations.${locale}.${field}`, `${LOCALE_NAMES[locale] ?? locale}: ${fieldLabel(field)}`, old[field], current[field], field, isNew));
		}
	}
	return rows;
}

/** The rows to review: changed fields of a change, or every filled-in field of a new entry. */
export function comparisonRows(item: { changedFields: string[] | null; draft: Content | null; published: Content | null }): ComparisonRow[] {
	const draft = item.draft ?? {};
	const isNew = item.changedFields === null || item.published === null;
	const fields = isNew
		? Object.keys(draft).filter((field) => (field === 'translations' ? translationsByLocale(draft).size > 0 : format(field, draft[field]).length > 0))
		: (item.changedFields ?? []);
	const rows: ComparisonRow[] = [];
	for (const field of [...new Set(fields)].filter((key) => !HIDDEN.has(key)).sort(byModelOrder)) {
		if (field === 'translations') {
			rows.push(...translationRows(item.draft, item.published, isNew));
			continue;
		}
		rows.push(row(field, fieldLabel(field), item.published?.[field], draft[field], field, isNew));
	}
	return rows;
}
