import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Caller } from '../access/caller';
import { requirePermission } from '../access/permissions';
import { ACTOR_UID } from '../content/entry-types';
import { asSystem } from '../access/as-system';
import { detectType, singleFile } from './detect-type';

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);
export const MAX_IMAGE_BYTES = Number(process.env.MEMBER_UPLOAD_MAX_BYTES ?? 5 * 1024 * 1024);

/**
 * A member uploads an image (logo, photo) for its own entries. Create-only: there is no generic
 * upload permission, because `POST /api/upload?id=N` would replace anyone's file.
 */
export async function uploadOwnImage(strapi: Core.Strapi, caller: Caller, files: unknown) {
  // The office uploads through the media library; this route is for an organisation's own entries.
  if (caller.kind !== 'member') throw new errors.ForbiddenError('Only member organisations upload images here');
  requirePermission(caller, 'uploadImage', { uid: ACTOR_UID, ownerActorDocumentId: caller.actorDocumentId }, 'Only member organisations upload images here');
  const file = singleFile(files);
  if (!file) throw new errors.ValidationError('Send exactly one file in the field "file"', { fields: { file: 'required' } });
  if (file.size > MAX_IMAGE_BYTES) throw new errors.PayloadTooLargeError(`The image is larger than ${Math.round(MAX_IMAGE_BYTES / 1024 / 1024)} MB`);
  const type = await detectType(file.filepath);
  if (!type || !IMAGE_TYPES.has(type.mime)) {
    throw new errors.ValidationError('Only JPEG, PNG, WebP or GIF images can be uploaded (checked by content)', { fields: { file: 'not an image' } });
  }
  const name = (file.originalFilename ?? `bild.${type.ext}`).replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120);
  const [uploaded]: Array<Record<string, any>> = await asSystem(strapi, () =>
    strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name, caption: `actor:${caller.actorDocumentId}` } },
      files: { ...file, mimetype: type.mime, originalFilename: name },
    }),
  );
  return { id: uploaded.id, documentId: uploaded.documentId, url: uploaded.url, mime: uploaded.mime, size: uploaded.size };
}
