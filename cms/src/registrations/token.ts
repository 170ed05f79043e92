import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The cancel link of a registration: `<registration documentId>.<expiry, unix seconds>.<HMAC>`,
 * signed with a key derived from APP_KEYS (required in production), so a link cannot be made up
 * or altered. It expires when the event starts; it is single-use because a cancelled registration
 * cannot be cancelled again (cancel.ts).
 */
const PURPOSE = 'event-registration-cancel';

function key(): Buffer {
  const secret = process.env.APP_KEYS;
  if (!secret) throw new Error('APP_KEYS is needed to sign registration links');
  return createHmac('sha256', secret).update(PURPOSE).digest();
}

const signature = (payload: string) => createHmac('sha256', key()).update(payload).digest('base64url');

export function signCancelToken(registrationDocumentId: string, expiresAt: Date): string {
  const payload = `${registrationDocumentId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${signature(payload)}`;
}

export type TokenCheck = { ok: true; registrationDocumentId: string } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyCancelToken(token: unknown, now = new Date()): TokenCheck {
  if (typeof token !== 'string' || token.length > 200) return { ok: false, reason: 'invalid' };
  const match = /^([a-z0-9]{10,64})\.([0-9]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(signature(`${match[1]}.${match[2]}`));
  const given = Buffer.from(match[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  if (Number(match[2]) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, registrationDocumentId: match[1] };
}
