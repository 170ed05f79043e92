/** The public's only way to write a report: fixed fields, size limits, honeypot, rate limit. */
export default {
  routes: [
    {
      method: 'POST',
      path: '/reports/submit',
      handler: 'api::report.submission.submit',
      config: { auth: false, middlewares: ['global::submission-rate-limit'] },
    },
  ],
};
