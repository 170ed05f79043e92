import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { errors } from '@strapi/utils';

/**
 * The unsubscribe link of an exchange mail works without signing in: its token names the account
 * and carries an HMAC-SHA256 over it, with a key derived from JWT_SECRET for this purpose only. It
 * does not expire (a link in last year's mail still unsubscribes) and binds the account's
 * documentId, so a reused numeric id does not match.
 */
const PURPOSE = 'exchange-mails-unsubscribe';

function key(): Buffer {
  const secret = process.env.JWT_SECRET;
  if (!secret) throw new Error('JWT_SECRET is needed to sign unsubscribe links');
  return Buffer.from(hkdfSync('sha256', secret, 'netzwerk-boerde', PURPOSE, 32));
}

const sign = (payload: string) => createHmac('sha256', key()).update(`${PURPOSE}:${payload}`).digest('base64url');

export function unsubscribeToken(account: { id: number; documentId: string }): string {
  const payload = `${account.id}.${account.documentId}`;
  return `${payload}.${sign(payload)}`;
}

/** The account a token names, or a 400 for anything altered, cut or made up. */
export function accountOfToken(token: unknown): { id: number; documentId: string } {
  const refuse = () => {
    throw new errors.ValidationError('Der Abmeldelink ist ungültig. Bitte nutzen Sie den vollständigen Link aus der E-Mail.');
  };
  if (typeof token !== 'string' || token.length > 200) return refuse();
  const match = /^(\d{1,12})\.([A-Za-z0-9]{1,64})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return refuse();
  const expected = Buffer.from(sign(`${match[1]}.${match[2]}`));
  const given = Buffer.from(match[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return refuse();
  return { id: Number(match[1]), documentId: match[2] };
}
