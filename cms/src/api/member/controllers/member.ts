import { callerFromContext } from '../../../access/caller';
import { entryUid } from '../../../moderation/entries';
import { compareEntry, memberEntries } from '../../../moderation/queries';
import { memberWorkingGroups } from '../../../working-groups/documents';
import { uploadOwnImage } from '../../../uploads/member-upload';

export default ({ strapi }) => ({
  async entries(ctx) {
    ctx.body = { data: await memberEntries(strapi, callerFromContext(ctx)) };
  },
  async entry(ctx) {
    ctx.body = { data: await compareEntry(strapi, callerFromContext(ctx), entryUid(ctx.params.type), String(ctx.params.documentId)) };
  },
  async workingGroups(ctx) {
    ctx.body = { data: await memberWorkingGroups(strapi, callerFromContext(ctx)) };
  },
  async upload(ctx) {
    ctx.status = 201;
    ctx.body = { data: await uploadOwnImage(strapi, callerFromContext(ctx), ctx.request.files?.file) };
  },
});
