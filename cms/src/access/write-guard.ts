import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentCaller, type Caller } from './caller';
import { authorize } from './permissions';
import { isMemberEditable } from '../content/entry-types';
import { loadVersions, OWNER_FIELD, ownerOf } from '../moderation/entries';
import { afterMemberWrite, afterAdminWrite } from '../moderation/submit';

/** Fields only the office (or the server itself) sets: ownership, slugs, review and publication state. */
const PROTECTED_FIELDS = new Set([
  'id', 'documentId', 'slug', 'publishedAt', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'locale', 'localizations',
  'reviewState', 'reviewComment', 'submittedAt', 'reviewedAt', 'withdrawnAt', 'lastConfirmedAt', 'textChangedAt',
  'memberAccounts', 'offerings', 'events', 'workingGroups', 'workingGroup',
]);

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

const isPresent = (value: unknown) => value !== undefined;

/** Validates draft data with the rules of a publication (Strapi skips required/regex checks on drafts). */
async function validateAsPublication(strapi: Core.Strapi, uid: string, data: Record<string, unknown>, action: 'create' | 'update') {
  const model = strapi.getModel(uid as UID.ContentType);
  // Relations and media are checked by Strapi itself; validate the fields and components here.
  const plain = Object.fromEntries(Object.entries(data).filter(([name]) => !['relation', 'media'].includes((model.attributes[name] as { type?: string })?.type ?? '')));
  const validator = strapi.entityValidator;
  if (action === 'create') await validator.validateEntityCreation(model, plain as never, { isDraft: false });
  else await validator.validateEntityUpdate(model, plain as never, { isDraft: false }, undefined);
}

export function refuseProtected(data: Record<string, unknown>, ownerField: string | null, ownActor: string | null) {
  for (const [field, value] of Object.entries(data)) {
    if (!isPresent(value)) continue;
    if (field === ownerField) {
      const requested = typeof value === 'string' ? value : (value as { documentId?: string })?.documentId ?? JSON.stringify(value);
      if (requested !== ownActor) throw new errors.ForbiddenError(`${field}: an entry always belongs to your own organisation`);
      continue;
    }
    if (PROTECTED_FIELDS.has(field)) throw new errors.ForbiddenError(`${field} cannot be set by a member organisation`);
  }
}

/**
 * Document-service middleware for every write, whatever API it came through (REST, GraphQL, custom
 * code running in a request). Members write only their own actor's entries, only as drafts, only
 * the fields they may, validated like a publication; the public writes nothing here (its
 * submissions run as the system after their own validation).
 */
export function registerWriteGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (!context.uid.startsWith('api::') || !WRITE_ACTIONS.has(context.action)) return next();
    const caller: Caller = currentCaller(strapi);
    if (caller.kind === 'system' || caller.kind === 'coordination') return next();
    if (caller.kind === 'admin') {
      const result = await next();
      await afterAdminWrite(strapi, context.uid, context.action, context.params as Record<string, unknown>, result);
      return result;
    }
    if (caller.kind !== 'member' || !isMemberEditable(context.uid) || (context.action !== 'create' && context.action !== 'update')) {
      throw new errors.ForbiddenError('Not allowed: member organisations change their own profile, offerings and events as drafts; the coordination office publishes');
    }

    const params = context.params as { data?: Record<string, unknown>; documentId?: string; status?: string };
    const data = params.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new errors.ValidationError('No data to save');
    const ownerField = OWNER_FIELD[context.uid];
    const ownActor = caller.actorDocumentId;

    if (context.action === 'update') {
      if (!params.documentId) throw new errors.ValidationError('documentId is required');
      const owner = await ownerOf(strapi, context.uid, params.documentId);
      if (!authorize(caller, 'editEntry', { uid: context.uid, ownerActorDocumentId: owner })) {
        throw new errors.ForbiddenError('This entry belongs to another organisation');
      }
    } else if (!authorize(caller, 'createEntry', { uid: context.uid, ownerActorDocumentId: ownActor })) {
      throw new errors.ForbiddenError('Member organisations create offerings and events of their own organisation only');
    }

    refuseProtected(data, ownerField, ownActor);
    if (context.action === 'create' && ownerField) data[ownerField] = ownActor;
    await validateAsPublication(strapi, context.uid, data, context.action);

    // Whatever the request asked for (REST and GraphQL publish by default): a draft waiting for review.
    params.status = 'draft';
    data.reviewState = 'submitted';
    data.submittedAt = new Date().toISOString();
    data.reviewComment = null;
    // the version before this write, so the log can say what the member changed
    const before = context.action === 'update' ? await loadVersions(strapi, context.uid, params.documentId!).catch(() => null) : null;
    const result = await next();
    const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId!;
    await afterMemberWrite(strapi, caller, context.uid, documentId, context.action === 'create', before ? (before.draft ?? before.published) : null);
    return result;
  });
}
