/**
 * The CMS on behalf of the signed-in person (`locals.cms`, set in hooks.server.ts from the session
 * cookie): their own token on every call, so the CMS's rules (own entries only, drafts only,
 * office-only routes) decide. Replies are typed: data of the expected shape, or a `Refusal` with a
 * German message and per-field errors for the form. An ended session (401) goes back to sign-in;
 * an outage is the 503 page (errors.ts).
 */
import { error, redirect } from '@sveltejs/kit';
import type { TypedDocumentString } from '../../graphql/generated/graphql.ts';
import { germanFieldMessage, germanMessage, UPLOAD_REFUSALS } from '../areas/messages.ts';
import { CmsUnavailableError, unavailable } from './errors.ts';
import { CmsGraphQLError, sendTrusted } from './graphql.ts';
import { anything, isRecord, type Guard } from './shape.ts';
import { FILE_TIMEOUT_MS, jsonOf, type SendOptions, type Transport } from './transport.ts';
import { log } from '../log.ts';

export const SIGN_IN_AGAIN = '/mitglieder/anmelden?abgelaufen=1';

/** The CMS refused (400, 403, 404, 409, 413, 429 …): what the person reads. */
export type Refusal = { ok: false; status: number; message: string; fields: Record<string, string> };
/** `meta`: Strapi's list metadata (e.g. `pagination.total` of a REST find), where the CMS sends it. */
export type ListMeta = { pagination?: { page?: number; pageSize?: number; total?: number; pageCount?: number } };
export type CmsReply<T> = { ok: true; status: number; data: T; meta?: ListMeta } | Refusal;

/** The session ended between two clicks (signed out elsewhere, deactivated): back to sign-in. */
function sessionEnded(): never {
	redirect(303, SIGN_IN_AGAIN);
}

export interface CallerClient {
	/** A trusted GraphQL document with the person's token; a refusal is a 403/400 page. */
	graphql<T, V>(document: TypedDocumentString<T, V>, variables?: V): Promise<T>;
	/** A REST read; its data when it has the expected shape. */
	get<T>(path: string, expect: Guard<T>): Promise<CmsReply<T>>;
	/** A REST write (POST, PUT, DELETE); the answer's `data` when `expect` is given. */
	write<T = unknown>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, expect?: Guard<T>): Promise<CmsReply<T>>;
	/** A file for the member's own entries (POST /api/member/uploads, checked by content in the CMS). */
	upload(file: File): Promise<CmsReply<{ id: number; url: string }>>;
	/** A file from the CMS (internal working-group documents), streamed through, never stored. */
	download(path: string, refusals: { 403: string; 404: string }): Promise<Response>;
}

export function createCallerClient(transport: Transport, token: string): CallerClient {
	async function send(path: string, options: SendOptions): Promise<Response> {
		let response: Response;
		try {
			response = await transport.send(path, { ...options, token });
		} catch (err) {
			unavailable(err);
		}
		if (response.status === 401) sessionEnded();
		// a person's write answered 429 is their own limit (shown as a message); a read, the CMS shedding load
		if (response.status >= 500 || (response.status === 429 && (options.method ?? 'GET') === 'GET')) {
			await response.body?.cancel();
			unavailable(new CmsUnavailableError(`${options.method ?? 'GET'} ${path} answered HTTP ${response.status}`));
		}
		return response;
	}

	async function reply<T>(response: Response, path: string, expect: Guard<T>): Promise<CmsReply<T>> {
		const json = await jsonOf(response);
		const answer = isRecord(json) ? json : {};
		if (response.ok) {
			if (!expect(answer.data)) unavailable(new CmsUnavailableError(`${path} answered data of an unexpected shape`));
			return { ok: true, status: response.status, data: answer.data, ...listMeta(answer.meta) };
		}
		const failure = isRecord(answer.error) ? answer.error : {};
		const details = isRecord(failure.details) ? failure.details : {};
		return {
			ok: false,
			status: response.status,
			message: germanMessage(response.status, typeof failure.message === 'string' ? failure.message : undefined),
			fields: fieldErrors(details.errors, details.fields)
		};
	}

	return {
		async graphql(document, variables) {
			try {
				return await sendTrusted(transport, document, variables, token);
			} catch (err) {
				if (!(err instanceof CmsGraphQLError)) unavailable(err);
				if (err.status === 401) sessionEnded();
				if (err.code === 'FORBIDDEN') error(403, 'Dafür fehlt Ihnen die Berechtigung.');
				log.error({ cause: err.errors[0]?.message }, 'GraphQL request refused');
				error(400, 'Die Anfrage konnte nicht bearbeitet werden.');
			}
		},

		async get(path, expect) {
			return reply(await send(path, { method: 'GET' }), path, expect);
		},

		async write(method, path, body, expect) {
			return reply(await send(path, { method, body }), path, (expect ?? anything) as Guard<never>);
		},

		async upload(file) {
			const body = new FormData();
			body.append('file', file, file.name);
			const response = await send('/api/member/uploads', { method: 'POST', body, timeoutMs: FILE_TIMEOUT_MS });
			const json = await jsonOf(response);
			const answer = isRecord(json) ? json : {};
			const data = answer.data;
			if (response.ok && isRecord(data) && typeof data.id === 'number' && typeof data.url === 'string') {
				return { ok: true, status: response.status, data: { id: data.id, url: data.url } };
			}
			const failure = isRecord(answer.error) ? answer.error : {};
			const details = isRecord(failure.details) ? failure.details : {};
			const fields = isRecord(details.fields) ? details.fields : {};
			const message = response.status === 413 ? 'Die Datei ist größer als 5 MB.' : (UPLOAD_REFUSALS[String(fields.file)] ?? UPLOAD_REFUSALS['not an image']);
			return { ok: false, status: response.status, message, fields: { file: message } };
		},

		async download(path, refusals) {
			const response = await send(path, { method: 'GET', accept: '*/*', timeoutMs: FILE_TIMEOUT_MS });
			if (response.ok) return response;
			await response.body?.cancel();
			if (response.status === 403) error(403, refusals[403]);
			if (response.status === 404) error(404, refusals[404]);
			unavailable(new CmsUnavailableError(`${path} answered HTTP ${response.status}`));
		}
	};
}

/** Only the numbers of Strapi's pagination metadata, nothing else the CMS may add. */
function listMeta(meta: unknown): { meta?: ListMeta } {
	if (!isRecord(meta) || !isRecord(meta.pagination)) return {};
	const pagination: NonNullable<ListMeta['pagination']> = {};
	for (const key of ['page', 'pageSize', 'total', 'pageCount'] as const) {
		const value = meta.pagination[key];
		if (typeof value === 'number') pagination[key] = value;
	}
	return { meta: { pagination } };
}

function fieldErrors(errors: unknown, named: unknown): Record<string, string> {
	const fields: Record<string, string> = {};
	// the network's own routes name fields with German messages already
	if (isRecord(named)) for (const [key, message] of Object.entries(named)) if (typeof message === 'string') fields[key] = message;
	for (const entry of Array.isArray(errors) ? errors : []) {
		if (!isRecord(entry)) continue;
		const key = (Array.isArray(entry.path) ? entry.path : []).map(String).join('.');
		if (key && !fields[key]) fields[key] = germanFieldMessage(typeof entry.message === 'string' ? entry.message : '');
	}
	return fields;
}
