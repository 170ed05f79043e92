/**
 * The CMS as the public sees it: what every public page reads (trusted GraphQL documents without a
 * token, so the CMS answers only published, public content) and the public images. Nothing here
 * is personal, which is what lets the page cache (page-cache.ts) keep the pages built from it.
 */
import { error } from '@sveltejs/kit';
import type { TypedDocumentString } from '../../graphql/generated/graphql.ts';
import type { Locale } from '../../i18n.ts';
import { CmsUnavailableError, isOutageStatus, unavailable } from './errors.ts';
import { sendTrusted } from './graphql.ts';
import { isRecord, type Guard } from './shape.ts';
import { jsonOf, type Transport } from './transport.ts';

export interface PublicClient {
	/**
	 * A trusted document's data. An outage is the 503 page; any other refusal is a bug in the
	 * document or the CMS's permissions and stays an error (500), never an empty page.
	 */
	request<T, V>(document: TypedDocumentString<T, V>, variables?: V): Promise<T>;
	/**
	 * A public REST read that is not a content query (e.g. the counts of GET /api/offering-counts):
	 * its `data` of the expected shape. An outage or an answer of another shape is the 503 page; a
	 * refusal is a bug in the site or the CMS's permissions (500).
	 */
	get<T>(path: `/api/${string}`, expect: Guard<T>): Promise<T>;
	/** An uploaded image (PNG, JPEG or WebP only), or null; an outage is the 503 page. */
	image(path: string): Promise<Response | null>;
}

const IMAGE_TYPES = /^image\/(png|jpeg|webp)$/;

export function createPublicClient(transport: Transport): PublicClient {
	return {
		async request(document, variables) {
			try {
				return await sendTrusted(transport, document, variables);
			} catch (err) {
				if (err instanceof CmsUnavailableError) unavailable(err);
				throw err;
			}
		},

		async get(path, expect) {
			let response: Response;
			try {
				response = await transport.send(path, { method: 'GET' });
			} catch (err) {
				unavailable(err);
			}
			if (isOutageStatus(response.status)) {
				await response.body?.cancel();
				unavailable(new CmsUnavailableError(`GET ${path} answered HTTP ${response.status}`));
			}
			const json = await jsonOf(response);
			if (!response.ok) throw new Error(`CMS refused GET ${path}: HTTP ${response.status}`);
			const data = isRecord(json) ? json.data : undefined;
			if (!expect(data)) unavailable(new CmsUnavailableError(`GET ${path} answered data of an unexpected shape`));
			return data;
		},

		async image(path) {
			let response: Response;
			try {
				response = await transport.send(`/uploads/${path}`, { accept: 'image/*', redirect: 'manual' });
			} catch (err) {
				unavailable(err);
			}
			const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
			// the CMS stores and serves only these three (cms/src/uploads/image-policy.ts)
			if (response.ok && IMAGE_TYPES.test(type)) return response;
			await response.body?.cancel();
			if (response.status >= 500) unavailable(new CmsUnavailableError(`/uploads answered HTTP ${response.status}`));
			return null;
		}
	};
}

/** Not found: the same 404 page wherever a slug or file is unknown. */
export const notFound = (): never => error(404, 'Not Found');

/**
 * News, pages and the global settings are localized by Strapi (one complete version per locale).
 * Asks for the visitor's locale first and for German when that version does not exist.
 */
export async function withGermanFallback<T>(
	locale: Locale,
	fetch: (locale: Locale) => Promise<T | null | undefined>
): Promise<{ value: T; fallback: boolean } | null> {
	if (locale !== 'de') {
		const value = await fetch(locale);
		if (value) return { value, fallback: false };
	}
	const german = await fetch('de');
	return german ? { value: german, fallback: locale !== 'de' } : null;
}
