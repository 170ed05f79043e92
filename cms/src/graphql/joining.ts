import type { Core } from '@strapi/strapi';
import { callerFromContext, type Caller } from '../access/caller';
import { scopeOf } from '../access/permissions';
import { acceptApplication, declineApplication } from '../joining/applications';
import { sendReminderNow } from '../reminders/send';

type Context = { koaContext?: Parameters<typeof callerFromContext>[0] };
const callerOf = (context: Context): Caller => (context?.koaContext ? callerFromContext(context.koaContext) : { kind: 'public' });

/**
 * GraphQL twins of the office's application decisions and "send reminder now": the same use cases
 * (which check the caller), the same users-permissions actions as scope. The token tables have no
 * GraphQL at all (shadow CRUD off, src/index.ts).
 */
export function joiningGraphql(strapi: Core.Strapi, nexus) {
  return {
    types: [
      nexus.extendType({
        type: 'Mutation',
        definition(t) {
          t.field('acceptMembershipApplication', { type: 'JSON', args: { documentId: nexus.nonNull(nexus.idArg()) }, resolve: (_root, args, context) => acceptApplication(strapi, callerOf(context), String(args.documentId)) });
          t.field('declineMembershipApplication', {
            type: 'JSON',
            args: { documentId: nexus.nonNull(nexus.idArg()), reason: nexus.nonNull(nexus.stringArg()) },
            resolve: (_root, args, context) => declineApplication(strapi, callerOf(context), String(args.documentId), args.reason),
          });
          t.field('sendConfirmationReminder', { type: 'JSON', args: { actorDocumentId: nexus.nonNull(nexus.idArg()) }, resolve: (_root, args, context) => sendReminderNow(strapi, callerOf(context), String(args.actorDocumentId)) });
        },
      }),
    ],
    resolversConfig: {
      'Mutation.acceptMembershipApplication': scopeOf('api::office.office.acceptApplication'),
      'Mutation.declineMembershipApplication': scopeOf('api::office.office.declineApplication'),
      'Mutation.sendConfirmationReminder': scopeOf('api::office.office.sendReminder'),
    },
  };
}
