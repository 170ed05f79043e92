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

/** The inbox's paging: page size within these bounds (the site shows 25). */
const PAGE_SIZE = { default: 25, max: 100 };

export type InboxQuery = { state?: unknown; reportsPage?: unknown; applicationsPage?: unknown; pageSize?: unknown };

/** A positive whole number from a query string, or the fallback when absent; anything else is a 400. */
function positiveInteger(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  if (typeof value !== 'string' || !/^[0-9]{1,6}$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new errors.ValidationError(`${name} must be a whole number from 1 to ${max}`);
  }
  return Number(value);
}

/**
 * Reports and membership applications with their handling state, newest first (office only), one
 * page of each (`reportsPage`, `applicationsPage`, `pageSize`), optionally only open or done ones
 * (`state`), with the totals: no list is cut off without saying so.
 */
export async function officeInbox(strapi: Core.Strapi, caller: Caller, query: InboxQuery = {}) {
  requireOffice(caller);
  if (query.state !== undefined && !HANDLING_STATES.includes(query.state as (typeof HANDLING_STATES)[number])) {
    throw new errors.ValidationError('state must be open or done');
  }
  const pageSize = positiveInteger(query.pageSize, 'pageSize', PAGE_SIZE.default, PAGE_SIZE.max);
  const reportsPage = positiveInteger(query.reportsPage, 'reportsPage', 1, 100_000);
  const applicationsPage = positiveInteger(query.applicationsPage, 'applicationsPage', 1, 100_000);
  const where = query.state === undefined ? {} : { handlingState: query.state };
  const orderBy = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];
  const reports = await strapi.db.query(KINDS.report).findPage({ where, orderBy, page: reportsPage, pageSize });
  const applications = await strapi.db.query(KINDS.application).findPage({ where, orderBy, page: applicationsPage, pageSize });
  const count = async (handlingState: string) =>
    (await strapi.db.query(KINDS.report).count({ where: { handlingState } })) + (await strapi.db.query(KINDS.application).count({ where: { handlingState } }));
  return {
    reports: await Promise.all((reports.results as Row[]).map(async (row) => ({ ...view(row), subject: await subjectOf(strapi, row.subjectType, row.subjectDocumentId) }))),
    applications: (applications.results as Row[]).map(view),
    pagination: { reports: reports.pagination, applications: applications.pagination },
    counts: { open: await count('open'), done: await count('done') },
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
