import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Messages the CMS wrote to its outbox (MAIL_OUTBOX_DIR) instead of sending them. */
export type OutboxMessage = { to: string; subject: string; text: string };

export function outbox(directory: string) {
  mkdirSync(directory, { recursive: true });
  return {
    read(): OutboxMessage[] {
      return readdirSync(directory)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => JSON.parse(readFileSync(path.join(directory, name), 'utf8')));
    },
    clear() {
      rmSync(directory, { recursive: true, force: true });
      mkdirSync(directory, { recursive: true });
    },
  };
}

export const recipients = (message: OutboxMessage) => String(message.to).split(',').map((address) => address.trim()).sort();
