import { errors } from '@strapi/utils';
import { isOffice, type Caller } from './caller';
import { PUBLIC_QUERY_RULES } from './query-rules';
import { isMemberCreatable, isMemberEditable } from '../content/entry-types';

/**
 * The one list of named permissions. Every use case asks `authorize(caller, permission, target)`;
 * the users-permissions role table (permission-table.ts), the GraphQL scopes (`scopeOf`) and the
 * public read routes (from the query allow-list) are derived from it, so none of them is written
 * twice.
 *
 * - `roles`: the users-permissions roles whose API routes the permission opens.
 * - `routes`: the users-permissions actions (REST handlers; GraphQL twins use the same as scope).
 * - `rule`: for members, which rows: own organisation only, own working groups only. The office
 *   (and trusted server code) holds every permission on every row.
 */
export type RoleType = 'public' | 'authenticated' | 'member' | 'coordination';

/** What the rules need to know about the document in question. */
export type Target = {
  uid?: string;
  /** documentId of the actor that owns the document (the actor itself for actors). */
  ownerActorDocumentId?: string | null;
  /** documentIds of the actors that are members of a working group (internal documents). */
  workingGroupMemberActors?: string[];
};

type Rule = (caller: Caller, target: Target) => boolean;
type Permission = { roles: readonly RoleType[]; routes: readonly string[]; rule?: Rule };

const EVERYONE: RoleType[] = ['public', 'authenticated', 'member', 'coordination'];
const SIGNED_IN: RoleType[] = ['authenticated', 'member', 'coordination'];
const MEMBERS: RoleType[] = ['member', 'coordination'];
const OFFICE: RoleType[] = ['coordination'];

const actorOf = (caller: Caller) => (caller.kind === 'member' ? caller.actorDocumentId : null);
const isOrganisationMember: Rule = (caller) => Boolean(actorOf(caller));
const ownsEntry: Rule = (caller, target) =>
  Boolean(actorOf(caller)) && isMemberEditable(target.uid ?? '') && actorOf(caller) === target.ownerActorDocumentId;
const mayCreateEntry: Rule = (caller, target) => Boolean(actorOf(caller)) && isMemberCreatable(target.uid ?? '');
const belongsToWorkingGroup: Rule = (caller, target) => Boolean(actorOf(caller)) && (target.workingGroupMemberActors ?? []).includes(actorOf(caller)!);
const hasNetworkRole: Rule = (caller) => caller.kind === 'member';
const ownsExchangePost: Rule = (caller, target) => Boolean(actorOf(caller)) && actorOf(caller) === target.ownerActorDocumentId;

const routes = (uid: string, actions: string[]) => actions.map((action) => `${uid}.${action}`);
const OFFICE_MAINTAINED = ['actor', 'offering', 'event', 'working-group', 'news-article', 'page', 'topic', 'target-group', 'language', 'municipality'];

export const PERMISSIONS = {
  /** Published, public content: the types and what may be queried of them are the allow-list. */
  readPublished: {
    roles: EVERYONE,
    routes: [
      ...Object.keys(PUBLIC_QUERY_RULES).flatMap((uid) => routes(uid, uid === 'api::global.global' ? ['find'] : ['find', 'findOne'])),
      'plugin::i18n.locales.listLocales',
    ],
  },
  /** How long personal data is kept (the privacy page states it). */
  readRetentionPolicy: { roles: EVERYONE, routes: ['api::retention.retention.policy'] },
  /** How many current public offerings each topic has (counted by the database, content/offering-counts.ts). */
  readOfferingCounts: { roles: EVERYONE, routes: ['api::offering.counts.byTopic'] },
  /** The public lists' counts per facet value and the matching entries' positions (content/facet-counts.ts). */
  readListFacets: {
    roles: EVERYONE,
    routes: ['api::offering.counts.facets', 'api::offering.counts.positions', 'api::actor.counts.facets', 'api::actor.counts.positions'],
  },
  /** The published directory as CSV and JSON (open-data/datasets.ts names every column). */
  readOpenData: { roles: EVERYONE, routes: routes('api::open-data.open-data', ['metadata', 'export']) },
  /** The one-click link of a reminder mail: the signed token is the authorisation, no sign-in. */
  confirmByLink: { roles: EVERYONE, routes: routes('api::confirmation.confirmation', ['show', 'confirm']) },
  /**
   * Register for an event, and cancel with the signed link from the mail (registrations/). Open to
   * everyone at the route; members-only events refuse non-members in the use case.
   */
  registerForEvent: { roles: EVERYONE, routes: routes('api::event-registration.registration', ['status', 'register', 'show', 'cancel']) },
  /** Signing in and resetting a forgotten password; registration stays closed. */
  signIn: {
    roles: ['public'],
    routes: routes('plugin::users-permissions.auth', ['callback', 'forgotPassword', 'resetPassword']),
  },
  /** One's own account: who am I, change my password, sign out everywhere. */
  ownAccount: {
    roles: SIGNED_IN,
    routes: ['plugin::users-permissions.user.me', 'plugin::users-permissions.auth.changePassword', ...routes('api::session.session', ['current', 'signOut'])],
  },
  /** The site's session check answers only for accounts with a network role. */
  networkSession: { roles: SIGNED_IN, routes: [], rule: hasNetworkRole },
  /** Change an own entry (profile, offering, event): stored as a draft for review. */
  editEntry: { roles: MEMBERS, routes: routes('api::actor.actor', ['update']).concat(routes('api::offering.offering', ['update']), routes('api::event.event', ['update'])), rule: ownsEntry },
  /** Create an offering or event of one's own organisation (as a draft for review). */
  createEntry: { roles: MEMBERS, routes: [...routes('api::offering.offering', ['create']), ...routes('api::event.event', ['create'])], rule: mayCreateEntry },
  /** Read own entries with their drafts, comparison and history. */
  readOwnEntries: {
    roles: MEMBERS,
    routes: [...routes('api::member.member', ['entries', 'entry']), ...routes('api::moderation.moderation', ['compare', 'log'])],
    rule: ownsEntry,
  },
  withdrawEntry: { roles: MEMBERS, routes: ['api::moderation.moderation.withdraw'], rule: ownsEntry },
  confirmEntry: { roles: MEMBERS, routes: ['api::moderation.moderation.confirm'], rule: ownsEntry },
  /** An image (logo) for one's own entries, re-encoded by the CMS. */
  uploadImage: { roles: MEMBERS, routes: ['api::member.member.upload'], rule: ownsEntry },
  /** The working groups one's organisation belongs to. */
  readOwnWorkingGroups: { roles: MEMBERS, routes: ['api::member.member.workingGroups'], rule: isOrganisationMember },
  /** Internal documents of a working group: its member organisations and the office. */
  readInternalDocuments: { roles: MEMBERS, routes: ['api::working-group-document.files.download'], rule: belongsToWorkingGroup },
  /** The members' exchange board (Austausch): read posts and replies, post and reply for one's own organisation. */
  useExchange: { roles: MEMBERS, routes: routes('api::exchange.exchange', ['list', 'options', 'show', 'create', 'reply']), rule: isOrganisationMember },
  /** Change or close a post of one's own organisation (any of its accounts). */
  editOwnExchangePost: { roles: MEMBERS, routes: routes('api::exchange.exchange', ['update']), rule: ownsExchangePost },
  /** One's own choice of exchange mails: each post, a weekly digest or none. */
  chooseExchangeMails: { roles: MEMBERS, routes: routes('api::exchange.notifications', ['settings', 'saveSettings']) },
  /** The unsubscribe link of an exchange mail: its signed token names the account, no sign-in. */
  unsubscribeExchangeMails: { roles: EVERYONE, routes: routes('api::exchange.notifications', ['preview', 'unsubscribe']) },
  /** Hide (and show again) any post of the exchange board. */
  moderateExchange: { roles: OFFICE, routes: routes('api::exchange.exchange', ['hide', 'unhide']) },
  /** Approve, send back (an entry, or one translation of it), restore, unpublish, delete for good; the queue and withdrawn entries. */
  moderate: {
    roles: OFFICE,
    routes: [
      ...routes('api::moderation.moderation', ['queue', 'withdrawn', 'approve', 'sendBack', 'approveTranslation', 'sendBackTranslation', 'restore', 'unpublish', 'remove']),
      ...routes('api::moderation-entry.moderation-entry', ['find', 'findOne']),
    ],
  },
  /** Municipalities, working groups, news, pages, taxonomies, site settings, media. */
  maintainContent: {
    roles: OFFICE,
    routes: [
      ...OFFICE_MAINTAINED.flatMap((name) => routes(`api::${name}.${name}`, ['find', 'findOne', 'create', 'update', 'delete'])),
      'api::global.global.update',
      ...routes('plugin::upload.content-api', ['find', 'findOne', 'upload']),
    ],
  },
  manageInternalDocuments: {
    roles: OFFICE,
    routes: [...routes('api::working-group-document.working-group-document', ['find', 'findOne', 'update', 'delete']), 'api::working-group-document.files.upload'],
  },
  /** Reports and membership applications: write-only for the public, read and handled by the office. */
  handleSubmissions: {
    roles: OFFICE,
    routes: [
      ...['api::report.report', 'api::membership-application.membership-application'].flatMap((uid) => routes(uid, ['find', 'findOne', 'update', 'delete'])),
      ...routes('api::office.office', ['inbox', 'handle']),
    ],
  },
  /** Accept (unpublished actor + invitation) or decline (reason by mail) a membership application. */
  decideApplications: { roles: OFFICE, routes: routes('api::office.office', ['acceptApplication', 'declineApplication']) },
  /** "Send reminder now" on the stale list: one organisation's reminder mail with confirmation links. */
  sendReminders: { roles: OFFICE, routes: ['api::office.office.sendReminder'] },
  /** The stale list and the coverage matrix as CSV. */
  exportOfficeLists: { roles: OFFICE, routes: routes('api::office.office', ['exportStale', 'exportCoverage']) },
  /** The registrations of events: list, CSV export, a message to all registrants. */
  handleRegistrations: { roles: OFFICE, routes: routes('api::event-registration.registration', ['events', 'list', 'export', 'message']) },
  readTranslationOverview: { roles: OFFICE, routes: ['api::office.office.translations'] },
  /** The coverage matrix: current public offerings per municipality × topic. */
  readCoverage: { roles: OFFICE, routes: ['api::office.office.coverage'] },
  manageAccounts: {
    roles: OFFICE,
    routes: [...routes('api::account.account', ['list', 'invite', 'deactivate', 'activate']), ...routes('plugin::users-permissions.user', ['find', 'findOne'])],
  },
} as const satisfies Record<string, Permission>;

export type PermissionName = keyof typeof PERMISSIONS;

const roleOf = (caller: Caller): RoleType | null => {
  if (caller.kind === 'member') return 'member';
  if (caller.kind === 'coordination') return 'coordination';
  if (caller.kind === 'public') return caller.userId === undefined ? 'public' : 'authenticated';
  return null;
};

/** May this caller do this (to this row)? The office and trusted server code may do everything. */
export function authorize(caller: Caller, permission: PermissionName, target: Target = {}): boolean {
  if (isOffice(caller)) return true;
  const definition: Permission = PERMISSIONS[permission];
  const role = roleOf(caller);
  if (!role || !definition.roles.includes(role)) return false;
  return definition.rule ? definition.rule(caller, target) : true;
}

/** `authorize`, or the matching refusal: 401 for the public where signing in could help, else 403. */
export function requirePermission(caller: Caller, permission: PermissionName, target: Target = {}, message?: string): void {
  if (authorize(caller, permission, target)) return;
  if (caller.kind === 'public' && caller.userId === undefined && !(PERMISSIONS[permission].roles as readonly RoleType[]).includes('public')) {
    throw new errors.UnauthorizedError('Please sign in');
  }
  throw new errors.ForbiddenError(message ?? `Not allowed: ${permission}`);
}

/** The users-permissions actions of a role: the union of its permissions' routes. */
export function routesOfRole(role: RoleType): string[] {
  return [...new Set(Object.values(PERMISSIONS).flatMap((permission: Permission) => (permission.roles.includes(role) ? permission.routes : [])))];
}

/** The GraphQL scope of a twin of a REST route; refuses at start-up a route no permission lists. */
export function scopeOf(route: string) {
  if (!Object.values(PERMISSIONS).some((permission: Permission) => permission.routes.includes(route))) {
    throw new Error(`GraphQL scope ${route} is not in any permission (access/permissions.ts)`);
  }
  return { auth: { scope: [route] } };
}
