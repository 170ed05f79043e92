/** The public's only way to apply for membership: fixed fields, size limits, honeypot, rate limit. */
export default {
  routes: [
    {
      method: 'POST',
      path: '/membership-applications/submit',
      handler: 'api::membership-application.submission.submit',
      config: { auth: false, middlewares: ['global::submission-rate-limit'] },
    },
  ],
};
