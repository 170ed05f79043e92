/** A member organisation's own entries, drafts included, scoped to its actor (GraphQL twins in src/graphql/moderation.ts). */
export default {
  routes: [
    { method: 'GET', path: '/member/entries', handler: 'api::member.member.entries' },
    { method: 'GET', path: '/member/entries/:type/:documentId', handler: 'api::member.member.entry' },
    { method: 'GET', path: '/member/working-groups', handler: 'api::member.member.workingGroups' },
    { method: 'POST', path: '/member/uploads', handler: 'api::member.member.upload' },
  ],
};
