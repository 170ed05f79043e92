import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LOCALE_CODES } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { loadersOf } from './batch-loading';

const TRANSLATION_META = new Set(['id', 'locale', 'translatedAt']);

/** Content types whose text is translated through a `translations` component. */
function translatableTypes(strapi: Core.Strapi) {
  return Object.values(strapi.contentTypes)
    .filter((contentType) => contentType.uid.startsWith('api::'))
    .map((contentType) => {
      const attribute = contentType.attributes.translations as { type?: string; component?: string } | undefined;
      if (attribute?.type !== 'component' || !attribute.component) return null;
      const component = strapi.components[attribute.component as UID.Component];
      const fields = Object.entries(component.attributes)
        .filter(([name]) => !TRANSLATION_META.has(name))
        .map(([name, field]) => ({ name, json: (field as { type: string }).type === 'blocks' }));
      return { contentType, fields };
    })
    .filter(Boolean);
}

/**
 * Adds `localized(locale: String!): <Type>Text!` to every translatable type: the entry's text in the
 * requested locale with per-field German fallback and the list of fields that fell back.
 * It reads the translations of exactly the row (draft or published version) being resolved.
 */
export function localizedFieldsExtension(strapi: Core.Strapi, nexus) {
  const naming = strapi.plugin('graphql').service('utils').naming;
  const types = [];
  for (const { contentType, fields } of translatableTypes(strapi)) {
    const typeName = naming.getTypeName(contentType);
    const textType = `${typeName}Text`;
    const names = fields.map((field) => field.name);
    types.push(
      nexus.objectType({
        name: textType,
        description: `Text of a ${typeName} in one locale; fields missing in that locale are German (listed in fallbackFields).`,
        definition(t) {
          t.nonNull.string('locale');
          for (const field of fields) {
            if (field.json) t.field(field.name, { type: 'JSON' });
            else t.string(field.name);
          }
          t.nonNull.list.nonNull.string('fallbackFields');
          t.field('translatedAt', { type: 'DateTime' });
        },
      }),
      nexus.extendType({
        type: typeName,
        definition(t) {
          t.nonNull.field('localized', {
            type: textType,
            args: { locale: nexus.nonNull(nexus.stringArg()) },
            async resolve(parent: { id?: number }, { locale }: { locale: string }, context: object) {
              if (!LOCALE_CODES.includes(locale)) {
                throw new errors.ValidationError(`Unknown locale "${locale}". Supported: ${LOCALE_CODES.join(', ')}`);
              }
              // one query for the translations of every row of this type in the request
              const row = parent.id ? ((await loadersOf(strapi, context).translations(contentType.uid).load(parent.id)) as Record<string, unknown> | null) : null;
              return localize(row ?? parent, row?.translations as never, names, locale);
            },
          });
        },
      }),
    );
  }
  return types;
}
