import type { Core } from '@strapi/strapi';

/** Sends one mail through Strapi's e-mail plugin; a failing mail server never breaks the action. */
export async function sendMail(strapi: Core.Strapi, mail: { to: string[]; subject: string; text: string }) {
  const to = [...new Set(mail.to.filter(Boolean))];
  if (to.length === 0) return;
  try {
    await strapi.plugin('email').service('email').send({ to: to.join(', '), subject: mail.subject, text: mail.text });
  } catch (error) {
    strapi.log.error(`Mail "${mail.subject}" to ${to.length} recipient(s) failed: ${(error as Error).message}`);
  }
}

/** Active accounts of the coordination office, plus OFFICE_EMAIL if configured. */
export async function officeRecipients(strapi: Core.Strapi): Promise<string[]> {
  const users = await strapi.db.query('plugin::users-permissions.user').findMany({ where: { blocked: false, role: { type: 'coordination' } }, select: ['email'] });
  return [...users.map((user: { email: string }) => user.email), ...(process.env.OFFICE_EMAIL ? [process.env.OFFICE_EMAIL] : [])];
}

/** Active member accounts of one actor. */
export async function memberRecipients(strapi: Core.Strapi, actorDocumentId: string | null): Promise<string[]> {
  if (!actorDocumentId) return [];
  const users = await strapi.db.query('plugin::users-permissions.user').findMany({
    where: { blocked: false, actor: { documentId: actorDocumentId } },
    select: ['email'],
  });
  return users.map((user: { email: string }) => user.email);
}

export const siteUrl = () => (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
