// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '#lib/i18n.ts';
import type { Session } from '#lib/server/areas/session.ts';
import type { CallerClient } from '#lib/server/cms/index.ts';

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
			/** The signed-in person in the member and office areas (null elsewhere and when signed out). */
			session: Session | null;
			/** The CMS with the signed-in person's token (lib/server/cms/caller.ts); null when nobody is signed in. */
			cms: CallerClient | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
