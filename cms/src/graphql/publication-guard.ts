import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { Kind, valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { callerFromContext, isOffice } from '../access/caller';
import { findForbiddenFilter, PUBLICATION_ARGUMENTS } from '../access/publication-selectors';
import { PUBLIC_CONDITIONS_GRAPHQL } from '../access/public-visibility';
import { refuseProtected } from '../access/write-guard';
import { OWNER_FIELD } from '../moderation/entries';
import { ACTOR_UID, EVENT_UID, OFFERING_UID } from '../access/rules';
import { takeToken } from '../submissions/rate-limit';

/** Users-permissions' own limit covers its REST routes only; the GraphQL twins get the same bucket size. */
const AUTH_MUTATIONS = new Set(['login', 'forgotPassword', 'resetPassword', 'changePassword', 'emailConfirmation']);

/** Generic mutations of member-editable types, with the field naming their owner. */
const MEMBER_MUTATIONS: Record<string, string | null> = Object.fromEntries(
  [ACTOR_UID, OFFERING_UID, EVENT_UID].flatMap((uid) => {
    const name = uid === ACTOR_UID ? 'Actor' : uid === OFFERING_UID ? 'Offering' : 'Event';
    return [[`create${name}`, OWNER_FIELD[uid]], [`update${name}`, OWNER_FIELD[uid]]];
  }),
);

const PUBLICATION_ARGUMENT_NAMES = new Set(PUBLICATION_ARGUMENTS);

/**
 * Walks every field of a root query or mutation (nested relations included, fragments resolved)
 * and returns the first argument that asks for unpublished versions, or null.
 */
export function findForbiddenArgument(info: GraphQLResolveInfo): string | null {
  const seenFragments = new Set<string>();
  const visitField = (field: FieldNode, path: string): string | null => {
    const here = `${path}${field.alias?.value ?? field.name.value}`;
    for (const argument of field.arguments ?? []) {
      const name = argument.name.value;
      const value = valueFromASTUntyped(argument.value, info.variableValues);
      if (value === null || value === undefined) continue;
      if (name === 'status' && String(value).toLowerCase() !== 'published') return `${here}(status)`;
      if (PUBLICATION_ARGUMENT_NAMES.has(name)) return `${here}(${name})`;
      if (name === 'filters') {
        const found = findForbiddenFilter(value, `${here}(filters)`);
        if (found) return found;
      }
    }
    return field.selectionSet ? visitSelections(field.selectionSet, `${here}.`) : null;
  };
  const visitSelections = (set: SelectionSetNode, path: string): string | null => {
    for (const selection of set.selections) {
      let found: string | null = null;
      if (selection.kind === Kind.FIELD) found = visitField(selection, path);
      else if (selection.kind === Kind.INLINE_FRAGMENT) found = visitSelections(selection.selectionSet, path);
      else if (selection.kind === Kind.FRAGMENT_SPREAD && !seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) found = visitSelections(fragment.selectionSet, path);
      }
      if (found) return found;
    }
    return null;
  };
  for (const field of info.fieldNodes) {
    const found = visitField(field, '');
    if (found) return found;
  }
  return null;
}

type GraphQLContext = { koaContext?: Parameters<typeof callerFromContext>[0] };

/** A GraphQL request always has a Koa context; without one, trust nothing. */
const mayReadUnpublished = (context: GraphQLContext) =>
  Boolean(context?.koaContext) && isOffice(callerFromContext(context.koaContext));

/** "Actor.events" style keys of association fields, mapped to the public conditions of their target. */
function guardedAssociationFields(strapi: Core.Strapi): Map<string, Record<string, unknown>> {
  const naming = strapi.plugin('graphql').service('utils').naming;
  const fields = new Map<string, Record<string, unknown>>();
  for (const contentType of Object.values(strapi.contentTypes)) {
    if (!contentType.uid.startsWith('api::')) continue;
    for (const [name, attribute] of Object.entries(contentType.attributes)) {
      const conditions = PUBLIC_CONDITIONS_GRAPHQL[(attribute as { target?: string }).target ?? ''];
      if (!conditions) continue;
      const typeName = naming.getTypeName(contentType);
      fields.set(`${typeName}.${name}`, conditions);
      fields.set(`${typeName}.${name}_connection`, conditions);
    }
  }
  return fields;
}

/**
 * Nexus plugin applied to every field of the schema. Root fields refuse publication selectors from
 * non-office callers before anything runs (nested relations inherit the root's status, so a
 * non-draft root such as `municipalities(status: DRAFT)` would otherwise leak drafts below it).
 * Association fields that reach events, offerings or actors return only what is public (no internal
 * events, no withdrawn entries) to non-office callers.
 */
export function publicationGuardPlugin(strapi: Core.Strapi, nexus) {
  let guardedFields: Map<string, Record<string, unknown>> | undefined;
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
        return (root, args, context: GraphQLContext, info, next) => {
          if (parent === 'Mutation' && AUTH_MUTATIONS.has(config.fieldConfig.name)) {
            const retryAfter = takeToken('auth', (context.koaContext as { request?: { ip?: string } })?.request?.ip ?? 'unknown');
            if (retryAfter > 0) throw new errors.RateLimitError('Zu viele Anmeldeversuche. Bitte später erneut versuchen.', { retryAfter });
          }
          if (!mayReadUnpublished(context)) {
            const forbidden = findForbiddenArgument(info);
            if (forbidden) throw new errors.ForbiddenError(`Refused: ${forbidden} (drafts, publication state and internal events are for the coordination office only)`);
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
      guardedFields ??= guardedAssociationFields(strapi);
      const publicOnly = guardedFields.get(key);
      if (!publicOnly) return undefined;
      return (root, args, context: GraphQLContext, info, next) => {
        if (mayReadUnpublished(context)) return next(root, args, context, info);
        const filters = args.filters && Object.keys(args.filters).length > 0 ? { and: [args.filters, publicOnly] } : publicOnly;
        return next(root, { ...args, filters }, context, info);
      };
    },
  });
}
