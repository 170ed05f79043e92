/**
 * One GraphQL request to the CMS, naming a trusted document by its hash. The CMS runs only the
 * documents of its manifest (cms/trusted-documents.json, generated together with these documents by
 * `pnpm --filter web codegen`), so the document text never leaves the site: the body is
 * `{ extensions: { persistedQuery: { version: 1, sha256Hash } }, variables }`.
 */
import type { TypedDocumentString } from './generated/graphql.ts';
import { requestIdHeader } from '../server/request-context.ts';

export type GraphQLErrorShape = { message: string; path?: unknown[]; extensions?: { code?: string; [key: string]: unknown } };

/** The CMS answered, but with an HTTP error or GraphQL errors (or no data). */
export class CmsGraphQLError extends Error {
	readonly status: number;
	readonly errors: GraphQLErrorShape[];

	constructor(status: number, errors: GraphQLErrorShape[]) {
		super(`CMS GraphQL request failed (HTTP ${status}): ${errors[0]?.message ?? 'no data'}`);
		this.name = 'CmsGraphQLError';
		this.status = status;
		this.errors = errors;
	}

	get code(): string | undefined {
		return this.errors[0]?.extensions?.code;
	}
}

const PREFIX = 'sha256:';

/** The request body for a generated document: its hash and the variables, never its text. */
export function trustedRequestBody(document: TypedDocumentString<unknown, unknown>, variables?: unknown) {
	const hash: unknown = document.__meta__?.hash;
	if (typeof hash !== 'string' || !hash.startsWith(PREFIX)) {
		throw new Error('GraphQL document without a trusted hash: write it with graphql(`…`) and run `pnpm --filter web codegen`');
	}
	return { extensions: { persistedQuery: { version: 1, sha256Hash: hash.slice(PREFIX.length) } }, variables: variables ?? {} };
}

/** POSTs a trusted document to `endpoint`; its data, or a CmsGraphQLError. Network errors are thrown as they are. */
export async function requestTrusted<T, V>(
	fetch: typeof globalThis.fetch,
	endpoint: string,
	document: TypedDocumentString<T, V>,
	variables: V | undefined,
	headers: Record<string, string> = {}
): Promise<T> {
	const response = await fetch(endpoint, {
		method: 'POST',
		headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...requestIdHeader(), ...headers },
		body: JSON.stringify(trustedRequestBody(document as TypedDocumentString<unknown, unknown>, variables))
	});
	// reading may still time out: that is thrown like a network error, not taken for an answer
	const text = await response.text();
	let body: { data?: T | null; errors?: GraphQLErrorShape[] } | null = null;
	try {
		body = JSON.parse(text);
	} catch {
		// not JSON (a proxy's error page): no body
	}
	if (!response.ok || !body || (body.errors?.length ?? 0) > 0 || body.data === undefined || body.data === null) {
		throw new CmsGraphQLError(response.status, body?.errors ?? []);
	}
	return body.data;
}
