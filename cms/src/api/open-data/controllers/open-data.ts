import { errors } from '@strapi/utils';
import { DATASET_BY_FILE } from '../../../open-data/datasets';
import { csvStream, exportMetadata, jsonStream } from '../../../open-data/export';

const FILE = /^([a-z]+)\.(csv|json)$/;

export default ({ strapi }) => ({
  async metadata(ctx) {
    ctx.body = { data: await exportMetadata(strapi) };
  },
  /** `angebote.csv`, `akteure.json` …: streamed, never built whole in memory. */
  async export(ctx) {
    const match = FILE.exec(String(ctx.params.file));
    const dataset = match ? DATASET_BY_FILE.get(match[1]) : undefined;
    if (!match || !dataset) throw new errors.NotFoundError('Unknown dataset: use angebote, akteure, gemeinden or termine with .csv or .json');
    const now = new Date();
    ctx.set('x-export-date', now.toISOString());
    ctx.set('content-disposition', `inline; filename="${match[0]}"`);
    if (match[2] === 'csv') {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = await csvStream(strapi, dataset, now);
    } else {
      ctx.type = 'application/json; charset=utf-8';
      ctx.body = await jsonStream(strapi, dataset, now);
    }
  },
});
