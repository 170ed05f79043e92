/** The retention periods (src/retention/policy.ts), public: the site's privacy page states them. */
export default {
  routes: [{ method: 'GET', path: '/retention-policy', handler: 'api::retention.retention.policy' }],
};
