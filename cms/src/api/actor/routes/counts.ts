/** Counts by the database instead of paging (content/facet-counts.ts); not under /actors/, where `:id` lives. */
export default {
  routes: [
    { method: 'GET', path: '/actor-facets', handler: 'api::actor.counts.facets' },
    { method: 'GET', path: '/actor-positions', handler: 'api::actor.counts.positions' },
  ],
};
