/**
 * Per-field fallback for the directory types (actor, offering, event, working group, municipality,
 * taxonomies). Their German text lives in the entry itself; other locales live in a repeatable
 * `translations` component, one item per locale. Any field left empty in a translation falls back
 * to German on its own, and the result says which fields did, so the site can tell the visitor.
 */
import { germanText } from '../translations/sources';

export type Localized = Record<string, unknown> & { locale: string; fallbackFields: string[]; translatedAt: string | null };

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

export function localize(
  entry: Record<string, unknown>,
  translations: Array<Record<string, unknown>> | undefined,
  fields: string[],
  locale: string,
): Localized {
  const translation = locale === 'de' ? undefined : translations?.find((item) => item.locale === locale);
  const result: Localized = { locale, fallbackFields: [], translatedAt: (translation?.translatedAt as string) ?? null };
  for (const field of fields) {
    const translated = translation?.[field];
    if (!isEmpty(translated)) {
      result[field] = translated;
    } else {
      const german = germanText(entry, field);
      result[field] = german ?? null;
      if (locale !== 'de' && !isEmpty(german)) result.fallbackFields.push(field);
    }
  }
  return result;
}
