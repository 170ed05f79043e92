import { errors, yup } from '@strapi/utils';
import { HONEYPOT_FIELD } from '../submissions/schemas';
import { LOCALE_CODES } from '../i18n/locales';

/** The only fields a registration takes from its sender; anything else is dropped. */
const optionalText = (max: number) =>
  yup
    .string()
    .trim()
    .max(max, `höchstens ${max} Zeichen`)
    .nullable()
    .transform((value) => (value === '' ? null : value));

export const registrationSchema = yup.object({
  name: yup.string().trim().required('Bitte einen Namen angeben').max(200, 'höchstens 200 Zeichen'),
  organisation: optionalText(200),
  email: yup.string().trim().required('Bitte eine E-Mail-Adresse angeben').email('keine gültige E-Mail-Adresse').max(254),
  needs: optionalText(1000),
  answer: optionalText(2000),
  locale: yup.string().oneOf([...LOCALE_CODES, null], 'unbekannte Sprache').nullable(),
});

export type RegistrationInput = { name: string; organisation: string | null; email: string; needs: string | null; answer: string | null; locale: string | null };

export const messageSchema = yup.object({
  subject: yup.string().trim().required('Bitte einen Betreff angeben').max(200, 'höchstens 200 Zeichen'),
  text: yup.string().trim().required('Bitte eine Nachricht eingeben').max(5000, 'höchstens 5000 Zeichen'),
});

/** Validates against `schema`: the honeypot must be empty; a refusal names each field (400). */
export async function validated<T>(schema: yup.AnyObjectSchema, input: unknown, honeypot = true): Promise<T> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new errors.ValidationError('Die Anfrage enthält keine Daten');
  const trap = (input as Record<string, unknown>)[HONEYPOT_FIELD];
  if (honeypot && (typeof trap === 'string' ? trap.trim() !== '' : trap != null)) {
    throw new errors.ValidationError('Die Anfrage wurde als automatisiert erkannt und nicht gespeichert');
  }
  try {
    return (await schema.validate(input, { abortEarly: false, stripUnknown: true })) as T;
  } catch (error) {
    if (error instanceof yup.ValidationError) {
      throw new errors.ValidationError('Bitte die markierten Felder prüfen', { fields: Object.fromEntries(error.inner.map((item) => [item.path, item.message])) });
    }
    throw error;
  }
}
