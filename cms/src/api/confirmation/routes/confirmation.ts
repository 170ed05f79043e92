/**
 * The one-click confirmation of a reminder mail's link (reminders/confirm.ts): GET describes, only
 * POST confirms, so a mail scanner following the link changes nothing. No rate limit: an
 * organisation may confirm many entries in a row, and the HMAC signature makes guessing a token
 * hopeless (an unknown one is a 404 after one hash lookup).
 */
export default {
  routes: [
    { method: 'GET', path: '/confirmations/:token', handler: 'api::confirmation.confirmation.show' },
    { method: 'POST', path: '/confirmations/:token', handler: 'api::confirmation.confirmation.confirm' },
  ],
};
