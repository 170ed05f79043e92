import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { PUBLICATION_ARGUMENTS } from '../access/publication-selectors';
import type { QueryGuard } from '../access/query-guard';

const PUBLICATION_ARGUMENT_NAMES = new Set(PUBLICATION_ARGUMENTS);

/** Which content type each field of the schema lists: root queries and association fields. */
export function contentTypeFields(strapi: Core.Strapi) {
  const naming = strapi.plugin('graphql').service('utils').naming;
  const rootQueries = new Map<string, string>();
  const associations = new Map<string, string>();
  /** "Actor.logo" style keys of every relation, media and component field, mapped to their attribute. */
  const readable = new Map<string, { uid: string; attribute: string }>();
  for (const contentType of Object.values(strapi.contentTypes)) {
    if (!contentType.uid.startsWith('api::')) continue;
    for (const name of [naming.getFindQueryName(contentType), naming.getFindOneQueryName(contentType), naming.getFindConnectionQueryName(contentType)]) {
      rootQueries.set(name, contentType.uid);
    }
    const typeName = naming.getTypeName(contentType);
    for (const [name, attribute] of Object.entries(contentType.attributes)) {
      const { type, target } = attribute as { type: string; target?: string };
      if (['relation', 'media', 'component', 'dynamiczone'].includes(type)) {
        readable.set(`${typeName}.${name}`, { uid: contentType.uid, attribute: name });
        readable.set(`${typeName}.${name}_connection`, { uid: contentType.uid, attribute: name });
      }
      if (type !== 'relation' || !target?.startsWith('api::')) continue;
      associations.set(`${typeName}.${name}`, target);
      associations.set(`${typeName}.${name}_connection`, target);
    }
  }
  return { rootQueries, associations, readable };
}

/**
 * Checks a whole operation of a non-office caller before anything runs: no argument asks for
 * unpublished versions (nested relations inherit the root's status), and every `filters` and `sort`
 * argument, at any depth and through fragments, stays inside the allow-list of the type it lists;
 * every relation, media or component field selected is one the allow-list lets the type populate;
 * polymorphic fields (a file's `related` entries of any type) are not for non-office callers.
 * Throws ForbiddenError naming the first refused selector.
 */
export function checkOperation(info: GraphQLResolveInfo, fields: ReturnType<typeof contentTypeFields>, queries: QueryGuard): void {
  const seenFragments = new Set<string>();

  const visitField = (field: FieldNode, parentType: string, path: string) => {
    const name = field.name.value;
    const here = `${path}${field.alias?.value ?? name}`;
    const uid = parentType === info.schema.getQueryType()?.name ? fields.rootQueries.get(name) : fields.associations.get(`${parentType}.${name}`);
    const readable = fields.readable.get(`${parentType}.${name}`);
    if (readable) queries.populateField(readable.uid, readable.attribute, here);
    for (const argument of field.arguments ?? []) {
      const value = valueFromASTUntyped(argument.value, info.variableValues);
      if (value === null || value === undefined) continue;
      const argumentName = argument.name.value;
      if ((argumentName === 'status' && String(value).toLowerCase() !== 'published') || PUBLICATION_ARGUMENT_NAMES.has(argumentName)) {
        throw new errors.ForbiddenError(`Refused: ${here}(${argumentName}) (drafts and publication state are for the coordination office only)`);
      }
      if (uid && argumentName === 'filters') queries.filters(uid, value, 'graphql');
      if (uid && argumentName === 'sort') queries.sort(uid, value);
    }
    if (!field.selectionSet) return;
    const parent = info.schema.getType(parentType);
    const definition = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
    if (!definition) return;
    const returned = getNamedType(definition.type);
    if (isUnionType(returned)) throw new errors.ForbiddenError(`Refused: ${here} lists entries of any type (for the coordination office only)`);
    visitSelections(field.selectionSet, returned.name, `${here}.`);
  };

  const visitSelections = (set: SelectionSetNode, parentType: string, path: string) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) visitField(selection, parentType, path);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visitSelections(selection.selectionSet, selection.typeCondition?.name.value ?? parentType, path);
      else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) visitSelections(fragment.selectionSet, fragment.typeCondition.name.value, path);
      }
    }
  };

  for (const field of info.fieldNodes) visitField(field, info.parentType.name, '');
}
