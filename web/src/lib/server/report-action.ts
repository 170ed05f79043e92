/**
 * The form action behind every public report form of the site: "Fehler melden" on offerings,
 * actors and events, the contact form and the accessibility feedback form. Checks the input
 * (messages in the visitor's language), sends it to the CMS's restricted submission route with
 * the visitor's address for the rate limit, and turns every outcome into something the form can
 * show: success, per-field errors with the input kept, or a plain message.
 */
import { fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '../paraglide/messages.js';
import { submitToCms, type SubmissionResult } from './cms/index.ts';
import type { Locale } from '../i18n.ts';

export type ReportKind = 'outdated_information' | 'accessibility_feedback' | 'contact';
export type SubjectType = 'actor' | 'offering' | 'event' | 'page' | 'other';

export interface ReportValues {
	message: string;
	name: string;
	email: string;
}

export type ReportField = keyof ReportValues;

export interface ReportFormState {
	/** which form on the page was sent (a page may show more than one) */
	form: string;
	success?: boolean;
	values?: ReportValues;
	errors?: Partial<Record<ReportField, string>>;
	/** a message for the whole form (rate limit, CMS unavailable, refused) */
	formError?: string;
}

export const LIMITS = { message: 5000, name: 200, email: 254 } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(data: FormData | null, name: string): string {
	const value = data?.get(name);
	return typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : '';
}

/** The site's own check, so that the visitor gets messages in their language before anything is sent. */
export function validateReport(values: ReportValues, locale: Locale): Partial<Record<ReportField, string>> {
	const errors: Partial<Record<ReportField, string>> = {};
	if (values.message === '') errors.message = m.form_error_message_required({}, { locale });
	else if (values.message.length < 3) errors.message = m.form_error_message_short({}, { locale });
	else if (values.message.length > LIMITS.message) errors.message = m.form_error_too_long({ max: LIMITS.message }, { locale });
	if (values.name.length > LIMITS.name) errors.name = m.form_error_too_long({ max: LIMITS.name }, { locale });
	if (values.email !== '' && (values.email.length > LIMITS.email || !EMAIL.test(values.email))) {
		errors.email = m.form_error_email({}, { locale });
	}
	return errors;
}

/** Per-field messages of the CMS (German) in the visitor's language where the site knows the field. */
function cmsFieldErrors(result: Extract<SubmissionResult, { reason: 'invalid' }>, locale: Locale) {
	const errors: Partial<Record<ReportField, string>> = {};
	for (const field of ['message', 'name', 'email'] as const) {
		const message = result.fields[field];
		if (message) errors[field] = locale === 'de' ? message : field === 'email' ? m.form_error_email({}, { locale }) : m.form_error_field({}, { locale });
	}
	return errors;
}

/** The visitor's address for the CMS's rate limit (null if the platform cannot tell). */
export function visitorAddress(event: Pick<RequestEvent, 'getClientAddress'>): string | null {
	try {
		return event.getClientAddress();
	} catch {
		return null;
	}
}

export async function reportAction(
	event: RequestEvent,
	options: { form: string; kind: ReportKind; subjectType?: SubjectType; subjectDocumentId?: string | null }
) {
	const locale = event.locals.locale;
	const data = await event.request.formData().catch(() => null);
	const values: ReportValues = { message: text(data, 'message'), name: text(data, 'name'), email: text(data, 'email') };
	const honeypot = text(data, 'website');

	const errors = validateReport(values, locale);
	if (Object.keys(errors).length > 0) {
		return fail(400, { form: options.form, values, errors } satisfies ReportFormState);
	}

	const clientAddress = visitorAddress(event);

	const result = await submitToCms(
		'/api/reports/submit',
		{
			kind: options.kind,
			message: values.message,
			name: values.name || null,
			email: values.email || null,
			subjectType: options.subjectType ?? null,
			subjectDocumentId: options.subjectDocumentId ?? null,
			pageUrl: `${event.locals.origin}${event.url.pathname}`,
			locale,
			website: honeypot
		},
		clientAddress
	);

	if (result.ok) return { form: options.form, success: true } satisfies ReportFormState;
	if (result.reason === 'invalid') {
		const fieldErrors = cmsFieldErrors(result, locale);
		return fail(400, {
			form: options.form,
			values,
			errors: fieldErrors,
			formError: Object.keys(fieldErrors).length > 0 ? undefined : m.form_error_rejected({}, { locale })
		} satisfies ReportFormState);
	}
	if (result.reason === 'rate_limited') {
		return fail(429, { form: options.form, values, formError: m.form_error_rate_limited({}, { locale }) } satisfies ReportFormState);
	}
	return fail(503, { form: options.form, values, formError: m.form_error_unavailable({}, { locale }) } satisfies ReportFormState);
}
