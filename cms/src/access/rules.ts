import { isOffice, type Caller } from './caller';

/**
 * The one place that answers "may this caller do this to this document". Used by the REST route
 * policies, the GraphQL resolver config and the document-service middlewares alike. Each rule is a
 * small named predicate (after integreat-cms' rules.py).
 */
export type Action =
  | 'read'
  | 'readDraft'
  | 'create'
  | 'update'
  | 'withdraw'
  | 'restore'
  | 'delete'
  | 'publish'
  | 'approve'
  | 'sendBack'
  | 'confirm'
  | 'submit'
  | 'upload'
  | 'readModerationLog'
  | 'readInternalDocuments'
  | 'manageAccounts';

export const ACTOR_UID = 'api::actor.actor';
export const OFFERING_UID = 'api::offering.offering';
export const EVENT_UID = 'api::event.event';

/** Content a member organisation keeps itself: its profile, its offerings, its events. */
export const MEMBER_EDITABLE = new Set<string>([ACTOR_UID, OFFERING_UID, EVENT_UID]);
/** A member may create offerings and events of its own actor, but not new actors. */
const MEMBER_CREATABLE = new Set<string>([OFFERING_UID, EVENT_UID]);

/** What the rules need to know about the document in question. */
export type Target = {
  uid: string;
  /** documentId of the actor that owns the document (the actor itself for actors); null for new or unowned. */
  ownerActorDocumentId?: string | null;
  /** actor documentIds that are members of the working group (internal documents). */
  workingGroupMemberActors?: string[];
};

/** Office-level trust (system, admin panel, coordination office): the one predicate in caller.ts. */

export const isMemberOf = (caller: Caller, actorDocumentId: string | null | undefined) =>
  caller.kind === 'member' && Boolean(caller.actorDocumentId) && caller.actorDocumentId === actorDocumentId;

export const ownsTarget = (caller: Caller, target: Target) => isMemberOf(caller, target.ownerActorDocumentId);

export const isInWorkingGroup = (caller: Caller, target: Target) =>
  caller.kind === 'member' && Boolean(caller.actorDocumentId) && (target.workingGroupMemberActors ?? []).includes(caller.actorDocumentId!);

export function may(caller: Caller, action: Action, target: Target): boolean {
  if (isOffice(caller)) return true;
  switch (action) {
    case 'read':
      return true;
    case 'readDraft':
    case 'readModerationLog':
    case 'update':
    case 'withdraw':
    case 'confirm':
    case 'submit':
    case 'upload':
      return MEMBER_EDITABLE.has(target.uid) && ownsTarget(caller, target);
    case 'create':
      // A new offering or event of one's own actor (the owner is set by the server).
      return MEMBER_CREATABLE.has(target.uid) && caller.kind === 'member' && Boolean(caller.actorDocumentId);
    case 'readInternalDocuments':
      return isInWorkingGroup(caller, target);
    default:
      // restore, delete, publish, approve, sendBack, manageAccounts: the office only.
      return false;
  }
}
