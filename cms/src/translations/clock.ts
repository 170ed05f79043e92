import type { Core, UID } from '@strapi/strapi';
import { stableJson } from '../moderation/entries';
import { germanText, touchesSource } from './sources';
import { ENTRY_TYPES } from '../content/entry-types';

/** The entries with German text and translations beside it, and their translation component. */
const TRANSLATED: Record<string, string> = Object.fromEntries(Object.values(ENTRY_TYPES).map((entry) => [entry.uid, entry.translations]));

const META = new Set(['id', 'locale', 'translatedAt']);

/** The German fields that have a translation: the text fields of the type's translation component. */
export function translatedFields(uid: string): string[] {
  const component = TRANSLATED[uid];
  if (!component) return [];
  return Object.keys(strapi.components[component as UID.Component]?.attributes ?? {}).filter((name) => !META.has(name));
}

const differs = (a: unknown, b: unknown) => stableJson(a ?? null) !== stableJson(b ?? null);

/**
 * Keeps the two clocks that tell whether a translation is older than the German text, whoever
 * writes (site, admin panel, seed): `textChangedAt` moves when a German text field changes,
 * a translation's `translatedAt` when its own text changes. Clients cannot set either.
 */
export function registerTranslationClock(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (!TRANSLATED[context.uid] || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Record<string, any>; documentId?: string };
    const data = params.data;
    if (!data) return next();
    const fields = translatedFields(context.uid);
    const current = params.documentId
      ? ((await strapi.db.query(context.uid as UID.Schema).findOne({ where: { documentId: params.documentId, publishedAt: null }, populate: { translations: true, ...(strapi.contentTypes[context.uid as UID.ContentType]?.attributes?.openingHours ? { openingHours: true } : {}) } })) as Record<string, any> | null)
      : null;
    const now = new Date();

    if (!current) data.textChangedAt = now;
    else if (fields.some((field) => touchesSource(data, field) && differs(germanText(data, field), germanText(current, field)))) data.textChangedAt = now;
    else delete data.textChangedAt;

    if (Array.isArray(data.translations)) {
      const previous = new Map<string, Record<string, any>>((current?.translations ?? []).map((entry: Record<string, any>) => [entry.locale, entry]));
      data.translations = data.translations.map((entry: Record<string, any>) => {
        if (!entry || typeof entry !== 'object') return entry;
        const before = previous.get(entry.locale);
        const changed = !before || fields.some((field) => field in entry && differs(entry[field], before[field]));
        return { ...entry, translatedAt: changed ? now : (before.translatedAt ?? now) };
      });
    }
    return next();
  });
}

/** The locales a type can be translated into: the enumeration of its translation component. */
export function translationLocales(uid: string): string[] {
  const locale = strapi.components[TRANSLATED[uid] as UID.Component]?.attributes?.locale as { enum?: string[] } | undefined;
  return locale?.enum ?? [];
}

/** Per locale: is there a translation, and is it at least as new as the German text? */
export function translationStatus(uid: string, row: Record<string, any> | null) {
  const fields = translatedFields(uid);
  const locales = translationLocales(uid);
  const result: Record<string, 'current' | 'outdated' | 'missing'> = {};
  for (const locale of locales) {
    const entry = (row?.translations ?? []).find((translation: Record<string, any>) => translation.locale === locale);
    const hasText = entry && fields.some((field) => {
      const value = entry[field];
      return Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value != null;
    });
    if (!hasText) result[locale] = 'missing';
    else if (row?.textChangedAt && (!entry.translatedAt || new Date(entry.translatedAt) < new Date(row.textChangedAt))) result[locale] = 'outdated';
    else result[locale] = 'current';
  }
  return result;
}
