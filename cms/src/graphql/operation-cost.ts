import { getNamedType, getNullableType, isLeafType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** Strapi's page sizes (config/plugins.ts and config/api.ts): the default and the cap of every list. */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/**
 * How many rows a list field may return: its `pagination.limit` or `pagination.pageSize`, the default
 * when none is given, the cap when more (or -1, "all") is asked for — as Strapi clamps them.
 */
export function pageSize(pagination: { limit?: number | null; pageSize?: number | null } | null | undefined): number {
  const requested = pagination?.limit ?? pagination?.pageSize;
  if (requested === undefined || requested === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isFinite(requested) || requested <= 0 || requested > MAX_PAGE_SIZE) return MAX_PAGE_SIZE;
  return requested;
}

/**
 * The cost of a field is the number of values it can put into the answer: 1 for a scalar, 1 plus its
 * selection for an object, and that times the page size for a paginated list. Nested lists multiply,
 * so `municipalities { actors { municipalities { … } } }` costs 100 × 100 × 100 …, which is what it
 * costs the database (Strapi resolves every relation per parent row).
 */
const rowsEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection (`__schema`, `__type`, `__typename`) is answered from the schema in memory.
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  const own = isLeafType(getNamedType(field.type)) ? 1 : 1 + childComplexity;
  if (field.args.some((argument) => argument.name === 'pagination')) return own * pageSize(args.pagination);
  // `nodes` of a connection is bounded by the connection's pagination; any other list of objects
  // without pagination (i18n `localizations`) is counted at the default page size.
  const list = isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type));
  if (list && !type.name.endsWith('ResponseCollection')) return own * DEFAULT_PAGE_SIZE;
  return own;
};

/** The cost of the operation that a request runs, with its variables; throws when variables do not fit. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [rowsEstimator],
    // The document passed the size limit before (operation-limits.ts); this only stops a runaway walk.
    maxQueryNodes: 100_000,
  });
}
