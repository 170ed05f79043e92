import type { Core } from '@strapi/strapi';
import { callerFromContext, type Caller } from '../access/caller';
import { entryUid } from '../moderation/entries';
import { approve, confirmCurrent, deleteForGood, restore, sendBack, unpublish, withdraw } from '../moderation/decisions';
import { approveTranslation, sendBackTranslation } from '../moderation/translation-decisions';
import { compareEntry, memberEntries, moderationLog, moderationQueue, withdrawnEntries } from '../moderation/queries';
import { memberWorkingGroups } from '../working-groups/documents';
import { scopeOf } from '../access/permissions';

type Context = { koaContext?: Parameters<typeof callerFromContext>[0] };
const callerOf = (context: Context): Caller => (context?.koaContext ? callerFromContext(context.koaContext) : { kind: 'public' });

/**
 * GraphQL twins of the moderation and member routes. Results are JSON: the same shapes as the REST
 * responses' `data`. Each resolver requires the same users-permissions action as its route, and the
 * use case checks the document with the permission rules.
 */
export function moderationGraphql(strapi: Core.Strapi, nexus) {
  const entryArgs = { type: nexus.nonNull(nexus.stringArg()), documentId: nexus.nonNull(nexus.idArg()) };
  const request = (context: Context, args: { type: string; documentId: string }) => ({ caller: callerOf(context), uid: entryUid(args.type), documentId: String(args.documentId) });
  const scope = scopeOf;

  return {
    types: [
      nexus.extendType({
        type: 'Query',
        definition(t) {
          t.field('memberEntries', { type: 'JSON', resolve: (_root, _args, context) => memberEntries(strapi, callerOf(context)) });
          t.field('memberEntry', { type: 'JSON', args: entryArgs, resolve: (_root, args, context) => compareEntry(strapi, callerOf(context), entryUid(args.type), String(args.documentId)) });
          t.field('memberWorkingGroups', { type: 'JSON', resolve: (_root, _args, context) => memberWorkingGroups(strapi, callerOf(context)) });
          t.field('moderationEntry', { type: 'JSON', args: entryArgs, resolve: (_root, args, context) => compareEntry(strapi, callerOf(context), entryUid(args.type), String(args.documentId)) });
          t.field('moderationQueue', { type: 'JSON', resolve: (_root, _args, context) => moderationQueue(strapi, callerOf(context)) });
          t.field('withdrawnEntries', { type: 'JSON', resolve: (_root, _args, context) => withdrawnEntries(strapi, callerOf(context)) });
          t.field('moderationLog', {
            type: 'JSON',
            args: { documentId: nexus.idArg(), limit: nexus.intArg() },
            resolve: (_root, args, context) => moderationLog(strapi, callerOf(context), { documentId: args.documentId ?? undefined, limit: args.limit ?? undefined }),
          });
        },
      }),
      nexus.extendType({
        type: 'Mutation',
        definition(t) {
          t.field('approveEntry', { type: 'JSON', args: { ...entryArgs, version: nexus.nonNull(nexus.stringArg()), comment: nexus.stringArg() }, resolve: (_root, args, context) => approve(strapi, { ...request(context, args), version: args.version, comment: args.comment ?? undefined }) });
          t.field('sendBackEntry', { type: 'JSON', args: { ...entryArgs, comment: nexus.nonNull(nexus.stringArg()) }, resolve: (_root, args, context) => sendBack(strapi, { ...request(context, args), comment: args.comment }) });
          t.field('approveTranslation', {
            type: 'JSON',
            args: { ...entryArgs, locale: nexus.nonNull(nexus.stringArg()), version: nexus.stringArg(), comment: nexus.stringArg() },
            resolve: (_root, args, context) => approveTranslation(strapi, { ...request(context, args), locale: args.locale, version: args.version ?? undefined, comment: args.comment ?? undefined }),
          });
          t.field('sendBackTranslation', {
            type: 'JSON',
            args: { ...entryArgs, locale: nexus.nonNull(nexus.stringArg()), version: nexus.stringArg(), comment: nexus.nonNull(nexus.stringArg()) },
            resolve: (_root, args, context) => sendBackTranslation(strapi, { ...request(context, args), locale: args.locale, version: args.version ?? undefined, comment: args.comment }),
          });
          t.field('withdrawEntry', { type: 'JSON', args: { ...entryArgs, comment: nexus.stringArg() }, resolve: (_root, args, context) => withdraw(strapi, { ...request(context, args), comment: args.comment ?? undefined }) });
          t.field('restoreEntry', { type: 'JSON', args: { ...entryArgs, comment: nexus.stringArg() }, resolve: (_root, args, context) => restore(strapi, { ...request(context, args), comment: args.comment ?? undefined }) });
          t.field('unpublishEntry', { type: 'JSON', args: { ...entryArgs, comment: nexus.stringArg() }, resolve: (_root, args, context) => unpublish(strapi, { ...request(context, args), comment: args.comment ?? undefined }) });
          t.field('confirmEntry', { type: 'JSON', args: entryArgs, resolve: (_root, args, context) => confirmCurrent(strapi, request(context, args)) });
          t.field('deleteEntryForGood', { type: 'JSON', args: { ...entryArgs, comment: nexus.stringArg() }, resolve: (_root, args, context) => deleteForGood(strapi, { ...request(context, args), comment: args.comment ?? undefined }) });
        },
      }),
    ],
    resolversConfig: {
      'Query.memberEntries': scope('api::member.member.entries'),
      'Query.memberEntry': scope('api::member.member.entry'),
      'Query.memberWorkingGroups': scope('api::member.member.workingGroups'),
      'Query.moderationEntry': scope('api::moderation.moderation.compare'),
      'Query.moderationQueue': scope('api::moderation.moderation.queue'),
      'Query.withdrawnEntries': scope('api::moderation.moderation.withdrawn'),
      'Query.moderationLog': scope('api::moderation.moderation.log'),
      'Mutation.approveEntry': scope('api::moderation.moderation.approve'),
      'Mutation.sendBackEntry': scope('api::moderation.moderation.sendBack'),
      'Mutation.approveTranslation': scope('api::moderation.moderation.approveTranslation'),
      'Mutation.sendBackTranslation': scope('api::moderation.moderation.sendBackTranslation'),
      'Mutation.withdrawEntry': scope('api::moderation.moderation.withdraw'),
      'Mutation.restoreEntry': scope('api::moderation.moderation.restore'),
      'Mutation.unpublishEntry': scope('api::moderation.moderation.unpublish'),
      'Mutation.confirmEntry': scope('api::moderation.moderation.confirm'),
      'Mutation.deleteEntryForGood': scope('api::moderation.moderation.remove'),
    },
  };
}
