/**
 * The CMS on behalf of the signed-in person: their own token on every call, so the CMS's rules
 * (own entries only, drafts only, office-only routes) decide. Replies become plain German messages
 * with per-field errors; nothing technical reaches the page.
 */
import { error, redirect } from '@sveltejs/kit';
import { CMS_URL } from '$app/env/private';
import { CMS_TIMEOUT_MS, UNAVAILABLE_MESSAGE } from '../../cms.ts';
import type { TypedDocumentString } from '../../graphql/generated/graphql.ts';
import { CmsGraphQLError, requestTrusted } from '../../graphql/trusted-request.ts';
import { SIGN_IN_PATH } from './access.ts';
import { UPLOAD_REFUSALS, germanFieldMessage, germanMessage } from './messages.ts';
import { log } from '../log.ts';
import { requestIdHeader } from '../request-context.ts';

/** `meta`: Strapi's list metadata (e.g. `pagination.total` of a REST find), where the CMS sends it. */
export type CmsReply<T> =
	| { ok: true; status: number; data: T; meta?: { pagination?: { page?: number; pageSize?: number; total?: number; pageCount?: number } } }
	| { ok: false; status: number; message: string; fields: Record<string, string> };

const base = () => CMS_URL.replace(/\/+$/, '');

/** The session ended between two clicks (signed out elsewhere, deactivated): back to sign-in. */
function sessionEnded(): never {
	redirect(303, `${SIGN_IN_PATH}?abgelaufen=1`);
}

export function cmsAs(token: string) {
	async function rest<T = unknown>(method: string, path: string, body?: unknown): Promise<CmsReply<T>> {
		let response: Response;
		try {
			response = await fetch(`${base()}${path}`, {
				method,
				headers: {
					authorization: `Bearer ${token}`,
					accept: 'application/json',
					...requestIdHeader(),
					...(body === undefined ? {} : { 'content-type': 'application/json' })
				},
				body: body === undefined ? undefined : JSON.stringify(body),
				signal: AbortSignal.timeout(CMS_TIMEOUT_MS)
			});
		} catch {
			error(503, UNAVAILABLE_MESSAGE);
		}
		if (response.status === 401) sessionEnded();
		if (response.status >= 500) {
			log.error({ status: response.status, method, path: path.split('?')[0] }, 'CMS failed a request');
			error(503, UNAVAILABLE_MESSAGE);
		}
		const json = (await response.json().catch(() => null)) as {
			data?: T;
			meta?: { pagination?: { page?: number; pageSize?: number; total?: number; pageCount?: number } };
			error?: { message?: string; details?: { errors?: Array<{ path?: unknown[]; message?: string }>; fields?: Record<string, unknown> } };
		} | null;
		if (response.ok) return { ok: true, status: response.status, data: json?.data as T, meta: json?.meta };
		return { ok: false, status: response.status, message: germanMessage(response.status, json?.error?.message), fields: fieldErrors(json?.error?.details?.errors, json?.error?.details?.fields) };
	}

	/** A file for the member's own entries (POST /api/member/uploads, checked by content in the CMS). */
	async function upload(file: File): Promise<CmsReply<{ id: number; url: string }>> {
		const body = new FormData();
		body.append('file', file, file.name);
		let response: Response;
		try {
			response = await fetch(`${base()}/api/member/uploads`, {
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...requestIdHeader() },
				body,
				signal: AbortSignal.timeout(30_000)
			});
		} catch {
			error(503, UNAVAILABLE_MESSAGE);
		}
		if (response.status === 401) sessionEnded();
		if (response.status >= 500) error(503, UNAVAILABLE_MESSAGE);
		const json = (await response.json().catch(() => null)) as { data?: { id: number; url: string }; error?: { message?: string; details?: { fields?: { file?: unknown } } } } | null;
		if (response.ok && json?.data) return { ok: true, status: response.status, data: json.data };
		const message =
			response.status === 413 ? 'Die Datei ist größer als 5 MB.' : (UPLOAD_REFUSALS[String(json?.error?.details?.fields?.file)] ?? UPLOAD_REFUSALS['not an image']);
		return { ok: false, status: response.status, message, fields: { file: message } };
	}

	/** Blob download (internal working-group documents): streamed through, never stored. */
	async function download(path: string): Promise<Response> {
		let response: Response;
		try {
			response = await fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${token}`, ...requestIdHeader() }, signal: AbortSignal.timeout(30_000) });
		} catch {
			error(503, UNAVAILABLE_MESSAGE);
		}
		if (response.status === 401) sessionEnded();
		if (response.status === 403) error(403, 'Dieses Dokument ist nur für die Mitglieder des Arbeitskreises.');
		if (response.status === 404) error(404, 'Dokument nicht gefunden.');
		if (!response.ok) error(503, UNAVAILABLE_MESSAGE);
		return response;
	}

	const fetchWithTimeout: typeof globalThis.fetch = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(CMS_TIMEOUT_MS) });

	/** GraphQL (a trusted document, by hash) with the person's token; a refusal is a 403 page, an unreachable CMS a 503 page. */
	async function graphql<T, V>(document: TypedDocumentString<T, V>, variables?: V): Promise<T> {
		try {
			return await requestTrusted(fetchWithTimeout, `${base()}/graphql`, document, variables, { authorization: `Bearer ${token}` });
		} catch (err) {
			if (err instanceof CmsGraphQLError) {
				const status = err.status;
				if (status === 401) sessionEnded();
				if (status >= 500 || status === 429) error(503, UNAVAILABLE_MESSAGE);
				if (err.code === 'FORBIDDEN') error(403, 'Dafür fehlt Ihnen die Berechtigung.');
				log.warn({ status, errorCode: err.code, reason: err.errors[0]?.message }, 'GraphQL request refused');
				error(400, 'Die Anfrage konnte nicht bearbeitet werden.');
			}
			error(503, UNAVAILABLE_MESSAGE);
		}
	}

	return { rest, download, graphql, upload };
}

export type CmsAs = ReturnType<typeof cmsAs>;

function fieldErrors(errors: Array<{ path?: unknown[]; message?: string }> | undefined, named: Record<string, unknown> = {}): Record<string, string> {
	const fields: Record<string, string> = {};
	// the network's own routes name fields with German messages already
	for (const [key, message] of Object.entries(named ?? {})) if (typeof message === 'string') fields[key] = message;
	for (const entry of errors ?? []) {
		const key = (entry.path ?? []).map(String).join('.');
		if (key && !fields[key]) fields[key] = germanFieldMessage(entry.message ?? '');
	}
	return fields;
}
