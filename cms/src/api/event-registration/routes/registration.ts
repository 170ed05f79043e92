/**
 * Event registrations (src/registrations/): no generic REST of the type at all. The public registers
 * and cancels through these routes only (fixed fields, honeypot, rate limit); the office lists,
 * exports and messages. Who may call which is in access/permissions.ts (`registerForEvent`,
 * `handleRegistrations`).
 */
const limited = { middlewares: ['global::submission-rate-limit'] };

export default {
  routes: [
    { method: 'GET', path: '/events/:documentId/registration-status', handler: 'api::event-registration.registration.status' },
    { method: 'POST', path: '/events/:documentId/registrations', handler: 'api::event-registration.registration.register', config: limited },
    { method: 'GET', path: '/event-registrations/cancellation', handler: 'api::event-registration.registration.show' },
    { method: 'POST', path: '/event-registrations/cancellation', handler: 'api::event-registration.registration.cancel', config: limited },
    { method: 'GET', path: '/office/registrations', handler: 'api::event-registration.registration.events' },
    { method: 'GET', path: '/office/registrations/:documentId', handler: 'api::event-registration.registration.list' },
    { method: 'GET', path: '/office/registrations/:documentId/export', handler: 'api::event-registration.registration.export' },
    { method: 'POST', path: '/office/registrations/:documentId/message', handler: 'api::event-registration.registration.message' },
  ],
};
