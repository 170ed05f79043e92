import { errors } from '@strapi/utils';
import { withCleanImages } from '../../uploads/clean-upload';
import { checkStoredUploads } from '../../uploads/check-stored';
import { kindOfExtension } from '../../uploads/image-policy';

type UploadData = { fileInfo?: Record<string, unknown> | Array<Record<string, unknown>>; [key: string]: unknown };

/**
 * Strapi's upload service is the one door to public/uploads (content API `POST /api/upload`, the
 * admin panel's media library, the member route): every file going through it is re-encoded first
 * (uploads/clean-upload.ts). At start, files stored before are checked (uploads/check-stored.ts).
 */
export default (plugin) => {
  const uploadService = plugin.services.upload;
  plugin.services.upload = (context) => {
    const service = uploadService(context);
    return {
      ...service,
      upload({ data = {}, files }: { data?: UploadData; files: any }, opts) {
        return withCleanImages(files, data.fileInfo, (cleanFiles, fileInfo) => service.upload({ data: { ...data, fileInfo }, files: cleanFiles }, opts));
      },
      // A replaced file keeps its URL, so the new picture is stored as the kind its extension names.
      async replace(id, { data = {}, file }: { data?: UploadData; file: any }, opts) {
        const existing = await context.strapi.db.query('plugin::upload.file').findOne({ where: { id }, select: ['ext'] });
        if (!existing) throw new errors.NotFoundError('File not found');
        const kind = kindOfExtension(existing.ext ?? '');
        if (!kind) throw new errors.ValidationError('This file is not a picture that can be replaced; upload a new one', { fields: { file: 'not replaceable' } });
        return withCleanImages(file, data.fileInfo, (cleanFile, fileInfo) => service.replace(id, { data: { ...data, fileInfo }, file: cleanFile }, opts), kind);
      },
    };
  };

  const bootstrap = plugin.bootstrap;
  plugin.bootstrap = async (context) => {
    await bootstrap?.(context);
    await checkStoredUploads(context.strapi);
  };
  return plugin;
};
