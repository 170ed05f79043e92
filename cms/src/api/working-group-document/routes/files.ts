/** Internal documents: stored by the office, downloaded by members of the group (never from public/uploads). */
export default {
  routes: [
    { method: 'POST', path: '/working-group-documents/upload', handler: 'api::working-group-document.files.upload' },
    { method: 'GET', path: '/working-group-documents/:documentId/file', handler: 'api::working-group-document.files.download' },
  ],
};
