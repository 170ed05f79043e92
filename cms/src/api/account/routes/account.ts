/** Accounts are created and deactivated by the coordination office; public registration is closed. */
export default {
  routes: [
    { method: 'GET', path: '/accounts', handler: 'api::account.account.list' },
    { method: 'POST', path: '/accounts', handler: 'api::account.account.invite' },
    { method: 'POST', path: '/accounts/:id/deactivate', handler: 'api::account.account.deactivate' },
    { method: 'POST', path: '/accounts/:id/activate', handler: 'api::account.account.activate' },
  ],
};
