import { callerFromContext } from '../../../access/caller';
import { openInternalDocument, storeInternalDocument } from '../../../working-groups/documents';

export default ({ strapi }) => ({
  async upload(ctx) {
    ctx.status = 201;
    ctx.body = { data: await storeInternalDocument(strapi, callerFromContext(ctx), ctx.request.body ?? {}, ctx.request.files?.file) };
  },
  async download(ctx) {
    const file = await openInternalDocument(strapi, callerFromContext(ctx), String(ctx.params.documentId));
    ctx.set('Content-Type', file.mimeType);
    ctx.set('Content-Length', String(file.size));
    ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.body = file.stream;
  },
});
