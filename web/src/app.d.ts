// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '#lib/i18n.ts';

declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** The locale of the request: from the path (`/ar/…`), German elsewhere. */
			locale: Locale;
			/** Structured data (schema.org) a page wants in its <head>; written by hooks.server.ts. */
			jsonLd: Record<string, unknown>[];
			/** The site's public origin for absolute links (ORIGIN, or derived from the request). */
			origin: string;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
