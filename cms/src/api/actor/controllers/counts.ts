import { entryPositions, facetCounts, parseSelection } from '../../../content/facet-counts';

/** Counts and positions by the database for the public actors list (content/facet-counts.ts). */
export default ({ strapi }) => ({
  /** GET /api/actor-facets?kind=…&municipality=…: counts per value of every facet given the others. */
  async facets(ctx) {
    ctx.body = { data: await facetCounts(strapi, 'actor', await parseSelection(strapi, 'actor', ctx.query)) };
  },
  /** GET /api/actor-positions?…: where each matching actor is (for "near …" and the maps). */
  async positions(ctx) {
    ctx.body = { data: await entryPositions(strapi, 'actor', await parseSelection(strapi, 'actor', ctx.query)) };
  },
});
