/**
 * Which users-permissions actions each role has. Bootstrap makes the database match this table
 * exactly on every start, so permissions are code (reviewed, tested), not clicks in the admin panel.
 * Row-level rules (own actor only, drafts only, published only) live in access/ and apply on top.
 */
const READ_PUBLIC = [
  'api::actor.actor.find',
  'api::actor.actor.findOne',
  'api::offering.offering.find',
  'api::offering.offering.findOne',
  'api::municipality.municipality.find',
  'api::municipality.municipality.findOne',
  'api::working-group.working-group.find',
  'api::working-group.working-group.findOne',
  'api::event.event.find',
  'api::event.event.findOne',
  'api::news-article.news-article.find',
  'api::news-article.news-article.findOne',
  'api::page.page.find',
  'api::page.page.findOne',
  'api::topic.topic.find',
  'api::topic.topic.findOne',
  'api::target-group.target-group.find',
  'api::target-group.target-group.findOne',
  'api::language.language.find',
  'api::language.language.findOne',
  'api::global.global.find',
  'plugin::i18n.locales.listLocales',
];

/** Signing in and resetting a forgotten password; registration stays closed. */
const SIGN_IN = [
  'plugin::users-permissions.auth.callback',
  'plugin::users-permissions.auth.forgotPassword',
  'plugin::users-permissions.auth.resetPassword',
];

const SIGNED_IN = [
  'plugin::users-permissions.user.me',
  'plugin::users-permissions.auth.changePassword',
  'api::session.session.current',
  'api::session.session.signOut',
];

const READ_SUBMISSIONS = [
  'api::report.report.find',
  'api::report.report.findOne',
  'api::report.report.update',
  'api::membership-application.membership-application.find',
  'api::membership-application.membership-application.findOne',
  'api::membership-application.membership-application.update',
];

/** A member organisation edits its own entries (the write guard keeps it to its own, as drafts). */
const MEMBER_WRITES = [
  'api::actor.actor.update',
  'api::offering.offering.create',
  'api::offering.offering.update',
  'api::event.event.create',
  'api::event.event.update',
  'api::moderation.moderation.log',
  'api::moderation.moderation.compare',
  'api::moderation.moderation.withdraw',
  'api::moderation.moderation.confirm',
  'api::member.member.entries',
  'api::member.member.entry',
  'api::member.member.workingGroups',
  'api::member.member.upload',
  'api::working-group-document.files.download',
];

const crud = (uid: string) => ['find', 'findOne', 'create', 'update', 'delete'].map((action) => `${uid}.${action}`);

/** The office reads and writes everything and moderates. */
const OFFICE = [
  ...['actor', 'offering', 'event', 'working-group', 'news-article', 'page', 'topic', 'target-group', 'language', 'municipality'].flatMap((name) => crud(`api::${name}.${name}`)),
  'api::global.global.update',
  'api::report.report.delete',
  'api::membership-application.membership-application.delete',
  'api::moderation-entry.moderation-entry.find',
  'api::moderation-entry.moderation-entry.findOne',
  'api::working-group-document.working-group-document.find',
  'api::working-group-document.working-group-document.findOne',
  'api::working-group-document.working-group-document.update',
  'api::working-group-document.working-group-document.delete',
  'api::working-group-document.files.upload',
  'api::working-group-document.files.download',
  ...['queue', 'withdrawn', 'log', 'compare', 'approve', 'sendBack', 'withdraw', 'restore', 'unpublish', 'confirm', 'remove'].map((action) => `api::moderation.moderation.${action}`),
  ...['list', 'invite', 'deactivate', 'activate'].map((action) => `api::account.account.${action}`),
  ...['inbox', 'handle', 'translations'].map((action) => `api::office.office.${action}`),
  'plugin::users-permissions.user.find',
  'plugin::users-permissions.user.findOne',
  'plugin::upload.content-api.find',
  'plugin::upload.content-api.findOne',
  'plugin::upload.content-api.upload',
];

export const ROLE_DEFINITIONS = {
  public: { name: 'Public', description: 'Anonymous visitors of the site', actions: [...READ_PUBLIC, ...SIGN_IN] },
  authenticated: {
    name: 'Authenticated',
    description: 'Signed-in users without a network role (no extra rights)',
    actions: [...READ_PUBLIC, ...SIGNED_IN],
  },
  member: {
    name: 'Member organisation',
    description: 'Staff of one member organisation (actor): edits its own entries as drafts',
    actions: [...READ_PUBLIC, ...SIGNED_IN, ...MEMBER_WRITES],
  },
  coordination: {
    name: 'Coordination office',
    description: 'Koordinierungsstelle für Migration: moderates and maintains the network',
    actions: [...new Set([...READ_PUBLIC, ...SIGNED_IN, ...READ_SUBMISSIONS, ...OFFICE])],
  },
} as const satisfies Record<string, { name: string; description: string; actions: readonly string[] }>;

export type RoleType = keyof typeof ROLE_DEFINITIONS;
