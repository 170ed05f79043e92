/** The published directory as open data (src/open-data/): metadata, and each dataset as CSV or JSON. */
export default {
  routes: [
    { method: 'GET', path: '/open-data', handler: 'api::open-data.open-data.metadata' },
    { method: 'GET', path: '/open-data/:file', handler: 'api::open-data.open-data.export' },
  ],
};
