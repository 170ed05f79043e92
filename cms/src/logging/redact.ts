/**
 * Last line of defence for the CMS's log lines: values under secret-looking keys and anything
 * shaped like a JWT are replaced before a line is written (config/logger.ts). The request log
 * itself never takes bodies, query strings, cookies or headers other than the request id.
 */
const SECRET_KEY = /pass(word)?|secret|token|jwt|^(authorization|cookie|set-cookie|code|resetpasswordcode|email|identifier|body|text|message_body)$/i;
const JWT = /eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]+/g;
const REDACTED = '[redacted]';

export function redactText(text: string): string {
  return text.replace(JWT, REDACTED);
}

export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth > 5 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: redactText(value.message), stack: value.stack && redactText(value.stack) };
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = SECRET_KEY.test(key) ? REDACTED : redactValue(item, depth + 1);
  return out;
}
