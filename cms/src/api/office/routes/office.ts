/**
 * The coordination office's overviews. Reports and membership applications keep their handling
 * state in private fields, which Strapi's generic REST strips from every answer and every input,
 * so the inbox has its own routes; the translation overview needs the clocks (also private); the
 * coverage matrix counts in the database (content/offering-counts.ts).
 */
export default {
  routes: [
    { method: 'GET', path: '/office/inbox', handler: 'api::office.office.inbox' },
    { method: 'POST', path: '/office/inbox/:kind/:documentId/state', handler: 'api::office.office.handle' },
    { method: 'GET', path: '/office/translations', handler: 'api::office.office.translations' },
    { method: 'GET', path: '/office/coverage', handler: 'api::office.office.coverage' },
    { method: 'POST', path: '/office/applications/:documentId/accept', handler: 'api::office.office.acceptApplication' },
    { method: 'POST', path: '/office/applications/:documentId/decline', handler: 'api::office.office.declineApplication' },
    { method: 'POST', path: '/office/reminders/:actorDocumentId', handler: 'api::office.office.sendReminder' },
    { method: 'GET', path: '/office/exports/stale.csv', handler: 'api::office.office.exportStale' },
    { method: 'GET', path: '/office/exports/coverage.csv', handler: 'api::office.office.exportCoverage' },
  ],
};
