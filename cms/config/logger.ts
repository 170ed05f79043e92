import { winston, formats } from '@strapi/logger';
import { redactText, redactValue } from '../src/logging/redact';
import { jsonLogs } from '../src/logging/format';

// Production: one JSON object per line (time, level, message, and the request log's fields:
// requestId, method, path, status, durationMs), for the host's log collector. Development: readable
// lines. LOG_FORMAT=json|pretty overrides; LOG_LEVEL=error keeps test runs and scripts quiet.
const json = jsonLogs();

// JWTs and values under secret-looking keys never reach a line (src/logging/redact.ts).
const redact = winston.format((info) => {
  if (typeof info.message === 'string') info.message = redactText(info.message);
  for (const key of Object.keys(info)) {
    if (key !== 'message' && key !== 'level') info[key] = (redactValue({ [key]: info[key] }) as Record<string, unknown>)[key];
  }
  return info;
});

// The format is the logger's own (not the transport's): @strapi/logger's default colourising
// pretty-print would otherwise run first.
export default {
  level: process.env.LOG_LEVEL ?? 'http',
  format: json
    ? winston.format.combine(winston.format.errors({ stack: true }), redact(), winston.format.timestamp(), winston.format.json())
    : winston.format.combine(redact(), formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS', colors: process.env.NO_COLOR === undefined })),
  transports: [new winston.transports.Console({ level: process.env.LOG_LEVEL ?? 'http' })],
};
