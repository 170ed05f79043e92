/**
 * The one transport to the CMS: every HTTP request of the site to Strapi goes through `send`, with
 * a hard timeout, the current request's id (`x-request-id`, so one visit can be followed through
 * both logs), the caller's token when acting for a signed-in person, and the visitor's address
 * signed with the shared secret when the CMS should rate-limit per visitor. A request that gets no
 * answer becomes a `CmsUnavailableError`; every answer is returned as it is (the error policy is
 * errors.ts, applied by the callers in this folder).
 */
import { currentRequestId } from '../request-context.ts';
import { CmsUnavailableError, describe } from './errors.ts';

export const CMS_TIMEOUT_MS = 8000;
/** Uploads and downloads of files take longer than reads. */
export const FILE_TIMEOUT_MS = 30_000;

export interface TransportOptions {
	baseUrl: string;
	/** Shared secret that lets the CMS trust `x-client-address` (its per-visitor rate limit). */
	proxySecret?: string;
	timeoutMs?: number;
	fetch?: typeof globalThis.fetch;
}

export interface SendOptions {
	method?: string;
	/** A JSON body (serialised here) or FormData (an upload). */
	body?: unknown;
	/** The signed-in person's JWT. */
	token?: string;
	/** The visitor's address, for the CMS's rate limit (only sent together with the secret). */
	clientAddress?: string | null;
	accept?: string;
	timeoutMs?: number;
	redirect?: RequestRedirect;
}

export interface Transport {
	readonly baseUrl: string;
	/** An answer of the CMS, whatever its status; a `CmsUnavailableError` when there is none. */
	send(path: string, options?: SendOptions): Promise<Response>;
}

export function createTransport(options: TransportOptions): Transport {
	const baseUrl = options.baseUrl.replace(/\/+$/, '');
	const baseFetch = options.fetch ?? globalThis.fetch;
	const defaultTimeout = options.timeoutMs ?? CMS_TIMEOUT_MS;

	return {
		baseUrl,
		async send(path, { method = 'GET', body, token, clientAddress, accept = 'application/json', timeoutMs, redirect } = {}) {
			const headers: Record<string, string> = { accept };
			const requestId = currentRequestId();
			if (requestId) headers['x-request-id'] = requestId;
			if (token) headers.authorization = `Bearer ${token}`;
			if (options.proxySecret && clientAddress) {
				headers['x-client-address'] = clientAddress;
				headers['x-site-secret'] = options.proxySecret;
			}
			let payload: BodyInit | undefined;
			if (body instanceof FormData) payload = body;
			else if (body !== undefined) {
				headers['content-type'] = 'application/json';
				payload = JSON.stringify(body);
			}
			try {
				// a fresh timeout signal per request (a shared one would expire once for all requests)
				return await baseFetch(`${baseUrl}${path}`, { method, headers, body: payload, redirect, signal: AbortSignal.timeout(timeoutMs ?? defaultTimeout) });
			} catch (err) {
				throw new CmsUnavailableError(`${method} ${path}: ${describe(err)}`);
			}
		}
	};
}

/** The body as JSON, or null (empty, not JSON, or cut off by the timeout). */
export async function jsonOf(response: Response): Promise<unknown> {
	try {
		return await response.json();
	} catch {
		return null;
	}
}
