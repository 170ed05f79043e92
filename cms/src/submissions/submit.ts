import type { Core, UID } from '@strapi/strapi';
import { errors, yup } from '@strapi/utils';
import { HONEYPOT_FIELD, membershipApplicationSchema, reportSchema } from './schemas';
import { asSystem } from '../access/as-system';
import { refuseControlCharacters } from '../content/plain-text';

const SUBJECT_UIDS: Record<string, UID.ContentType> = {
  actor: 'api::actor.actor',
  offering: 'api::offering.offering',
  event: 'api::event.event',
  page: 'api::page.page',
};

type Input = Record<string, unknown> | null | undefined;

async function validate<T>(schema: yup.AnyObjectSchema, input: Input): Promise<T> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throw new errors.ValidationError('Die Anfrage enthält keine Daten');
  }
  const honeypot = input[HONEYPOT_FIELD];
  if (typeof honeypot === 'string' ? honeypot.trim() !== '' : honeypot != null) {
    throw new errors.ValidationError('Die Anfrage wurde als automatisiert erkannt und nicht gespeichert');
  }
  try {
    return (await schema.validate(input, { abortEarly: false, stripUnknown: true })) as T;
  } catch (error) {
    if (error instanceof yup.ValidationError) {
      const fields = Object.fromEntries(error.inner.map((item) => [item.path, item.message]));
      throw new errors.ValidationError('Bitte die markierten Felder prüfen', { fields });
    }
    throw error;
  }
}

/** Stores a public report ("outdated information", accessibility feedback, contact) for the office. */
export async function submitReport(strapi: Core.Strapi, input: Input) {
  const data = await validate<Record<string, string | null>>(reportSchema, input);
  if (data.subjectDocumentId) {
    const uid = SUBJECT_UIDS[data.subjectType ?? ''];
    const exists = uid && (await strapi.db.query(uid).count({ where: { documentId: data.subjectDocumentId, publishedAt: { $notNull: true } } }));
    if (!exists) throw new errors.ValidationError('Der gemeldete Eintrag wurde nicht gefunden', { fields: { subjectDocumentId: 'unbekannter Eintrag' } });
  }
  refuseControlCharacters(strapi, 'api::report.report', data);
  // Validated above: stored as the system (the public has no write permission of its own).
  const created = await asSystem(strapi, () => strapi.documents('api::report.report').create({ data: { ...data, handlingState: 'open' } as never }));
  return { receivedAt: created.createdAt as string };
}

/** Stores a membership application for the office. */
export async function submitMembershipApplication(strapi: Core.Strapi, input: Input) {
  const data = await validate<Record<string, string | null>>(membershipApplicationSchema, input);
  refuseControlCharacters(strapi, 'api::membership-application.membership-application', data);
  const created = await asSystem(strapi, () =>
    strapi.documents('api::membership-application.membership-application').create({ data: { ...data, handlingState: 'open' } as never }),
  );
  return { receivedAt: created.createdAt as string };
}
