/**
 * The one registry of the entries member organisations keep and the office moderates. The write
 * guard, the read guard, the translation clock and moderation all read it, so a new entry type (or a
 * changed rule) is one line here, not an edit in every module.
 *
 * - `ownerField`: the relation naming the owning actor (an actor owns itself).
 * - `titleField`: what the moderation log and mails call the entry.
 * - `publicWhen`: published is not always public: the conditions a published row must also meet to
 *   be shown to non-office callers (withdrawn entries have left the site; internal events are for
 *   the working group and the office). Written as field → required value (null: not set).
 * - `translations`: the component holding the entry's translations beside the German text.
 * - `memberCreates`: whether a member organisation may create new entries of the type.
 */
export const ACTOR_UID = 'api::actor.actor';
export const OFFERING_UID = 'api::offering.offering';
export const EVENT_UID = 'api::event.event';

type EntryType = {
  uid: string;
  ownerField: string | null;
  titleField: string;
  publicWhen: Record<string, string | null>;
  translations: string;
  memberCreates: boolean;
};

export const ENTRY_TYPES = {
  actor: { uid: ACTOR_UID, ownerField: null, titleField: 'name', publicWhen: { withdrawnAt: null }, translations: 'translation.actor', memberCreates: false },
  offering: { uid: OFFERING_UID, ownerField: 'actor', titleField: 'title', publicWhen: { withdrawnAt: null }, translations: 'translation.offering', memberCreates: true },
  event: { uid: EVENT_UID, ownerField: 'organiser', titleField: 'title', publicWhen: { visibility: 'public', withdrawnAt: null }, translations: 'translation.event', memberCreates: true },
} as const satisfies Record<string, EntryType>;

export type EntryTypeName = keyof typeof ENTRY_TYPES;

const byUid = new Map<string, EntryType>(Object.values(ENTRY_TYPES).map((entry) => [entry.uid, entry]));

/** The registry entry of a content type, or undefined for types that are not member entries. */
export const entryTypeByUid = (uid: string): EntryType | undefined => byUid.get(uid);

/** Types a member organisation edits (its own profile, offerings and events). */
export const isMemberEditable = (uid: string) => byUid.has(uid);

/** Types a member organisation may create entries of. */
export const isMemberCreatable = (uid: string) => Boolean(byUid.get(uid)?.memberCreates);
