/**
 * The coordination office's moderation: the queue as the CMS gives it, and the two decisions
 * (approve exactly the version that was shown, send back with a comment) as form actions.
 */
import { error, fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { isDocumentId } from '#lib/area/entry-types.ts';
import { formText } from '#lib/area/form-data.ts';
import { ENTRY_TYPE_LABELS } from '#lib/office-labels.ts';
import { listOf, withFields, type CallerClient } from '../cms/index.ts';
import { comparisonRows, formatDateTime, type ComparisonRow, type Content } from './comparison.ts';
import { changeLabel } from '#lib/area/change-labels.ts';
import { LOCALE_NAMES } from '#lib/area/field-labels.ts';

/** "Kurzbeschreibung, Übersetzung Englisch": what changed, for the queue's one line. */
export function queueSummary(changedFields: string[], pendingTranslations: string[]): string {
	const fields = changedFields.filter((field) => field !== 'translations').map(changeLabel);
	const translations = pendingTranslations.map((locale) => changeLabel(`translations.${locale}`));
	return [...fields, ...translations].join(', ') || 'Keine inhaltliche Änderung';
}

export const ENTRY_TYPES = ['actor', 'offering', 'event'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** What GET /api/moderation/queue and GET /api/moderation/:type/:documentId answer per entry. */
export interface CmsModerationEntry {
	type: EntryType;
	documentId: string;
	title: string | null;
	state: string;
	submittedAt: string | null;
	version: string | null;
	changedFields: string[] | null;
	reviewComment: string | null;
	/** locales whose translation changed and waits for review (decidable on their own) */
	pendingTranslations?: string[];
	draft: Content | null;
	published: Content | null;
}

/** Narrows the CMS's answer at the door: what the office's pages decide on must be there. */
export const isModerationEntry = withFields<CmsModerationEntry>({ type: 'string', documentId: 'string', title: 'string?', state: 'string', version: 'string?', draft: 'object?', published: 'object?' });

export interface QueueEntry {
	type: EntryType;
	typeLabel: string;
	documentId: string;
	title: string;
	state: string;
	submittedAt: string | null;
	version: string;
	isNew: boolean;
	reviewComment: string | null;
	/** translations the office can approve or send back apart from the rest: locale and German name */
	pendingTranslations: Array<{ locale: string; name: string }>;
	/** the changed fields in a few words, for the queue's one line */
	changeSummary: string;
	rows: ComparisonRow[];
}

export const CONFLICT_MESSAGE = 'Die Änderung wurde inzwischen noch einmal bearbeitet oder schon entschieden. Bitte prüfen Sie die aktuelle Fassung.';
export const COMMENT_MAX = 2000;

/** The form field name of an entry's comment, unique on the page (ids of fields and error links). */
export const commentField = (type: string, documentId: string) => `comment-${type}-${documentId}`;

export async function loadQueue(cms: CallerClient): Promise<QueueEntry[]> {
	const reply = await cms.get('/api/moderation/queue', listOf(isModerationEntry));
	// a refusal or failure is an error page, never an empty queue that looks like "nothing to review"
	if (!reply.ok) error(reply.status === 403 ? 403 : 400, reply.message);
	return reply.data.map((entry) => ({
		type: entry.type,
		typeLabel: ENTRY_TYPE_LABELS[entry.type] ?? entry.type,
		documentId: entry.documentId,
		title: entry.title || entry.documentId,
		state: entry.state,
		submittedAt: entry.submittedAt ? formatDateTime(entry.submittedAt) : null,
		version: entry.version ?? '',
		isNew: entry.published === null,
		reviewComment: entry.reviewComment,
		pendingTranslations: entry.published === null ? [] : (entry.pendingTranslations ?? []).filter((locale) => locale in LOCALE_NAMES).map((locale) => ({ locale, name: LOCALE_NAMES[locale] })),
		changeSummary: entry.published === null ? 'Neuer Eintrag' : queueSummary(entry.changedFields ?? [], entry.pendingTranslations ?? []),
		rows: comparisonRows(entry)
	}));
}

export interface DecisionFailure {
	message: string;
	errors: Record<string, string>;
	/** the typed comment, kept for the entry's field */
	comment?: { field: string; text: string };
	/** where the entry stands now, after a conflict */
	current?: { title: string; state: string } | null;
}

type Target = { type: EntryType; documentId: string; title: string };

/** The entry the form names; a forged or broken form is refused. */
export function entryTarget(form: FormData): Target | null {
	const type = String(form.get('type') ?? '');
	const documentId = String(form.get('documentId') ?? '');
	if (!(ENTRY_TYPES as readonly string[]).includes(type) || !isDocumentId(documentId)) return null;
	return { type: type as EntryType, documentId, title: String(form.get('title') ?? '').slice(0, 300) || documentId };
}

export const brokenForm = () => fail(400, { message: 'Das Formular ist unvollständig. Bitte laden Sie die Seite neu.', errors: {} } satisfies DecisionFailure);

type Outcome = Promise<ActionFailure<DecisionFailure> | { success: string }>;

export async function approveAction(event: RequestEvent): Outcome {
	const form = await event.request.formData();
	const entry = entryTarget(form);
	if (!entry) return brokenForm();
	const version = String(form.get('version') ?? '');
	const cms = event.locals.cms!;
	const path = `/api/moderation/${entry.type}/${entry.documentId}`;

	// an optional note to the organisation goes into the approval mail
	const note = formText(form, 'note');
	if (note.length > COMMENT_MAX) {
		const field = `note-${entry.type}-${entry.documentId}`;
		return fail(400, { message: 'Bitte kürzen Sie den Hinweis.', errors: { [field]: `Höchstens ${COMMENT_MAX} Zeichen.` }, comment: { field, text: note } } satisfies DecisionFailure);
	}
	// The CMS publishes only the version shown, and only while it still waits for review (409 otherwise).
	const reply = await cms.write('POST', `${path}/approve`, note ? { version, comment: note } : { version });
	if (reply.ok) return { success: `Freigegeben: ${entry.title}` };
	if (reply.status === 409) return conflict(cms, entry);
	return fail(reply.status, { message: reply.message, errors: {} } satisfies DecisionFailure);
}

/** Decided by someone else, or changed since the page was loaded (the CMS said 409): show where it stands now. */
async function conflict(cms: CallerClient, entry: { type: string; documentId: string; title: string }) {
	const now = await cms.get(`/api/moderation/${entry.type}/${entry.documentId}`, isModerationEntry);
	const current = now.ok ? { title: now.data.title || entry.title, state: now.data.state } : null;
	return fail(409, { message: CONFLICT_MESSAGE, errors: {}, current } satisfies DecisionFailure);
}

export async function sendBackAction(event: RequestEvent): Outcome {
	const form = await event.request.formData();
	const entry = entryTarget(form);
	if (!entry) return brokenForm();
	const field = commentField(entry.type, entry.documentId);
	const comment = formText(form, 'comment');
	const invalid = (text: string, status = 400) => fail(status, { message: 'Bitte prüfen Sie den Kommentar.', errors: { [field]: text }, comment: { field, text: comment } } satisfies DecisionFailure);
	if (!comment) return invalid('Bitte schreiben Sie der Organisation, was sie ändern soll.');
	if (comment.length > COMMENT_MAX) return invalid(`Der Kommentar ist zu lang: höchstens ${COMMENT_MAX} Zeichen, jetzt ${comment.length}.`);

	const cms = event.locals.cms!;
	// The CMS sends back only a change that still waits for review (409 otherwise).
	const reply = await cms.write('POST', `/api/moderation/${entry.type}/${entry.documentId}/send-back`, { comment });
	if (reply.ok) return { success: `Zurückgegeben: ${entry.title}. Die Organisation bekommt Ihren Kommentar per E-Mail.` };
	if (reply.status === 409) return conflict(cms, entry);
	if (reply.fields.comment) return invalid(`Bitte schreiben Sie einen Kommentar mit höchstens ${COMMENT_MAX} Zeichen.`, reply.status);
	return fail(reply.status, { message: reply.message, errors: {}, comment: { field, text: comment } } satisfies DecisionFailure);
}

const TRANSLATION_LOCALES = new Set(Object.keys(LOCALE_NAMES).filter((locale) => locale !== 'de'));

/** The comment field of a translation decision, unique on the page. */
export const translationCommentField = (type: string, documentId: string, locale: string) => `tcomment-${type}-${documentId}-${locale}`;

/** Approve or send back one translation of an entry, apart from its other changes. */
async function translationDecision(event: RequestEvent, decision: 'approve' | 'send-back'): Outcome {
	const form = await event.request.formData();
	const entry = entryTarget(form);
	const locale = String(form.get('locale') ?? '');
	if (!entry || !TRANSLATION_LOCALES.has(locale)) return brokenForm();
	const language = LOCALE_NAMES[locale];
	const field = translationCommentField(entry.type, entry.documentId, locale);
	const comment = formText(form, 'comment');
	const invalid = (text: string) => fail(400, { message: 'Bitte prüfen Sie den Kommentar.', errors: { [field]: text }, comment: { field, text: comment } } satisfies DecisionFailure);
	if (decision === 'send-back' && !comment) return invalid(`Bitte schreiben Sie der Organisation, was an der Übersetzung (${language}) fehlt.`);
	if (comment.length > COMMENT_MAX) return invalid(`Der Kommentar ist zu lang: höchstens ${COMMENT_MAX} Zeichen, jetzt ${comment.length}.`);
	const cms = event.locals.cms!;
	const body: Record<string, string> = { version: String(form.get('version') ?? '') };
	if (comment) body.comment = comment;
	const reply = await cms.write('POST', `/api/moderation/${entry.type}/${entry.documentId}/translations/${locale}/${decision}`, body);
	if (reply.ok) return { success: decision === 'approve' ? `Übersetzung freigegeben: ${entry.title} (${language})` : `Übersetzung zurückgegeben: ${entry.title} (${language}). Die Organisation bekommt Ihren Kommentar per E-Mail.` };
	if (reply.status === 409) return conflict(cms, entry);
	return fail(reply.status, { message: reply.message, errors: {}, comment: { field, text: comment } } satisfies DecisionFailure);
}

export const approveTranslationAction = (event: RequestEvent) => translationDecision(event, 'approve');
export const sendBackTranslationAction = (event: RequestEvent) => translationDecision(event, 'send-back');
