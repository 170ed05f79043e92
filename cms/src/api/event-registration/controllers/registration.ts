import { callerFromContext } from '../../../access/caller';
import { register, registrationStatus } from '../../../registrations/register';
import { cancelByToken, showByToken } from '../../../registrations/cancel';
import { eventsWithRegistration, messageRegistrants, registrationsCsv, registrationsOf } from '../../../registrations/office';

const body = (ctx) => ctx.request.body?.data ?? ctx.request.body;

export default ({ strapi }) => ({
  async status(ctx) {
    ctx.body = { data: await registrationStatus(strapi, ctx.params.documentId) };
  },
  async register(ctx) {
    ctx.status = 201;
    ctx.body = { data: await register(strapi, callerFromContext(ctx), ctx.params.documentId, body(ctx)) };
  },
  async show(ctx) {
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = { data: await showByToken(strapi, ctx.query?.token) };
  },
  async cancel(ctx) {
    ctx.body = { data: await cancelByToken(strapi, body(ctx)?.token) };
  },
  async events(ctx) {
    ctx.body = { data: await eventsWithRegistration(strapi, callerFromContext(ctx)) };
  },
  async list(ctx) {
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = { data: await registrationsOf(strapi, callerFromContext(ctx), ctx.params.documentId) };
  },
  async export(ctx) {
    const { filename, csv } = await registrationsCsv(strapi, callerFromContext(ctx), ctx.params.documentId);
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '-')}"`);
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = csv;
  },
  async message(ctx) {
    ctx.body = { data: await messageRegistrants(strapi, callerFromContext(ctx), ctx.params.documentId, body(ctx)) };
  },
});
