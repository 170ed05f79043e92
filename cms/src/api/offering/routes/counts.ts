/** Counts by the database instead of paging (content/offering-counts.ts); not under /offerings/, where `:id` lives. */
export default {
  routes: [{ method: 'GET', path: '/offering-counts', handler: 'api::offering.counts.byTopic' }],
};
