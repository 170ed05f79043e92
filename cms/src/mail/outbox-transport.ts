import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * A nodemailer transport for development and tests: each message is written as a JSON file into
 * MAIL_OUTBOX_DIR (default .tmp/mail) instead of being sent, where developers and tests read it.
 */
export function outboxTransport(directory: string) {
  return {
    name: 'outbox',
    version: '1.0.0',
    send(mail: { data: Record<string, unknown> }, callback: (error: Error | null, info?: unknown) => void) {
      try {
        mkdirSync(directory, { recursive: true });
        const { from, to, cc, bcc, replyTo, subject, text, html, headers } = mail.data;
        const id = `${Date.now()}-${randomBytes(4).toString('hex')}`;
        writeFileSync(path.join(directory, `${id}.json`), JSON.stringify({ id, from, to, cc, bcc, replyTo, subject, text, html, ...(headers ? { headers } : {}) }, null, 2));
        callback(null, { messageId: id, envelope: { from, to } });
      } catch (error) {
        callback(error as Error);
      }
    },
  };
}
