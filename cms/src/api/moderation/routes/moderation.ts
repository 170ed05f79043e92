/**
 * Moderation actions. Strapi's REST and GraphQL have no approve/withdraw/restore actions, so these
 * are custom routes (with GraphQL twins in src/graphql/moderation.ts). Each route needs its
 * users-permissions action (access/permission-table.ts); the use case then checks the document
 * itself with the permission rules (own actor, office only).
 */
const entry = '/moderation/:type/:documentId';

export default {
  routes: [
    { method: 'GET', path: '/moderation/queue', handler: 'api::moderation.moderation.queue' },
    { method: 'GET', path: '/moderation/withdrawn', handler: 'api::moderation.moderation.withdrawn' },
    { method: 'GET', path: '/moderation/log', handler: 'api::moderation.moderation.log' },
    { method: 'GET', path: entry, handler: 'api::moderation.moderation.compare' },
    { method: 'POST', path: `${entry}/approve`, handler: 'api::moderation.moderation.approve' },
    { method: 'POST', path: `${entry}/send-back`, handler: 'api::moderation.moderation.sendBack' },
    { method: 'POST', path: `${entry}/translations/:locale/approve`, handler: 'api::moderation.moderation.approveTranslation' },
    { method: 'POST', path: `${entry}/translations/:locale/send-back`, handler: 'api::moderation.moderation.sendBackTranslation' },
    { method: 'POST', path: `${entry}/withdraw`, handler: 'api::moderation.moderation.withdraw' },
    { method: 'POST', path: `${entry}/restore`, handler: 'api::moderation.moderation.restore' },
    { method: 'POST', path: `${entry}/unpublish`, handler: 'api::moderation.moderation.unpublish' },
    { method: 'POST', path: `${entry}/confirm`, handler: 'api::moderation.moderation.confirm' },
    { method: 'DELETE', path: entry, handler: 'api::moderation.moderation.remove' },
  ],
};
