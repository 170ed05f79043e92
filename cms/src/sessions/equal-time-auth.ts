import { randomBytes, randomInt } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';

type Context = { request: { body?: any }; state: { auth?: unknown }; send: (body: unknown) => void };
type Action = (ctx: Context) => Promise<unknown>;

const USER_UID = 'plugin::users-permissions.user';

/**
 * Answer time must not tell whether an e-mail address has an account. users-permissions compares
 * the password with bcrypt (~100 ms) only when the account exists, and sends the reset mail only for
 * known addresses. These wrappers make the expensive work the same for every address:
 *
 * - sign-in: when no account with a password matches, the password is compared with a dummy hash
 *   of the same cost first; then the stock action answers as before ("Invalid identifier or
 *   password"). Blocked accounts already pay the comparison in the stock action.
 * - forgot password: the answer ({ ok: true }) is given right after checking the input's shape;
 *   finding the account, storing the token and sending the mail happen later, at a random moment
 *   within the next second, so that their work does not slow down this answer or the next one.
 *
 * The GraphQL mutations `login` and `forgotPassword` call these same controller actions.
 */
export function equalTimeAuthController(strapi: Core.Strapi, controller: Record<string, Action>) {
  let dummyHash: Promise<string> | undefined;
  const users = () => strapi.plugin('users-permissions').service('user');
  // Hashed by users-permissions itself, so it has the cost (rounds) of every stored password.
  const hashOfNothing = async () => {
    const { password } = await users().ensureHashedPasswords({ password: randomBytes(24).toString('base64url') });
    return password as string;
  };

  async function callback(ctx: Context & { params?: { provider?: string } }) {
    const { identifier, password } = ctx.request.body ?? {};
    const local = (ctx.params?.provider ?? 'local') === 'local';
    if (local && typeof identifier === 'string' && typeof password === 'string' && identifier && password) {
      const user = await strapi.db.query(USER_UID).findOne({
        where: { provider: 'local', $or: [{ email: identifier.toLowerCase() }, { username: identifier }] },
        select: ['id', 'password'],
      });
      if (!user?.password) {
        dummyHash ??= hashOfNothing();
        await users().validatePassword(password, await dummyHash);
      }
    }
    return controller.callback(ctx);
  }

  const forgotPasswordBody = yup.object({ email: yup.string().email().required() }).noUnknown();

  async function forgotPassword(ctx: Context) {
    const { email } = (await validateYupSchema(forgotPasswordBody)(ctx.request.body)) as { email: string };
    // The stock action on a detached context: it may take as long as the mail server needs.
    const detached: Context = { request: { body: { email } }, state: { auth: ctx.state.auth }, send: () => undefined };
    setTimeout(() => {
      controller.forgotPassword(detached).catch((error: Error) => strapi.log.error(`Password reset mail failed: ${error.message}`));
    }, randomInt(100, 1000));
    ctx.send({ ok: true });
  }

  return { ...controller, callback, forgotPassword };
}
