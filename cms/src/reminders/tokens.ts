import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The one-click "still current" links of reminder mails: `payload.signature`, the payload naming the
 * entry and the expiry, the signature an HMAC-SHA256 with CONFIRMATION_TOKEN_SECRET (else derived
 * from APP_KEYS, which production requires). The database keeps only a hash of each token (for
 * single use), so a leaked database holds no working link.
 */
export const TOKEN_DAYS = 30;

export type TokenPayload = { type: 'actor' | 'offering'; documentId: string; expiresAt: number; nonce: string };

function secret(): string {
  const own = process.env.CONFIRMATION_TOKEN_SECRET;
  if (own) return own;
  const keys = process.env.APP_KEYS;
  if (!keys) throw new Error('CONFIRMATION_TOKEN_SECRET or APP_KEYS must be set to sign confirmation links');
  return createHmac('sha256', keys).update('confirmation-token').digest('hex');
}

const sign = (payload: string) => createHmac('sha256', secret()).update(payload).digest('base64url');

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function issueToken(type: TokenPayload['type'], documentId: string, now: Date) {
  const expiresAt = new Date(now.getTime() + TOKEN_DAYS * 24 * 60 * 60 * 1000);
  const payload: TokenPayload = { type, documentId, expiresAt: expiresAt.getTime(), nonce: randomBytes(12).toString('base64url') };
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const token = `${encoded}.${sign(encoded)}`;
  return { token, hash: hashToken(token), expiresAt };
}

/** The payload of a token with a valid signature, or null (tampered, malformed, other secret). */
export function verifyToken(token: string): TokenPayload | null {
  if (typeof token !== 'string' || token.length > 600 || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) return null;
  const [encoded, signature] = token.split('.');
  const expected = Buffer.from(sign(encoded));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as TokenPayload;
    if ((payload.type !== 'actor' && payload.type !== 'offering') || typeof payload.documentId !== 'string' || typeof payload.expiresAt !== 'number') return null;
    return payload;
  } catch {
    return null;
  }
}
