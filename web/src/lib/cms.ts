/**
 * Small GraphQL client for the Strapi 5 CMS (server-side only).
 *
 * Every request has a hard timeout; a CMS that cannot be reached (connection refused,
 * DNS failure, timeout, 5xx) becomes a SvelteKit `error(503)`, so visitors get the
 * friendly "temporarily unavailable" page instead of a stack trace.
 */
import { error } from '@sveltejs/kit';
import { CMS_URL } from '$app/env/private';
import { ClientError, GraphQLClient, type RequestDocument, type Variables } from 'graphql-request';

export const CMS_TIMEOUT_MS = 8000;

export const UNAVAILABLE_MESSAGE =
	'Die Inhalte sind gerade nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten noch einmal.';

export interface CmsClient {
	request<T>(document: RequestDocument, variables?: Variables): Promise<T>;
}

export interface CmsClientOptions {
	timeoutMs?: number;
	fetch?: typeof globalThis.fetch;
}

/** Creates a client for `${baseUrl}/graphql`. The app uses `cms` below, bound to `CMS_URL`. */
export function createCmsClient(baseUrl: string, options: CmsClientOptions = {}): CmsClient {
	const endpoint = `${baseUrl.replace(/\/+$/, '')}/graphql`;
	const timeoutMs = options.timeoutMs ?? CMS_TIMEOUT_MS;
	const baseFetch = options.fetch ?? globalThis.fetch;

	const client = new GraphQLClient(endpoint, {
		// a fresh timeout signal per request (a shared one would expire once for all requests)
		fetch: (input, init) => baseFetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })
	});

	return {
		async request<T>(document: RequestDocument, variables?: Variables): Promise<T> {
			try {
				return await client.request<T>(document, variables);
			} catch (err) {
				if (err instanceof ClientError) {
					const status = err.response.status;
					// the CMS answered, but is broken or overloaded: treat as unavailable
					if (status >= 500 || status === 429) {
						console.error(`CMS request failed with HTTP ${status}`);
						error(503, UNAVAILABLE_MESSAGE);
					}
					// a 4xx or GraphQL error is a bug in our query or CMS permissions: a real 500
					throw err;
				}
				// network failure: connection refused, DNS, reset, timeout (AbortSignal)
				console.error(`CMS unreachable at ${endpoint}: ${describe(err)}`);
				error(503, UNAVAILABLE_MESSAGE);
			}
		}
	};
}

function describe(err: unknown): string {
	if (err instanceof Error) {
		const cause = (err as Error & { cause?: unknown }).cause;
		const code = cause && typeof cause === 'object' && 'code' in cause ? ` (${String(cause.code)})` : '';
		return `${err.name}: ${err.message}${code}`;
	}
	return String(err);
}

/** The app-wide client for `${CMS_URL}/graphql`. Import only from server code (`+page.server.ts`, hooks). */
export const cms: CmsClient = createCmsClient(CMS_URL);
