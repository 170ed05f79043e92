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

const SIGNED_IN = ['plugin::users-permissions.user.me', 'plugin::users-permissions.auth.changePassword'];

const READ_SUBMISSIONS = [
  'api::report.report.find',
  'api::report.report.findOne',
  'api::report.report.update',
  'api::membership-application.membership-application.find',
  'api::membership-application.membership-application.findOne',
  'api::membership-application.membership-application.update',
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
    actions: [...READ_PUBLIC, ...SIGNED_IN],
  },
  coordination: {
    name: 'Coordination office',
    description: 'Koordinierungsstelle für Migration: moderates and maintains the network',
    actions: [...READ_PUBLIC, ...SIGNED_IN, ...READ_SUBMISSIONS],
  },
} as const satisfies Record<string, { name: string; description: string; actions: readonly string[] }>;

export type RoleType = keyof typeof ROLE_DEFINITIONS;
