import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors, yup } from '@strapi/utils';
import type { Caller } from '../access/caller';
import { requirePermission } from '../access/permissions';
import { asSystem } from '../access/as-system';
import { sendMail, siteUrl } from '../mail/send';

const USER_UID = 'plugin::users-permissions.user';

const inviteSchema = yup.object({
  email: yup.string().trim().lowercase().required('Bitte eine E-Mail-Adresse angeben').email('keine gültige E-Mail-Adresse').max(254),
  role: yup.string().oneOf(['member', 'coordination'], 'Rolle member oder coordination').required(),
  actorDocumentId: yup.string().when('role', { is: 'member', then: (schema) => schema.required('Mitglieder gehören zu einer Organisation'), otherwise: (schema) => schema.strip() }),
});

function requireOffice(caller: Caller) {
  requirePermission(caller, 'manageAccounts', { uid: USER_UID }, 'Accounts are managed by the coordination office');
}

const publicView = (user: Record<string, any>) => ({
  id: user.id,
  email: user.email,
  blocked: user.blocked,
  role: user.role?.type ?? null,
  actor: user.actor ? { documentId: user.actor.documentId, name: user.actor.name } : null,
  createdAt: user.createdAt,
});

/** Creates a member or office account from the listed fields only; the person sets a password by mail. */
export async function inviteAccount(strapi: Core.Strapi, caller: Caller, input: unknown) {
  requireOffice(caller);
  const invitation = await createInvitation(strapi, input);
  await sendInvitation(strapi, invitation);
  return invitation.account;
}

export type Invitation = { email: string; resetPasswordToken: string; account: ReturnType<typeof publicView> };

/**
 * The account of an invitation, without the mail: callers that create more in one transaction
 * (accepting a membership application) send the mail once everything is stored. Trusted code: the
 * caller's rights are checked before.
 */
export async function createInvitation(strapi: Core.Strapi, input: unknown): Promise<Invitation> {
  let data: { email: string; role: string; actorDocumentId?: string };
  try {
    data = await inviteSchema.validate(input ?? {}, { abortEarly: false, stripUnknown: true });
  } catch (error) {
    const fields = Object.fromEntries(((error as yup.ValidationError).inner ?? []).map((item) => [item.path, item.message]));
    throw new errors.ValidationError('Bitte die markierten Felder prüfen', { fields });
  }
  if (await strapi.db.query(USER_UID).count({ where: { email: data.email } })) {
    throw new errors.ValidationError('Für diese E-Mail-Adresse gibt es schon ein Konto', { fields: { email: 'already exists' } });
  }
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: data.role } });
  if (data.actorDocumentId && !(await strapi.db.query('api::actor.actor').count({ where: { documentId: data.actorDocumentId } }))) {
    throw new errors.ValidationError('Unbekannte Organisation', { fields: { actorDocumentId: 'unknown actor' } });
  }
  const resetPasswordToken = randomBytes(32).toString('hex');
  const user: { id: number } = await asSystem(strapi, () =>
    strapi.plugin('users-permissions').service('user').add({
      username: data.email,
      email: data.email,
      provider: 'local',
      // Unusable until the person chooses a password through the link.
      password: randomBytes(32).toString('base64url'),
      confirmed: true,
      blocked: false,
      resetPasswordToken,
      role: role.id,
      actor: data.actorDocumentId ?? null,
    }),
  );
  const full = await strapi.db.query(USER_UID).findOne({ where: { id: user.id }, populate: ['role', 'actor'] });
  return { email: data.email, resetPasswordToken, account: publicView(full) };
}

export async function sendInvitation(strapi: Core.Strapi, invitation: Pick<Invitation, 'email' | 'resetPasswordToken'>) {
  await sendMail(strapi, {
    to: [invitation.email],
    subject: 'Ihr Zugang zum Netzwerk Integration Börde',
    text: [
      'Guten Tag,',
      '',
      'die Koordinierungsstelle für Migration hat für Sie einen Zugang zur Plattform des Netzwerks Integration Börde eingerichtet.',
      'Bitte legen Sie über diesen Link Ihr Passwort fest:',
      '',
      `${siteUrl()}/mitglieder/passwort-neu?code=${invitation.resetPasswordToken}`,
      '',
      'Wenn Sie diese Nachricht nicht erwartet haben, können Sie sie ignorieren.',
    ].join('\n'),
  });
}

export async function listAccounts(strapi: Core.Strapi, caller: Caller) {
  requireOffice(caller);
  const users = await strapi.db.query(USER_UID).findMany({ populate: ['role', 'actor'], orderBy: { email: 'asc' } });
  return users.map(publicView);
}

/** Blocking cuts access at once: users-permissions refuses every token of a blocked user. */
export async function setAccountBlocked(strapi: Core.Strapi, caller: Caller, id: number, blocked: boolean) {
  requireOffice(caller);
  if (!Number.isInteger(id)) throw new errors.ValidationError('Invalid account id');
  if ('userId' in caller && caller.userId === id && blocked) throw new errors.ValidationError('You cannot deactivate your own account');
  const user = await strapi.db.query(USER_UID).findOne({ where: { id } });
  if (!user) throw new errors.NotFoundError('Account not found');
  // Deactivating also revokes every token issued so far: reactivating must not bring old sessions back.
  await strapi.db.query(USER_UID).update({ where: { id }, data: blocked ? { blocked, signedOutAt: new Date(), deactivatedAt: new Date() } : { blocked, deactivatedAt: null } });
  return publicView(await strapi.db.query(USER_UID).findOne({ where: { id }, populate: ['role', 'actor'] }));
}
