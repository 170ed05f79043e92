/**
 * GraphQL at the door: only trusted documents, named by their hash. The CMS runs nothing but the
 * documents of its manifest (cms/trusted-documents.json, generated together with the site's
 * `graphql(…)` documents by `pnpm --filter web codegen`), so the document text never leaves the
 * site: the body is `{ extensions: { persistedQuery: { version: 1, sha256Hash } }, variables }`.
 */
import type { TypedDocumentString } from '../../graphql/generated/graphql.ts';
import { CmsUnavailableError, isOutageStatus } from './errors.ts';
import type { Transport } from './transport.ts';

export type GraphQLErrorShape = { message: string; path?: unknown[]; extensions?: { code?: string; [key: string]: unknown } };

/** The CMS answered, but refused: an HTTP 4xx or GraphQL errors (or no data). */
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

/** A unique key of one document with its variables (the page cache and tests use it). */
export function documentKey(document: TypedDocumentString<unknown, unknown>, variables?: unknown): string {
	return `${String(document.__meta__?.hash)}:${JSON.stringify(variables ?? {})}`;
}

/**
 * POSTs a trusted document; its data. No answer, 5xx or 429: `CmsUnavailableError`. Any other
 * refusal (4xx, GraphQL errors, no data): `CmsGraphQLError`.
 */
export async function sendTrusted<T, V>(transport: Transport, document: TypedDocumentString<T, V>, variables: V | undefined, token?: string): Promise<T> {
	const response = await transport.send('/graphql', {
		method: 'POST',
		token,
		accept: 'application/graphql-response+json, application/json',
		body: trustedRequestBody(document as TypedDocumentString<unknown, unknown>, variables)
	});
	let text: string;
	try {
		text = await response.text();
	} catch (err) {
		// reading may still time out: no answer, not an empty one
		throw new CmsUnavailableError(`reading the GraphQL answer: ${String(err)}`);
	}
	if (isOutageStatus(response.status)) throw new CmsUnavailableError(`GraphQL answered HTTP ${response.status}`);
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
