import { describe, expect, it } from 'vitest';
import { DATASETS, exportRecord, type DatasetName } from '../../src/open-data/datasets';

/** The open-data allow-list, without Strapi: a row full of private fields yields only the listed columns. */
const PRIVATE_ROW = {
  id: 7,
  documentId: 'abc123',
  slug: 'probe',
  title: 'Probe',
  name: 'Probe e. V.',
  reviewState: 'submitted',
  reviewComment: 'intern: bitte prüfen',
  submittedAt: '2026-01-01T00:00:00Z',
  textChangedAt: '2026-01-01T00:00:00Z',
  withdrawnAt: null,
  memberAccounts: [{ email: 'person@example.org' }],
  contact: { contactPerson: 'Erika Muster', email: 'erika@example.org', phone: '03904 1', website: 'https://probe.example' },
  actor: { slug: 'traeger', name: 'Träger', contact: { email: 'traeger@example.org' } },
  organiser: { slug: 'traeger', name: 'Träger' },
  municipalities: [{ slug: 'haldensleben' }, { slug: 'oschersleben' }],
  languages: [{ code: 'de' }, { code: 'ar' }],
  location: { latitude: 52.2, longitude: 11.4 },
  lastConfirmedAt: '2026-02-03T04:05:06.000Z',
};

describe('open-data allow-list', () => {
  it('writes exactly the listed columns of every dataset, nothing private', () => {
    for (const name of Object.keys(DATASETS) as DatasetName[]) {
      const record = exportRecord(name, PRIVATE_ROW, 'https://site.example');
      expect(Object.keys(record), name).toEqual(DATASETS[name].columns.map((column) => column.name));
      const text = JSON.stringify(record);
      expect(text, name).not.toMatch(/@|Erika|intern|submitted|03904|reviewState|contactPerson/);
    }
  });

  it('names no private-looking column', () => {
    for (const dataset of Object.values(DATASETS)) {
      for (const column of dataset.columns) expect(column.name).not.toMatch(/email|phone|contact|review|officeNote|declineReason|account|submitted|withdrawn/i);
    }
  });

  it('joins relations by slug and links the public page', () => {
    expect(exportRecord('offerings', PRIVATE_ROW, 'https://site.example')).toMatchObject({
      municipalities: 'haldensleben;oschersleben',
      languages: 'de;ar',
      actor: 'Träger',
      url: 'https://site.example/de/angebote/probe',
    });
    expect(exportRecord('actors', PRIVATE_ROW, 'https://site.example')).toMatchObject({ website: 'https://probe.example', latitude: 52.2 });
  });
});
