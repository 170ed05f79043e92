export default {
  routes: [
    { method: 'GET', path: '/session', handler: 'api::session.session.current' },
    { method: 'POST', path: '/session/sign-out', handler: 'api::session.session.signOut' },
  ],
};
