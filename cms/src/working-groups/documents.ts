import { createReadStream } from 'node:fs';
import { copyFile, mkdir, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Caller } from '../access/caller';
import { authorize, requirePermission } from '../access/permissions';
import { asSystem } from '../access/as-system';
import { detectType, singleFile } from '../uploads/detect-type';

const DOCUMENT_UID = 'api::working-group-document.working-group-document';
const GROUP_UID = 'api::working-group.working-group';
const ALLOWED = new Set([
  'application/pdf', 'image/jpeg', 'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet',
]);
const MAX_BYTES = Number(process.env.INTERNAL_DOCUMENT_MAX_BYTES ?? 20 * 1024 * 1024);

/** Internal documents live outside public/uploads: Strapi serves that folder to anyone with the URL. */
export const privateFilesDir = () => path.resolve(process.cwd(), process.env.PRIVATE_FILES_DIR ?? 'private-files');

async function memberActorsOf(strapi: Core.Strapi, workingGroupDocumentId: string): Promise<string[]> {
  const group = await strapi.db.query(GROUP_UID).findOne({
    where: { documentId: workingGroupDocumentId, publishedAt: { $notNull: true } },
    populate: { memberActors: { select: ['documentId'] } },
  });
  return (group?.memberActors ?? []).map((actor: { documentId: string }) => actor.documentId);
}

/** The office stores an internal document of a working group. */
export async function storeInternalDocument(strapi: Core.Strapi, caller: Caller, fields: Record<string, unknown>, files: unknown) {
  requirePermission(caller, 'manageInternalDocuments', {}, 'Internal documents are added by the coordination office');
  const file = singleFile(files);
  const title = typeof fields.title === 'string' ? fields.title.trim() : '';
  const workingGroup = typeof fields.workingGroup === 'string' ? fields.workingGroup : '';
  const problems: Record<string, string> = {};
  if (!file) problems.file = 'required';
  if (!title || title.length > 200) problems.title = 'required, at most 200 characters';
  if (!workingGroup || !(await strapi.db.query(GROUP_UID).count({ where: { documentId: workingGroup } }))) problems.workingGroup = 'unknown working group';
  if (Object.keys(problems).length > 0) throw new errors.ValidationError('Please check the marked fields', { fields: problems });
  if (file!.size > MAX_BYTES) throw new errors.PayloadTooLargeError(`The file is larger than ${Math.round(MAX_BYTES / 1024 / 1024)} MB`);
  const type = await detectType(file!.filepath);
  if (!type || !ALLOWED.has(type.mime)) throw new errors.ValidationError('Only PDF, office documents and images can be stored', { fields: { file: 'type not allowed' } });

  const storageKey = `${randomBytes(16).toString('hex')}.${type.ext}`;
  await mkdir(privateFilesDir(), { recursive: true, mode: 0o700 });
  await copyFile(file!.filepath, path.join(privateFilesDir(), storageKey));
  try {
    const created = await asSystem(strapi, () =>
      strapi.documents(DOCUMENT_UID).create({
        data: {
          title,
          description: typeof fields.description === 'string' ? fields.description.slice(0, 1000) : null,
          meetingDate: typeof fields.meetingDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fields.meetingDate) ? fields.meetingDate : null,
          workingGroup,
          fileName: (file!.originalFilename ?? storageKey).slice(0, 255),
          mimeType: type.mime,
          size: file!.size,
          storageKey,
        } as never,
      }),
    );
    return { documentId: created.documentId, title, fileName: created.fileName, mimeType: type.mime, size: file!.size };
  } catch (error) {
    await unlink(path.join(privateFilesDir(), storageKey)).catch(() => undefined);
    throw error;
  }
}

/** Opens an internal document for a member of the group or the office; everyone else gets 403/404. */
export async function openInternalDocument(strapi: Core.Strapi, caller: Caller, documentId: string) {
  if (caller.kind === 'public') throw new errors.UnauthorizedError('Please sign in');
  const row = await strapi.db.query(DOCUMENT_UID).findOne({ where: { documentId }, populate: { workingGroup: { select: ['documentId'] } } });
  if (!row) throw new errors.NotFoundError('Document not found');
  const members = row.workingGroup ? await memberActorsOf(strapi, row.workingGroup.documentId) : [];
  requirePermission(caller, 'readInternalDocuments', { uid: DOCUMENT_UID, workingGroupMemberActors: members }, 'Internal documents are for members of the working group');
  return { stream: createReadStream(path.join(privateFilesDir(), path.basename(row.storageKey))), fileName: row.fileName as string, mimeType: row.mimeType as string, size: row.size as number };
}

/** The member's working groups with their upcoming and past meetings and the internal documents. */
export async function memberWorkingGroups(strapi: Core.Strapi, caller: Caller) {
  if (caller.kind !== 'member' || !authorize(caller, 'readOwnWorkingGroups')) throw new errors.ForbiddenError('Only member organisations belong to working groups');
  const groups = await strapi.db.query(GROUP_UID).findMany({
    where: { publishedAt: { $notNull: true }, memberActors: { documentId: caller.actorDocumentId } },
    populate: { events: { where: { publishedAt: { $notNull: true }, withdrawnAt: null }, orderBy: { startsAt: 'asc' } } },
  });
  const result = [];
  for (const group of groups) {
    const documents = await strapi.db.query(DOCUMENT_UID).findMany({
      where: { workingGroup: { documentId: group.documentId } },
      select: ['documentId', 'title', 'description', 'meetingDate', 'fileName', 'mimeType', 'size', 'createdAt'],
      orderBy: { createdAt: 'desc' },
    });
    result.push({
      documentId: group.documentId,
      name: group.name,
      slug: group.slug,
      meetings: (group.events ?? []).map(({ documentId, title, startsAt, endsAt, venueName, visibility }) => ({ documentId, title, startsAt, endsAt, venueName, visibility })),
      documents: documents.map((document) => ({ ...document, downloadPath: `/api/working-group-documents/${document.documentId}/file` })),
    });
  }
  return result;
}
