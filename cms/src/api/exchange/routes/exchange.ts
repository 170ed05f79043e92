/**
 * The members' exchange board (src/exchange/): the only API of its posts and replies (they have no
 * core REST routes and no GraphQL). Who may call what: access/permissions.ts.
 */
export default {
  routes: [
    { method: 'GET', path: '/exchange/posts', handler: 'api::exchange.exchange.list' },
    { method: 'GET', path: '/exchange/options', handler: 'api::exchange.exchange.options' },
    { method: 'POST', path: '/exchange/posts', handler: 'api::exchange.exchange.create' },
    { method: 'GET', path: '/exchange/posts/:documentId', handler: 'api::exchange.exchange.show' },
    { method: 'PUT', path: '/exchange/posts/:documentId', handler: 'api::exchange.exchange.update' },
    { method: 'POST', path: '/exchange/posts/:documentId/replies', handler: 'api::exchange.exchange.reply' },
    { method: 'POST', path: '/exchange/posts/:documentId/hide', handler: 'api::exchange.exchange.hide' },
    { method: 'POST', path: '/exchange/posts/:documentId/unhide', handler: 'api::exchange.exchange.unhide' },
    { method: 'GET', path: '/exchange/mail-settings', handler: 'api::exchange.notifications.settings' },
    { method: 'PUT', path: '/exchange/mail-settings', handler: 'api::exchange.notifications.saveSettings' },
    // the unsubscribe link of a mail: GET shows, only POST changes (mail scanners follow links)
    { method: 'GET', path: '/exchange/unsubscribe', handler: 'api::exchange.notifications.preview' },
    { method: 'POST', path: '/exchange/unsubscribe', handler: 'api::exchange.notifications.unsubscribe' },
  ],
};
