import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { refuseControlCharacters } from '../content/plain-text';

/** What a post or a reply may hold: checked here, before anything is written. */
export const POST_KINDS = ['request', 'offer', 'information'] as const;
export const POST_STATUSES = ['open', 'closed'] as const;
export const LIMITS = { title: 150, text: 5000, reply: 3000, hiddenReason: 500 } as const;
/** The labels a post may be tied to, each optional: the published municipalities, topics and working groups. */
export const LINKS = {
  municipality: 'api::municipality.municipality',
  topic: 'api::topic.topic',
  workingGroup: 'api::working-group.working-group',
} as const;
export type LinkName = keyof typeof LINKS;

type Plain = Record<string, unknown>;
export type PostInput = { kind: string; title: string; text: string; municipality: string | null; topic: string | null; workingGroup: string | null };

const refuse = (fields: Record<string, string>): never => {
  throw new errors.ValidationError('Bitte die markierten Felder prüfen', { fields });
};

export const isPlain = (value: unknown): value is Plain => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

function text(value: unknown, name: string, max: number, fields: Record<string, string>, required = true): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (value !== undefined && value !== null && typeof value !== 'string') fields[name] = 'muss ein Text sein';
  else if (required && !trimmed) fields[name] = 'bitte ausfüllen';
  else if (trimmed.length > max) fields[name] = `höchstens ${max} Zeichen`;
  return trimmed;
}

/** Is this documentId a published row of the type? (A draft-only or unknown label is refused.) */
async function exists(strapi: Core.Strapi, uid: string, documentId: string) {
  return (await strapi.db.query(uid as UID.ContentType).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
}

/** A whole post (create) or the fields a change names (update); unknown fields are refused. */
export async function checkPost(strapi: Core.Strapi, body: unknown, partial: boolean): Promise<Partial<PostInput> & { status?: string }> {
  const data = isPlain(body) && isPlain(body.data) ? body.data : body;
  if (!isPlain(data)) throw new errors.ValidationError('Die Anfrage enthält keine Daten');
  const allowed = new Set(['kind', 'title', 'text', ...Object.keys(LINKS), ...(partial ? ['status'] : [])]);
  const fields: Record<string, string> = {};
  for (const key of Object.keys(data)) if (!allowed.has(key)) fields[key] = 'dieses Feld gibt es hier nicht';
  const result: Partial<PostInput> & { status?: string } = {};
  const has = (key: string) => !partial || data[key] !== undefined;
  if (has('kind')) {
    if (!POST_KINDS.includes(data.kind as never)) fields.kind = 'bitte „Wir suchen“, „Wir bieten“ oder „Information“ wählen';
    result.kind = String(data.kind);
  }
  if (has('title')) result.title = text(data.title, 'title', LIMITS.title, fields);
  if (has('text')) result.text = text(data.text, 'text', LIMITS.text, fields);
  if (partial && data.status !== undefined) {
    if (!POST_STATUSES.includes(data.status as never)) fields.status = 'offen oder geschlossen';
    result.status = String(data.status);
  }
  for (const [name, uid] of Object.entries(LINKS) as [LinkName, string][]) {
    if (!has(name)) continue;
    const value = data[name];
    if (value === null || value === undefined || value === '') result[name] = null;
    else if (typeof value !== 'string' || value.length > 64 || !(await exists(strapi, uid, value))) fields[name] = 'unbekannt';
    else result[name] = value;
  }
  if (Object.keys(fields).length > 0) refuse(fields);
  refuseControlCharacters(strapi, 'api::exchange-post.exchange-post', { title: result.title, text: result.text });
  return result;
}

export function checkReply(strapi: Core.Strapi, body: unknown): string {
  const data = isPlain(body) && isPlain(body.data) ? body.data : body;
  if (!isPlain(data)) throw new errors.ValidationError('Die Anfrage enthält keine Daten');
  const fields: Record<string, string> = {};
  for (const key of Object.keys(data)) if (key !== 'text') fields[key] = 'dieses Feld gibt es hier nicht';
  const reply = text(data.text, 'text', LIMITS.reply, fields);
  if (Object.keys(fields).length > 0) refuse(fields);
  refuseControlCharacters(strapi, 'api::exchange-reply.exchange-reply', { text: reply });
  return reply;
}

export function checkHiddenReason(body: unknown): string | null {
  const data = isPlain(body) && isPlain(body.data) ? body.data : isPlain(body) ? body : {};
  const fields: Record<string, string> = {};
  const reason = text(data.reason, 'reason', LIMITS.hiddenReason, fields, false);
  if (Object.keys(fields).length > 0) refuse(fields);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(reason)) refuse({ reason: 'Zeilenumbrüche und Steuerzeichen sind nicht erlaubt' });
  return reason || null;
}

/** Filters of the list, from the query string: each optional, each checked (a wrong one is a 400, not an empty list). */
export function checkListQuery(query: Plain) {
  const fields: Record<string, string> = {};
  const one = (name: string) => {
    const value = query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string' || value.length > 64) {
      fields[name] = 'ungültig';
      return undefined;
    }
    return value;
  };
  const kind = one('kind');
  if (kind && !POST_KINDS.includes(kind as never)) fields.kind = 'unbekannte Art';
  const status = one('status');
  if (status && !POST_STATUSES.includes(status as never)) fields.status = 'offen oder geschlossen';
  const pageText = one('page');
  const page = pageText === undefined ? 1 : Number(pageText);
  if (!Number.isInteger(page) || page < 1 || page > 10000) fields.page = 'eine Seitenzahl ab 1';
  const filters = { kind, status, municipality: one('municipality'), topic: one('topic'), workingGroup: one('workingGroup') };
  for (const key of Object.keys(query)) if (!(key in filters) && key !== 'page') fields[key] = 'unbekannter Filter';
  if (Object.keys(fields).length > 0) refuse(fields);
  return { ...filters, page };
}
