import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { stringify } from 'csv-stringify';
import { berlinToday } from '../content/offering-counts';
import { siteUrl } from '../mail/send';
import { DATASETS, exportRecord, type DatasetName } from './datasets';

/**
 * The published directory as CSV or JSON, streamed: rows are read in pages by id (keyset, no
 * offset, no cap) and written as they come, so 10,000 offerings never sit in memory at once.
 */
const PAGE = 500;
type Row = Record<string, any>;

export const DEFAULT_LICENCE = { name: 'Datenlizenz Deutschland – Namensnennung 2.0', url: 'https://www.govdata.de/dl-de/by-2-0' };

/** The licence chosen in the site settings (single type "global"), else the default. */
export async function licence(strapi: Core.Strapi) {
  const global = (await strapi.db.query('api::global.global').findOne({ where: { locale: 'de' }, select: ['openDataLicence', 'openDataLicenceUrl'] })) as Row | null;
  return { name: global?.openDataLicence || DEFAULT_LICENCE.name, url: global?.openDataLicenceUrl || DEFAULT_LICENCE.url };
}

/** Published rows that are public (not withdrawn; events: public, not over; offerings: not ended). */
function publicWhere(name: DatasetName, now: Date): Row {
  const published = { publishedAt: { $notNull: true } };
  const today = berlinToday(now);
  switch (name) {
    case 'offerings':
      return { ...published, withdrawnAt: null, $or: [{ validUntil: null }, { validUntil: { $gte: today } }] };
    case 'actors':
      return { ...published, withdrawnAt: null };
    case 'events':
      return { ...published, withdrawnAt: null, visibility: 'public', $or: [{ endsAt: { $gte: now } }, { endsAt: null, startsAt: { $gte: new Date(`${today}T00:00:00Z`) } }] };
    default:
      return published;
  }
}

export async function* publishedRows(strapi: Core.Strapi, name: DatasetName, now = new Date()) {
  const dataset = DATASETS[name];
  const site = siteUrl();
  let lastId = 0;
  for (;;) {
    const rows = (await strapi.db.query(dataset.uid).findMany({
      where: { ...publicWhere(name, now), id: { $gt: lastId } },
      orderBy: { id: 'asc' },
      limit: PAGE,
      populate: dataset.populate as never,
    })) as Row[];
    for (const row of rows) yield exportRecord(name, row, site);
    if (rows.length < PAGE) return;
    lastId = rows[rows.length - 1].id;
  }
}

export async function exportMetadata(strapi: Core.Strapi, now = new Date()) {
  return {
    title: 'Netzwerk Integration Börde – offene Daten',
    publisher: 'Koordinierungsstelle für Migration, Landkreis Börde',
    licence: await licence(strapi),
    exportedAt: now.toISOString(),
    datasets: Object.fromEntries(Object.entries(DATASETS).map(([name, dataset]) => [name, { file: dataset.file, columns: dataset.columns.map((column) => column.name) }])),
  };
}

/** CSV: a first comment line (`#`) with licence and export date, the header, one line per entry. */
export async function csvStream(strapi: Core.Strapi, name: DatasetName, now = new Date()) {
  const { name: licenceName, url } = await licence(strapi);
  const comment = `# Netzwerk Integration Börde, ${name}; Lizenz: ${licenceName} (${url}); Stand: ${now.toISOString()}\n`;
  const csv = stringify({ header: true, columns: DATASETS[name].columns.map((column) => column.name), cast: { boolean: (value) => (value ? 'true' : 'false') } });
  const rows = Readable.from(publishedRows(strapi, name, now));
  rows.on('error', (error) => csv.destroy(error));
  const out = Readable.from(
    (async function* () {
      yield comment;
      for await (const chunk of rows.pipe(csv)) yield chunk;
    })(),
  );
  return out;
}

/** JSON: `{ "meta": { licence, exportedAt, … }, "data": [ … ] }`, written row by row. */
export async function jsonStream(strapi: Core.Strapi, name: DatasetName, now = new Date()) {
  const meta = { ...(await exportMetadata(strapi, now)), dataset: name, datasets: undefined };
  return Readable.from(
    (async function* () {
      yield `{"meta":${JSON.stringify(meta)},"data":[`;
      let first = true;
      for await (const record of publishedRows(strapi, name, now)) {
        yield `${first ? '' : ','}\n${JSON.stringify(record)}`;
        first = false;
      }
      yield '\n]}\n';
    })(),
  );
}
