import type { Core } from '@strapi/strapi';

/** `headers`: extra header lines with values the CMS builds itself (e.g. List-Unsubscribe), never typed input. */
type Mail = { to: string[]; subject: string; text: string; headers?: Record<string, string> };

// Control characters (C0 with CR, LF and TAB, DEL, C1) and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
// One plain address: no spaces, quotes, brackets, commas or semicolons that could add a recipient.
const PLAIN_ADDRESS = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** Text placed in a header (subject, names): one line, so it can never start another header. */
export const headerText = (value: string) => value.replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();

/**
 * What goes to nodemailer: the subject (built from titles and names members typed) as one line,
 * only plain recipient addresses (anything else is left out), the body as it is.
 */
export function composeMail(mail: Mail) {
  const to = [...new Set(mail.to.map((address) => address?.trim()).filter((address) => address && PLAIN_ADDRESS.test(address)))];
  const headers = mail.headers ? Object.fromEntries(Object.entries(mail.headers).map(([name, value]) => [name, headerText(value)])) : undefined;
  return { to, refused: mail.to.filter((address) => address && !to.includes(address.trim())).length, subject: headerText(mail.subject), text: mail.text, ...(headers ? { headers } : {}) };
}

/** Sends one mail through Strapi's e-mail plugin; a failing mail server never breaks the action. */
export async function sendMail(strapi: Core.Strapi, mail: Mail) {
  const { to, refused, subject, text, headers } = composeMail(mail);
  if (refused > 0) strapi.log.warn(`Mail "${subject}": ${refused} recipient address(es) left out (not a plain address)`);
  if (to.length === 0) return;
  try {
    await strapi.plugin('email').service('email').send({ to: to.join(', '), subject, text, ...(headers ? { headers } : {}) });
  } catch (error) {
    strapi.log.error(`Mail "${subject}" to ${to.length} recipient(s) failed: ${(error as Error).message}`);
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
