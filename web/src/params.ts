import { defineParams } from '@sveltejs/kit/params';
import { isLocale } from '#lib/i18n.ts';

/** Route parameter matchers: `[locale=locale]` accepts only the nine site locales. */
export const params = defineParams({
	locale: (param) => (isLocale(param) ? param : undefined)
});
