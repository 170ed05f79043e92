/** Counts by the database instead of paging (content/offering-counts.ts, content/facet-counts.ts); not under /offerings/, where `:id` lives. */
export default {
  routes: [
    { method: 'GET', path: '/offering-counts', handler: 'api::offering.counts.byTopic' },
    { method: 'GET', path: '/offering-facets', handler: 'api::offering.counts.facets' },
    { method: 'GET', path: '/offering-positions', handler: 'api::offering.counts.positions' },
  ],
};
