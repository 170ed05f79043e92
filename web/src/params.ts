import { defineParams } from '@sveltejs/kit/params';
import { isLocale } from '#lib/i18n.ts';

/**
 * Route parameter matchers: `[locale=locale]` accepts only the nine site locales; `[part=part]` a
 * sitemap part number (1, 2, …; no sign, no leading zero).
 */
export const params = defineParams({
	locale: (param) => (isLocale(param) ? param : undefined),
	part: (param) => (/^[1-9][0-9]{0,5}$/.test(param) ? param : undefined)
});
