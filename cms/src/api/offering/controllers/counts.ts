import { offeringCountsByTopic } from '../../../content/offering-counts';
import { entryPositions, facetCounts, parseSelection } from '../../../content/facet-counts';

/** Counts and positions by the database for the public offerings list (content/offering-counts.ts, content/facet-counts.ts). */
export default ({ strapi }) => ({
  /** GET /api/offering-counts: how many current public offerings each topic has. */
  async byTopic(ctx) {
    ctx.body = { data: await offeringCountsByTopic(strapi) };
  },
  /** GET /api/offering-facets?topic=a&topic=b&municipality=…: counts per value of every facet given the others. */
  async facets(ctx) {
    ctx.body = { data: await facetCounts(strapi, 'offering', await parseSelection(strapi, 'offering', ctx.query)) };
  },
  /** GET /api/offering-positions?…: where each matching offering is (for "near …" and the maps). */
  async positions(ctx) {
    ctx.body = { data: await entryPositions(strapi, 'offering', await parseSelection(strapi, 'offering', ctx.query)) };
  },
});
