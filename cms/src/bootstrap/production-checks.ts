import type { Core } from '@strapi/strapi';

const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'SITE_PROXY_SECRET'];

/** In production, refuse placeholder secrets and say plainly when mail would not leave the server. */
export function checkProductionSettings(strapi: Core.Strapi) {
  if (process.env.NODE_ENV !== 'production') return;
  const placeholders = SECRETS.filter((name) => /change-me/i.test(process.env[name] ?? ''));
  if (placeholders.length > 0) {
    throw new Error(`Refusing to start in production with placeholder secrets: ${placeholders.join(', ')} (see .env.example)`);
  }
  if (!process.env.SMTP_HOST) {
    strapi.log.warn('SMTP_HOST is not set: e-mails (review notices, invitations) are written to MAIL_OUTBOX_DIR instead of being sent.');
  }
}
