import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Caller } from '../access/caller';
import { requirePermission } from '../access/permissions';
import { ACTOR_UID } from '../content/entry-types';
import { asSystem } from '../access/as-system';
import { singleFile } from './detect-type';

/**
 * A member uploads an image (logo, photo) for its own entries. Create-only: there is no generic
 * upload permission, because `POST /api/upload?id=N` would replace anyone's file. The upload
 * service re-encodes it and names it (uploads/clean-upload.ts, wired in extensions/upload).
 */
export async function uploadOwnImage(strapi: Core.Strapi, caller: Caller, files: unknown) {
  // The office uploads through the media library; this route is for an organisation's own entries.
  if (caller.kind !== 'member') throw new errors.ForbiddenError('Only member organisations upload images here');
  requirePermission(caller, 'uploadImage', { uid: ACTOR_UID, ownerActorDocumentId: caller.actorDocumentId }, 'Only member organisations upload images here');
  const file = singleFile(files);
  if (!file) throw new errors.ValidationError('Send exactly one file in the field "file"', { fields: { file: 'required' } });
  const [uploaded]: Array<Record<string, any>> = await asSystem(strapi, () =>
    strapi.plugin('upload').service('upload').upload({ data: { fileInfo: { caption: `actor:${caller.actorDocumentId}` } }, files: file }),
  );
  return { id: uploaded.id, documentId: uploaded.documentId, url: uploaded.url, mime: uploaded.mime, size: uploaded.size, width: uploaded.width, height: uploaded.height };
}
