/**
 * The site's one logger: JSON lines on stdout (pino), each with the id of the request it belongs
 * to (request-context.ts), for the host's log collector. What may never be logged is redacted by
 * key wherever it appears (two levels deep): passwords, tokens, cookies, authorization headers,
 * reset codes, e-mail addresses, form bodies. Call sites log facts (status, path, message), never
 * requests, bodies or headers. LOG_LEVEL: fatal|error|warn|info|debug (default info; `silent` off).
 */
import pino from 'pino';
import { currentRequestId } from './request-context.ts';

const SECRET_KEYS = ['password', 'passwordConfirmation', 'token', 'jwt', 'authorization', 'cookie', 'cookies', 'code', 'email', 'identifier', 'body', 'form', 'formData', 'text', 'secret'];

export const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/** A logger with the site's settings, writing to `destination` (stdout by default; tests pass a stream). */
export function createLog(destination?: pino.DestinationStream) {
	return pino(
		{
			level: process.env.LOG_LEVEL ?? 'info',
			base: { service: 'site' },
			timestamp: pino.stdTimeFunctions.isoTime,
			formatters: { level: (label) => ({ level: label }) },
			redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
			mixin: () => {
				const requestId = currentRequestId();
				return requestId ? { requestId } : {};
			}
		},
		destination
	);
}

export const log = createLog();
