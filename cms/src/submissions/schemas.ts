import { yup } from '@strapi/utils';
import { LOCALE_CODES } from '../i18n/locales';

/**
 * Only these fields can ever be written by the public. Anything else in a request is dropped
 * before it reaches the database (Strapi has no per-field permissions).
 */
const text = (max: number) => yup.string().trim().max(max, `höchstens ${max} Zeichen`);
const optionalText = (max: number) => text(max).nullable().transform((value) => (value === '' ? null : value));
const optionalEmail = () => yup.string().trim().email('keine gültige E-Mail-Adresse').max(254).nullable().transform((value) => (value === '' ? null : value));
const locale = () => yup.string().oneOf([...LOCALE_CODES, null], 'unbekannte Sprache').nullable();

export const HONEYPOT_FIELD = 'website';

export const reportSchema = yup
  .object({
    kind: yup.string().required('Bitte die Art der Meldung angeben').oneOf(['outdated_information', 'accessibility_feedback', 'contact'], 'unbekannte Art der Meldung'),
    message: text(5000).required('Bitte eine Nachricht eingeben').min(3, 'Die Nachricht ist zu kurz'),
    name: optionalText(200),
    email: optionalEmail(),
    subjectType: yup.string().oneOf(['actor', 'offering', 'event', 'page', 'other', null], 'unbekannter Bezug').nullable(),
    subjectDocumentId: optionalText(64).matches(/^[a-z0-9]+$/, { message: 'ungültige Kennung', excludeEmptyString: true }),
    pageUrl: optionalText(500),
    locale: locale(),
  })
  .noUnknown(false);

export const membershipApplicationSchema = yup
  .object({
    organisationName: text(200).required('Bitte den Namen der Organisation angeben'),
    contactName: text(200).required('Bitte eine Ansprechperson angeben'),
    email: yup.string().trim().required('Bitte eine E-Mail-Adresse angeben').email('keine gültige E-Mail-Adresse').max(254),
    phone: optionalText(40),
    municipalityName: optionalText(120),
    message: optionalText(5000),
    locale: locale(),
  })
  .noUnknown(false);

export const reportFields = Object.keys(reportSchema.fields);
export const membershipApplicationFields = Object.keys(membershipApplicationSchema.fields);
