/**
 * The registration form on an event page: checks the input (messages in the visitor's language),
 * sends it to the CMS's registration route — anonymously with the visitor's address for the rate
 * limit, or with the signed-in member's token (members-only events) — and turns every outcome into
 * something the form shows.
 */
import { fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '../paraglide/messages.js';
import { registrations } from './cms/index.ts';
import { loadSession, SESSION_COOKIE } from './areas/session.ts';
import { visitorAddress } from './report-action.ts';
import type { Locale } from '../i18n.ts';

export const REGISTRATION_LIMITS = { name: 200, organisation: 200, email: 254, needs: 1000, answer: 2000 } as const;
export type RegistrationField = keyof typeof REGISTRATION_LIMITS;
export type RegistrationValues = Record<RegistrationField, string>;

export interface RegistrationFormState {
	form: 'anmelden';
	success?: boolean;
	/** confirmed: a place; waiting: on the waiting list */
	registered?: 'confirmed' | 'waiting';
	values?: RegistrationValues;
	errors?: Partial<Record<RegistrationField, string>>;
	formError?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(data: FormData | null, name: string): string {
	const value = data?.get(name);
	return typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : '';
}

export function validateRegistration(values: RegistrationValues, locale: Locale) {
	const errors: Partial<Record<RegistrationField, string>> = {};
	if (values.name === '') errors.name = m.registration_error_name({}, { locale });
	if (values.email === '' || !EMAIL.test(values.email)) errors.email = m.registration_error_email({}, { locale });
	for (const field of Object.keys(REGISTRATION_LIMITS) as RegistrationField[]) {
		if (!errors[field] && values[field].length > REGISTRATION_LIMITS[field]) errors[field] = m.form_error_too_long({ max: REGISTRATION_LIMITS[field] }, { locale });
	}
	return errors;
}

/** The signed-in person on a public page (read only when the session cookie is there). */
export async function sessionOnPublicPage(event: Pick<RequestEvent, 'cookies' | 'locals'>) {
	if (!event.cookies.get(SESSION_COOKIE)) return null;
	return loadSession(event);
}

const REFUSALS: Record<string, (locale: Locale) => string> = {
	duplicate: (locale) => m.registration_refused_duplicate({}, { locale }),
	deadline_passed: (locale) => m.registration_closed_deadline({}, { locale }),
	started: (locale) => m.registration_closed({}, { locale }),
	no_registration: (locale) => m.registration_closed({}, { locale }),
	not_found: (locale) => m.registration_closed({}, { locale }),
	members_only: (locale) => m.registration_members_only({}, { locale }),
	rate_limited: (locale) => m.form_error_rate_limited({}, { locale }),
	invalid: (locale) => m.form_error_rejected({}, { locale })
};

export async function registrationAction(event: RequestEvent, eventDocumentId: string) {
	const locale = event.locals.locale;
	const data = await event.request.formData().catch(() => null);
	const values: RegistrationValues = {
		name: text(data, 'name'),
		organisation: text(data, 'organisation'),
		email: text(data, 'email'),
		needs: text(data, 'needs'),
		answer: text(data, 'answer')
	};
	const errors = validateRegistration(values, locale);
	if (Object.keys(errors).length > 0) return fail(400, { form: 'anmelden', values, errors } satisfies RegistrationFormState);

	const session = await sessionOnPublicPage(event);
	const result = await registrations.register(
		eventDocumentId,
		{
			name: values.name,
			organisation: values.organisation || null,
			email: values.email,
			needs: values.needs || null,
			answer: values.answer || null,
			locale,
			website: text(data, 'website')
		},
		{ clientAddress: visitorAddress(event), token: session?.token }
	);
	if (result.ok) return { form: 'anmelden', success: true, registered: result.status } satisfies RegistrationFormState;
	if (result.reason === 'invalid' && Object.keys(result.fields).length > 0) {
		const fieldErrors: Partial<Record<RegistrationField, string>> = {};
		for (const field of Object.keys(REGISTRATION_LIMITS) as RegistrationField[]) {
			if (result.fields[field]) fieldErrors[field] = locale === 'de' ? result.fields[field] : field === 'email' ? m.registration_error_email({}, { locale }) : m.form_error_field({}, { locale });
		}
		return fail(400, { form: 'anmelden', values, errors: fieldErrors } satisfies RegistrationFormState);
	}
	const message = (REFUSALS[result.reason] ?? ((l: Locale) => m.form_error_unavailable({}, { locale: l })))(locale);
	return fail(result.status >= 500 ? 503 : result.status, { form: 'anmelden', values, formError: message } satisfies RegistrationFormState);
}
