import type { Core, UID } from '@strapi/strapi';
import slugifyBase from '@sindresorhus/slugify';
import { currentCaller, isOffice } from '../access/caller';

export const slugify = (text: string) =>
  slugifyBase(text, { customReplacements: [['&', ' und '], ['§', ' paragraph ']] }).slice(0, 80).replace(/-+$/, '') || 'eintrag';

/** Field the slug is derived from, per content type with a `slug` uid. */
function sourceField(uid: string): string | undefined {
  const model = strapi.getModel(uid as UID.Schema);
  const slug = model?.attributes?.slug as { type?: string; targetField?: string } | undefined;
  return slug?.type === 'uid' ? slug.targetField : undefined;
}

/** A slug not used by any other document, in any locale, draft or published. */
export async function uniqueSlug(strapi: Core.Strapi, uid: string, base: string, documentId?: string) {
  const query = strapi.db.query(uid as UID.Schema);
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`;
    const where: Record<string, unknown> = { slug: candidate };
    if (documentId) where.documentId = { $ne: documentId };
    if ((await query.count({ where })) === 0) return candidate;
  }
}

/**
 * Slugs are made by the server from the German title, unique across all versions, and never change
 * afterwards (links stay valid when a title is edited). Only the office may set one explicitly.
 * Translations of natively localized types (news, pages) share their document's German slug.
 */
export function registerSlugMiddleware(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (!context.uid.startsWith('api::') || (context.action !== 'create' && context.action !== 'update')) return next();
    const field = sourceField(context.uid);
    if (!field) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string; locale?: string };
    const data = params.data;
    if (!data) return next();
    const mayChoose = isOffice(currentCaller(strapi));
    const requested = mayChoose && typeof data.slug === 'string' && data.slug.trim() !== '' ? slugify(data.slug) : undefined;

    const documentId = params.documentId;
    const existing = documentId
      ? await strapi.db.query(context.uid as UID.Schema).findOne({ where: { documentId, slug: { $notNull: true } }, select: ['slug'], orderBy: { id: 'asc' } })
      : null;

    if (existing?.slug) {
      data.slug = requested ? await uniqueSlug(strapi, context.uid, requested, documentId) : existing.slug;
    } else {
      const source = typeof data[field] === 'string' ? (data[field] as string) : '';
      data.slug = await uniqueSlug(strapi, context.uid, requested ?? slugify(source), documentId);
    }
    return next();
  });
}
