/**
 * The one-click confirmation of a reminder mail's link (reminders/confirm.ts): GET describes, only
 * POST confirms, so a mail scanner following the link changes nothing. Rate limited like submissions.
 */
export default {
  routes: [
    { method: 'GET', path: '/confirmations/:token', handler: 'api::confirmation.confirmation.show', config: { middlewares: ['global::submission-rate-limit'] } },
    { method: 'POST', path: '/confirmations/:token', handler: 'api::confirmation.confirmation.confirm', config: { middlewares: ['global::submission-rate-limit'] } },
  ],
};
