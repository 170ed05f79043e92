import { direction, LOCALES, shareableSearch, switchLocalePath } from '#lib/i18n.ts';
import { isAreaPath } from '#lib/server/areas/access.ts';
import type { LayoutServerLoad } from './$types';

// Every page is rendered on the server and works without JavaScript; no client-side router and
// no hydration script, so pages stay small on a weak connection (forms and filters are plain
// GET/POST forms).
export const csr = false;

export const load: LayoutServerLoad = ({ locals, url }) => {
	const locale = locals.locale;
	return {
		/** Member and office areas bring their own header (German only, no locale switcher). */
		area: isAreaPath(url.pathname),
		locale,
		dir: direction(locale),
		origin: locals.origin ?? url.origin,
		pathname: url.pathname,
		/** The same page in every locale (slugs are the same in all locales), for the switcher and hreflang. */
		alternates: LOCALES.map((entry) => ({
			code: entry.code,
			name: entry.name,
			dir: entry.dir,
			path: switchLocalePath(url.pathname, entry.code) + shareableSearch(url)
		}))
	};
};
