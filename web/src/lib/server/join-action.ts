/**
 * The membership application form ("Mitmachen"): the site checks the listed fields (messages in
 * the visitor's language), the CMS checks them again and stores the application (honeypot, rate
 * limit: cms/src/submissions/). Success goes to a confirmation page; bad input shows the form again
 * with the input kept and nothing stored.
 */
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '../paraglide/messages.js';
import { submitToCms } from './cms/index.ts';
import { visitorAddress } from './report-action.ts';
import type { Locale } from '../i18n.ts';

export const JOIN_FIELDS = ['organisationName', 'contactName', 'email', 'phone', 'municipalityName', 'message'] as const;
export type JoinField = (typeof JOIN_FIELDS)[number];
export type JoinValues = Record<JoinField, string>;
export interface JoinFormState {
	values: JoinValues;
	errors: Partial<Record<JoinField, string>>;
	formError?: string;
}

export const JOIN_LIMITS: Record<JoinField, number> = { organisationName: 200, contactName: 200, email: 254, phone: 40, municipalityName: 120, message: 5000 };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateJoin(values: JoinValues, locale: Locale): Partial<Record<JoinField, string>> {
	const errors: Partial<Record<JoinField, string>> = {};
	if (values.organisationName === '') errors.organisationName = m.join_error_organisation({}, { locale });
	if (values.contactName === '') errors.contactName = m.join_error_contact({}, { locale });
	if (values.email === '' || !EMAIL.test(values.email)) errors.email = m.join_error_email({}, { locale });
	for (const field of JOIN_FIELDS) {
		if (!errors[field] && values[field].length > JOIN_LIMITS[field]) errors[field] = m.form_error_too_long({ max: JOIN_LIMITS[field] }, { locale });
	}
	return errors;
}

export async function joinAction(event: RequestEvent) {
	const locale = event.locals.locale;
	const data = await event.request.formData().catch(() => null);
	const text = (name: string) => {
		const value = data?.get(name);
		return typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : '';
	};
	const values = Object.fromEntries(JOIN_FIELDS.map((field) => [field, text(field)])) as JoinValues;
	const errors = validateJoin(values, locale);
	if (Object.keys(errors).length > 0) return fail(400, { values, errors } satisfies JoinFormState);

	const result = await submitToCms(
		'/api/membership-applications/submit',
		{ ...Object.fromEntries(JOIN_FIELDS.map((field) => [field, values[field] || null])), locale, website: text('website') },
		visitorAddress(event)
	);
	if (result.ok) redirect(303, `/${locale}/mitmachen/danke`);
	if (result.reason === 'invalid') {
		const fieldErrors: Partial<Record<JoinField, string>> = {};
		for (const field of JOIN_FIELDS) if (result.fields[field]) fieldErrors[field] = locale === 'de' ? result.fields[field] : m.form_error_field({}, { locale });
		return fail(400, { values, errors: fieldErrors, formError: Object.keys(fieldErrors).length > 0 ? undefined : m.form_error_rejected({}, { locale }) } satisfies JoinFormState);
	}
	if (result.reason === 'rate_limited') return fail(429, { values, errors: {}, formError: m.form_error_rate_limited({}, { locale }) } satisfies JoinFormState);
	return fail(503, { values, errors: {}, formError: m.form_error_unavailable({}, { locale }) } satisfies JoinFormState);
}
