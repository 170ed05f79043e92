import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/access/caller';
import { authorize, PERMISSIONS, requirePermission, routesOfRole, scopeOf, type PermissionName } from '../../src/access/permissions';
import { ROLE_DEFINITIONS } from '../../src/access/permission-table';
import { ACTOR_UID, EVENT_UID, OFFERING_UID } from '../../src/content/entry-types';

/** The rules of the named permissions, without Strapi: who may do what to which row. */
const KVHS = 'actor-kvhs';
const DRK = 'actor-drk';
const callers: Record<string, Caller> = {
  public: { kind: 'public' },
  authenticated: { kind: 'public', userId: 7 },
  kvhs: { kind: 'member', userId: 1, actorDocumentId: KVHS },
  orphan: { kind: 'member', userId: 2, actorDocumentId: null },
  office: { kind: 'coordination', userId: 3 },
  system: { kind: 'system' },
};

describe('authorize', () => {
  it('lets a member change, withdraw, confirm and read only its own entries', () => {
    for (const permission of ['editEntry', 'withdrawEntry', 'confirmEntry', 'readOwnEntries', 'uploadImage'] as PermissionName[]) {
      for (const uid of [ACTOR_UID, OFFERING_UID, EVENT_UID]) {
        expect(authorize(callers.kvhs, permission, { uid, ownerActorDocumentId: KVHS }), `${permission} own ${uid}`).toBe(true);
        expect(authorize(callers.kvhs, permission, { uid, ownerActorDocumentId: DRK }), `${permission} foreign ${uid}`).toBe(false);
        expect(authorize(callers.kvhs, permission, { uid, ownerActorDocumentId: null }), `${permission} unowned ${uid}`).toBe(false);
        expect(authorize(callers.orphan, permission, { uid, ownerActorDocumentId: null }), `${permission} without organisation`).toBe(false);
        expect(authorize(callers.public, permission, { uid, ownerActorDocumentId: KVHS })).toBe(false);
        expect(authorize(callers.authenticated, permission, { uid, ownerActorDocumentId: KVHS })).toBe(false);
      }
    }
    expect(authorize(callers.kvhs, 'editEntry', { uid: 'api::municipality.municipality', ownerActorDocumentId: KVHS })).toBe(false);
  });

  it('lets a member create offerings and events, never actors', () => {
    expect(authorize(callers.kvhs, 'createEntry', { uid: OFFERING_UID })).toBe(true);
    expect(authorize(callers.kvhs, 'createEntry', { uid: EVENT_UID })).toBe(true);
    expect(authorize(callers.kvhs, 'createEntry', { uid: ACTOR_UID })).toBe(false);
    expect(authorize(callers.orphan, 'createEntry', { uid: OFFERING_UID })).toBe(false);
  });

  it('opens internal documents to member organisations of the working group only', () => {
    expect(authorize(callers.kvhs, 'readInternalDocuments', { workingGroupMemberActors: [DRK, KVHS] })).toBe(true);
    expect(authorize(callers.kvhs, 'readInternalDocuments', { workingGroupMemberActors: [DRK] })).toBe(false);
    expect(authorize(callers.orphan, 'readInternalDocuments', { workingGroupMemberActors: [DRK] })).toBe(false);
    expect(authorize(callers.public, 'readInternalDocuments', { workingGroupMemberActors: [KVHS] })).toBe(false);
  });

  it('keeps moderation, accounts, submissions and content maintenance for the office', () => {
    for (const permission of ['moderate', 'manageAccounts', 'handleSubmissions', 'maintainContent', 'manageInternalDocuments', 'readTranslationOverview', 'readCoverage', 'decideApplications', 'sendReminders', 'exportOfficeLists', 'handleRegistrations'] as PermissionName[]) {
      expect(authorize(callers.kvhs, permission, { uid: OFFERING_UID, ownerActorDocumentId: KVHS }), permission).toBe(false);
      expect(authorize(callers.authenticated, permission), permission).toBe(false);
      expect(authorize(callers.public, permission), permission).toBe(false);
      expect(authorize(callers.office, permission), permission).toBe(true);
      expect(authorize(callers.system, permission), permission).toBe(true);
    }
  });

  it('answers 401 to the anonymous where signing in could help, 403 otherwise', () => {
    expect(() => requirePermission(callers.public, 'moderate')).toThrow(/sign in/);
    expect(() => requirePermission(callers.kvhs, 'moderate', {}, 'office only')).toThrow('office only');
    expect(() => requirePermission(callers.office, 'moderate')).not.toThrow();
  });

  it('opens the public offering counts to everyone', () => {
    for (const caller of Object.values(callers)) expect(authorize(caller, 'readOfferingCounts')).toBe(true);
  });

  it('opens the public lists\' facet counts and positions to everyone', () => {
    for (const caller of Object.values(callers)) expect(authorize(caller, 'readListFacets')).toBe(true);
  });

  it('gives a network session only to members and the office', () => {
    expect(authorize(callers.kvhs, 'networkSession')).toBe(true);
    expect(authorize(callers.office, 'networkSession')).toBe(true);
    expect(authorize(callers.authenticated, 'networkSession')).toBe(false);
  });
});

describe('derived role table and scopes', () => {
  it('gives every role exactly the routes of its permissions', () => {
    for (const [role, definition] of Object.entries(ROLE_DEFINITIONS)) {
      expect(new Set(definition.actions)).toEqual(new Set(routesOfRole(role as keyof typeof ROLE_DEFINITIONS)));
    }
    expect(ROLE_DEFINITIONS.public.actions).not.toContain('plugin::users-permissions.auth.register');
    expect(ROLE_DEFINITIONS.public.actions.filter((action) => !action.endsWith('.find') && !action.endsWith('.findOne'))).toEqual([
      'plugin::i18n.locales.listLocales',
      'api::retention.retention.policy',
      'api::offering.counts.byTopic',
      'api::offering.counts.facets',
      'api::offering.counts.positions',
      'api::actor.counts.facets',
      'api::actor.counts.positions',
      'api::open-data.open-data.metadata',
      'api::open-data.open-data.export',
      'api::confirmation.confirmation.show',
      'api::confirmation.confirmation.confirm',
      'api::event-registration.registration.status',
      'api::event-registration.registration.register',
      'api::event-registration.registration.show',
      'api::event-registration.registration.cancel',
      'plugin::users-permissions.auth.callback',
      'plugin::users-permissions.auth.forgotPassword',
      'plugin::users-permissions.auth.resetPassword',
      'api::exchange.notifications.preview',
      'api::exchange.notifications.unsubscribe',
    ]);
    expect(ROLE_DEFINITIONS.member.actions).not.toContain('api::moderation.moderation.approve');
    expect(ROLE_DEFINITIONS.coordination.actions).toContain('api::moderation.moderation.approve');
  });

  it('refuses a GraphQL scope that no permission lists', () => {
    expect(scopeOf('api::moderation.moderation.approve')).toEqual({ auth: { scope: ['api::moderation.moderation.approve'] } });
    expect(() => scopeOf('api::moderation.moderation.approveEverything')).toThrow(/not in any permission/);
  });

  it('names no route twice within one permission', () => {
    for (const [name, permission] of Object.entries(PERMISSIONS)) expect(new Set(permission.routes).size, name).toBe(permission.routes.length);
  });
});
