import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales';

/** The nine locales exist, German is the default. */
export async function syncLocales(strapi: Core.Strapi) {
  const service = strapi.plugin('i18n').service('locales');
  const existing: { code: string }[] = await service.find();
  for (const locale of LOCALES) {
    if (!existing.some((item) => item.code === locale.code)) await service.create({ code: locale.code, name: locale.name });
  }
  if ((await service.getDefaultLocale()) !== DEFAULT_LOCALE) await service.setDefaultLocale({ code: DEFAULT_LOCALE });
}
