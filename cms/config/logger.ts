import { winston, formats } from '@strapi/logger';
import { redactText, redactValue } from '../src/logging/redact';
import { jsonLogs } from '../src/logging/format';

// Production: one JSON object per line (time, level, message, and the request log's fields:
// requestId, method, path, status, durationMs), for the host's log collector. Development: readable
// lines. LOG_FORMAT=json|pretty overrides; LOG_LEVEL=error keeps test runs and scripts quiet.
const json = jsonLogs();

// JWTs and values under secret-looking keys never reach a line (src/logging/redact.ts).
// winston hands an Error logged on its own over as the entry itself: redact a copy, never the error
// the application still handles (a redacted `code` once hid database timeouts from the GraphQL layer).
function copyOfError(error: Error): Record<string | symbol, unknown> {
  const copy: Record<string | symbol, unknown> = {};
  for (const key of Reflect.ownKeys(error)) copy[key] = (error as unknown as Record<string | symbol, unknown>)[key];
  copy.message = error.message;
  copy.stack = error.stack;
  copy.name = error.name;
  return copy;
}

const redact = winston.format((entry) => {
  const info = (entry instanceof Error ? copyOfError(entry) : entry) as typeof entry;
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
