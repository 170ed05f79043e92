import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Caller } from '../access/caller';
import { requirePermission } from '../access/permissions';

import { ENTRY_TYPES, TITLE_FIELD } from '../moderation/entries';

type Row = Record<string, any>;

/** The two kinds of public submission, by the name used in the route. */
const KINDS = {
  report: 'api::report.report',
  application: 'api::membership-application.membership-application',
} as const satisfies Record<string, UID.ContentType>;

const HANDLING_STATES = ['open', 'done'] as const;

function requireOffice(caller: Caller) {
  requirePermission(caller, 'handleSubmissions', {}, 'Submissions are handled by the coordination office');
}

/** Title and slug of the entry a report is about; `published: false` if it is no longer online. */
async function subjectOf(strapi: Core.Strapi, type: string | null, documentId: string | null) {
  const uid = type && Object.hasOwn(ENTRY_TYPES, type) ? ENTRY_TYPES[type as keyof typeof ENTRY_TYPES] : undefined;
  if (!uid || !documentId) return null;
  const rows = (await strapi.db.query(uid as UID.Schema).findMany({ where: { documentId }, select: ['slug', TITLE_FIELD[uid], 'publishedAt', 'withdrawnAt'] })) as Row[];
  if (rows.length === 0) return null;
  const published = rows.find((row) => row.publishedAt && !row.withdrawnAt);
  const any = published ?? rows[0];
  return { type, documentId, title: any[TITLE_FIELD[uid]] as string, slug: (any.slug as string | null) ?? null, published: Boolean(published) };
}

const view = ({ id: _id, ...row }: Row) => row;

/** Reports and membership applications with their handling state, newest first (office only). */
export async function officeInbox(strapi: Core.Strapi, caller: Caller) {
  requireOffice(caller);
  const orderBy = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];
  const reports = (await strapi.db.query(KINDS.report).findMany({ orderBy })) as Row[];
  const applications = (await strapi.db.query(KINDS.application).findMany({ orderBy })) as Row[];
  return {
    reports: await Promise.all(reports.map(async (row) => ({ ...view(row), subject: await subjectOf(strapi, row.subjectType, row.subjectDocumentId) }))),
    applications: applications.map(view),
  };
}

/** Marks a submission done (with the time) or open again; an optional note is kept for the office. */
export async function setHandlingState(
  strapi: Core.Strapi,
  caller: Caller,
  input: { kind: string; documentId: string; handlingState: unknown; officeNote?: unknown },
) {
  requireOffice(caller);
  const uid = Object.hasOwn(KINDS, String(input.kind)) ? KINDS[input.kind as keyof typeof KINDS] : undefined;
  if (!uid) throw new errors.ValidationError('Unknown submission kind; use report or application');
  const state = input.handlingState as (typeof HANDLING_STATES)[number];
  if (!HANDLING_STATES.includes(state)) {
    throw new errors.ValidationError('Bitte die markierten Felder prüfen', { fields: { handlingState: 'open oder done' } });
  }
  if (input.officeNote !== undefined && input.officeNote !== null && (typeof input.officeNote !== 'string' || input.officeNote.length > 2000)) {
    throw new errors.ValidationError('Bitte die markierten Felder prüfen', { fields: { officeNote: 'Höchstens 2000 Zeichen' } });
  }
  const existing = await strapi.db.query(uid).findOne({ where: { documentId: input.documentId } });
  if (!existing) throw new errors.NotFoundError('Submission not found');
  const data: Row = { handlingState: state, handledAt: state === 'done' ? new Date() : null };
  if (typeof input.officeNote === 'string') data.officeNote = input.officeNote.trim() || null;
  const updated = (await strapi.db.query(uid).update({ where: { id: existing.id }, data })) as Row;
  return view(updated);
}
