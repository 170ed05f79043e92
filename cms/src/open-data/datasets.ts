/**
 * The open-data export's explicit allow-list: per dataset, the columns and how each is read from a
 * published row. Nothing else ever leaves: no contact person, e-mail address or phone number, no
 * review or moderation field, no draft (rows are read with `publishedAt` set, public conditions met).
 * Pure functions, so a unit test checks the allow-list without a CMS.
 */
type Row = Record<string, any>;
export type Column = { name: string; value: (row: Row, site: string) => string | number | boolean | null };

const slugs = (items: Row[] | undefined) => (items ?? []).map((item) => item.slug ?? item.code).filter(Boolean).join(';');
const isoDate = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

const address = (field: string): Column[] => [
  { name: 'street', value: (row) => text(row[field]?.street) },
  { name: 'postalCode', value: (row) => text(row[field]?.postalCode) },
  { name: 'city', value: (row) => text(row[field]?.city) },
];
const geo: Column[] = [
  { name: 'latitude', value: (row) => row.location?.latitude ?? null },
  { name: 'longitude', value: (row) => row.location?.longitude ?? null },
];

export const DATASETS = {
  offerings: {
    file: 'angebote',
    uid: 'api::offering.offering',
    populate: { actor: { select: ['slug', 'name'] }, topic: { select: ['slug'] }, targetGroups: { select: ['slug'] }, languages: { select: ['code'] }, municipalities: { select: ['slug'] }, venueAddress: true, location: true },
    columns: [
      { name: 'id', value: (row) => row.documentId },
      { name: 'slug', value: (row) => row.slug },
      { name: 'title', value: (row) => row.title },
      { name: 'summary', value: (row) => text(row.summary) },
      { name: 'actor', value: (row) => text(row.actor?.name) },
      { name: 'actorSlug', value: (row) => text(row.actor?.slug) },
      { name: 'topic', value: (row) => text(row.topic?.slug) },
      { name: 'targetGroups', value: (row) => slugs(row.targetGroups) },
      { name: 'languages', value: (row) => slugs(row.languages) },
      { name: 'municipalities', value: (row) => slugs(row.municipalities) },
      { name: 'free', value: (row) => row.free ?? null },
      { name: 'costNote', value: (row) => text(row.costNote) },
      { name: 'registration', value: (row) => text(row.registration) },
      { name: 'deliveryMode', value: (row) => text(row.deliveryMode) },
      { name: 'barrierFree', value: (row) => text(row.barrierFree) },
      { name: 'venueName', value: (row) => text(row.venueName) },
      ...address('venueAddress'),
      ...geo,
      { name: 'validFrom', value: (row) => text(row.validFrom) },
      { name: 'validUntil', value: (row) => text(row.validUntil) },
      { name: 'lastConfirmedAt', value: (row) => isoDate(row.lastConfirmedAt) },
      { name: 'url', value: (row, site) => `${site}/de/angebote/${row.slug}` },
    ] as Column[],
  },
  actors: {
    file: 'akteure',
    uid: 'api::actor.actor',
    populate: { municipalities: { select: ['slug'] }, languages: { select: ['code'] }, address: true, location: true, contact: { select: ['website'] } },
    columns: [
      { name: 'id', value: (row) => row.documentId },
      { name: 'slug', value: (row) => row.slug },
      { name: 'name', value: (row) => row.name },
      { name: 'kind', value: (row) => text(row.kind) },
      { name: 'shortDescription', value: (row) => text(row.shortDescription) },
      { name: 'website', value: (row) => text(row.contact?.website) },
      ...address('address'),
      ...geo,
      { name: 'municipalities', value: (row) => slugs(row.municipalities) },
      { name: 'languages', value: (row) => slugs(row.languages) },
      { name: 'barrierFree', value: (row) => text(row.barrierFree) },
      { name: 'lastConfirmedAt', value: (row) => isoDate(row.lastConfirmedAt) },
      { name: 'url', value: (row, site) => `${site}/de/akteure/${row.slug}` },
    ] as Column[],
  },
  municipalities: {
    file: 'gemeinden',
    uid: 'api::municipality.municipality',
    populate: { parent: { select: ['slug'] }, location: true },
    columns: [
      { name: 'id', value: (row) => row.documentId },
      { name: 'slug', value: (row) => row.slug },
      { name: 'name', value: (row) => row.name },
      { name: 'kind', value: (row) => text(row.kind) },
      { name: 'parent', value: (row) => text(row.parent?.slug) },
      ...geo,
      { name: 'url', value: (row, site) => `${site}/de/gemeinden/${row.slug}` },
    ] as Column[],
  },
  events: {
    file: 'termine',
    uid: 'api::event.event',
    populate: { organiser: { select: ['slug', 'name'] }, municipality: { select: ['slug'] }, venueAddress: true },
    columns: [
      { name: 'id', value: (row) => row.documentId },
      { name: 'slug', value: (row) => row.slug },
      { name: 'title', value: (row) => row.title },
      { name: 'kind', value: (row) => text(row.kind) },
      { name: 'summary', value: (row) => text(row.summary) },
      { name: 'startsAt', value: (row) => isoDate(row.startsAt) },
      { name: 'endsAt', value: (row) => isoDate(row.endsAt) },
      { name: 'online', value: (row) => row.online ?? null },
      { name: 'organiser', value: (row) => text(row.organiser?.name) ?? text(row.organiserName) },
      { name: 'organiserSlug', value: (row) => text(row.organiser?.slug) },
      { name: 'municipality', value: (row) => text(row.municipality?.slug) },
      { name: 'venueName', value: (row) => text(row.venueName) },
      ...address('venueAddress'),
      { name: 'url', value: (row, site) => `${site}/de/termine/${row.slug}` },
    ] as Column[],
  },
} as const;

export type DatasetName = keyof typeof DATASETS;
export const DATASET_BY_FILE = new Map<string, DatasetName>(Object.entries(DATASETS).map(([name, dataset]) => [dataset.file, name as DatasetName]));

/** One published row as the export shows it: the allow-listed columns, in order, nothing else. */
export function exportRecord(name: DatasetName, row: Row, site: string): Record<string, string | number | boolean | null> {
  return Object.fromEntries(DATASETS[name].columns.map((column) => [column.name, column.value(row, site) ?? null]));
}
