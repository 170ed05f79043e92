import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { callerFromContext, isOffice } from '../access/caller';
import { createQueryGuard } from '../access/query-guard';
import { refuseProtected } from '../access/write-guard';
import { OWNER_FIELD } from '../moderation/entries';
import { ACTOR_UID, EVENT_UID, OFFERING_UID } from '../content/entry-types';
import { takeToken } from '../rate-limits/limiters';
import { checkOperation, contentTypeFields } from './operation-check';

/** Users-permissions' own limit covers its REST routes only; the GraphQL twins get the same bucket size. */
const AUTH_MUTATIONS = new Set(['login', 'forgotPassword', 'resetPassword', 'changePassword', 'emailConfirmation']);

/** Generic mutations of member-editable types, with the field naming their owner. */
const MEMBER_MUTATIONS: Record<string, string | null> = Object.fromEntries(
  [ACTOR_UID, OFFERING_UID, EVENT_UID].flatMap((uid) => {
    const name = uid === ACTOR_UID ? 'Actor' : uid === OFFERING_UID ? 'Offering' : 'Event';
    return [[`create${name}`, OWNER_FIELD[uid]], [`update${name}`, OWNER_FIELD[uid]]];
  }),
);

type GraphQLContext = { koaContext?: Parameters<typeof callerFromContext>[0] };

/** A GraphQL request always has a Koa context; without one, trust nothing. */
const mayReadUnpublished = (context: GraphQLContext) =>
  Boolean(context?.koaContext) && isOffice(callerFromContext(context.koaContext));

/**
 * Nexus plugin applied to every field of the schema. Root fields refuse publication selectors from
 * non-office callers before anything runs (nested relations inherit the root's status, so a
 * non-draft root such as `municipalities(status: DRAFT)` would otherwise leak drafts below it).
 * Association fields filter and sort only by what the allow-list names and return only published,
 * public rows (no drafts, no internal events, no withdrawn entries) to non-office callers.
 */
export function publicationGuardPlugin(strapi: Core.Strapi, nexus) {
  let fields: ReturnType<typeof contentTypeFields> | undefined;
  const queries = createQueryGuard(strapi);
  return nexus.plugin({
    name: 'publicationGuard',
    onCreateFieldResolver(config) {
      const parent = config.parentTypeConfig.name;
      const key = `${parent}.${config.fieldConfig.name}`;
      if (key === 'Mutation.register') {
        // Strapi answers a closed registration with a generic application error; say FORBIDDEN.
        return () => {
          throw new errors.ForbiddenError('Registration is closed: accounts are created by the coordination office');
        };
      }
      if (parent === 'Query' || parent === 'Mutation') {
        return async (root, args, context: GraphQLContext, info, next) => {
          if (parent === 'Mutation' && AUTH_MUTATIONS.has(config.fieldConfig.name)) {
            const client = (context.koaContext as { request?: { ip?: string } })?.request?.ip ?? 'unknown';
            const retryAfter = await takeToken('auth', `graphql:${client}`);
            if (retryAfter > 0) throw new errors.RateLimitError('Zu viele Anmeldeversuche. Bitte später erneut versuchen.', { retryAfter });
          }
          if (!mayReadUnpublished(context)) {
            fields ??= contentTypeFields(strapi);
            checkOperation(info, fields, queries);
            // Strapi's input sanitising would silently drop private fields (member accounts, review
            // state); refuse such a request instead of saving the rest of it.
            const fieldName = config.fieldConfig.name;
            if (parent === 'Mutation' && fieldName in MEMBER_MUTATIONS && args.data && typeof args.data === 'object') {
              const caller = callerFromContext(context.koaContext);
              refuseProtected(args.data, MEMBER_MUTATIONS[fieldName], caller.kind === 'member' ? caller.actorDocumentId : null);
            }
          }
          return next(root, args, context, info);
        };
      }
      fields ??= contentTypeFields(strapi);
      const target = fields.associations.get(key);
      if (!target) return undefined;
      return (root, args, context: GraphQLContext, info, next) => {
        if (mayReadUnpublished(context)) return next(root, args, context, info);
        // Association fields load through the database layer, past the document guard: the same
        // allow-list applies here, and only the target's published, public rows are reachable.
        if (args.sort !== undefined) queries.sort(target, args.sort);
        return next(root, { ...args, filters: queries.filters(target, args.filters, 'graphql') }, context, info);
      };
    },
  });
}
