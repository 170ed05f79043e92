import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { DATABASE_TIMEOUT_MESSAGE, isDatabaseTimeout } from '../database/timeouts';
import { operationCost } from './operation-cost';

/**
 * What one GraphQL operation may ask of the CMS, for every caller (public, members, office, API
 * tokens). The site's largest documents (tests/security/operation-limits.test.ts prints them) stay
 * well below: at most ~320 tokens, depth 5, 68 fields, no aliases or directives, cost 33,100.
 */
export const OPERATION_LIMITS = {
  /** lexical tokens of the document (graphql's own parser limit) */
  tokens: 2_000,
  /** nesting of fields, fragments flattened (Strapi's depthLimit uses the same number) */
  depth: 8,
  aliases: 20,
  directives: 10,
  /** fields of the document once every fragment is expanded (refuses fragment bombs) */
  fields: 1_000,
  /** values the answer may hold: nested lists multiply by their page size (operation-cost.ts) */
  cost: 100_000,
} as const;

type Limit = keyof typeof OPERATION_LIMITS;

function limitError(limit: Limit, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, maximum: OPERATION_LIMITS[limit], ...extra, http: { status: 400 } },
  });
}

/** GraphQL Armor's rules report "… limit of N exceeded, found M."; this is the M. */
const found = (error: GraphQLError) => Number(/found (\d+)/.exec(error.message)?.[1]);

/**
 * The limits that depend on the document alone, with GraphQL Armor's rules (each walks a fragment
 * once, so a fragment bomb costs linear time). Throws the first exceeded limit.
 */
export function checkDocument(schema: GraphQLSchema, document: DocumentNode): void {
  const exceeded: Array<{ limit: Limit; found: number }> = [];
  const report = (limit: Limit) => ({
    propagateOnRejection: false,
    onReject: [(_context: ValidationContext | null, error: GraphQLError) => exceeded.push({ limit, found: found(error) })],
  });
  validate(schema, document, [
    maxDepthRule({ n: OPERATION_LIMITS.depth, flattenFragments: true, ...report('depth') }),
    maxAliasesRule({ n: OPERATION_LIMITS.aliases, ...report('aliases') }),
    maxDirectivesRule({ n: OPERATION_LIMITS.directives, ...report('directives') }),
    // Every field counts 1 and fragments are flattened: the number of fields after expansion.
    costLimitRule({ maxCost: OPERATION_LIMITS.fields, objectCost: 1, scalarCost: 1, depthCostFactor: 1, flattenFragments: true, ...report('fields') }),
  ]);
  const first = exceeded[0];
  if (!first) return;
  const messages: Record<Limit, string> = {
    tokens: '',
    depth: `Query depth ${first.found} exceeds maximum operation depth of ${OPERATION_LIMITS.depth}.`,
    aliases: `The operation uses ${first.found} aliases; the alias limit is ${OPERATION_LIMITS.aliases}.`,
    directives: `The operation uses ${first.found} directives; the directive limit is ${OPERATION_LIMITS.directives}.`,
    fields: `The operation expands to ${first.found} fields; the field limit is ${OPERATION_LIMITS.fields}.`,
    cost: '',
  };
  throw limitError(first.limit, messages[first.limit], { found: first.found });
}

/** Refuses an operation whose cost with these variables is over the limit. */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): void {
  let cost: number;
  try {
    cost = operationCost(schema, document, variables, operationName);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (/maximum allowed number of nodes/.test(error.message)) {
      throw limitError('fields', `The operation expands to too many fields; the field limit is ${OPERATION_LIMITS.fields}.`);
    }
    // Variables that do not fit the operation: execution refuses them with this error before any
    // resolver runs.
    return;
  }
  if (cost > OPERATION_LIMITS.cost) {
    throw limitError('cost', `The operation costs ${cost}; the cost limit is ${OPERATION_LIMITS.cost}. Ask for smaller pages or fewer nested lists.`, { cost });
  }
}

type RequestContext = {
  schema: GraphQLSchema;
  document?: DocumentNode;
  operationName?: string | null;
  request: { variables?: Record<string, unknown> };
  errors?: ReadonlyArray<GraphQLError>;
  response: {
    http: { status?: number; headers: Map<string, string> };
    body?: { kind: string; singleResult?: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
  };
};

/**
 * A resolver whose statement the database gave up on (statement timeout): HTTP 503 and a message
 * that says so, instead of "Internal Server Error". Formatted errors are in the order of `errors`.
 */
function reportDatabaseTimeouts({ errors, response }: RequestContext) {
  const formatted = response.body?.singleResult?.errors;
  if (!errors || !formatted) return;
  errors.forEach((error, index) => {
    if (!isDatabaseTimeout(error) || !formatted[index]) return;
    formatted[index] = { ...formatted[index], message: DATABASE_TIMEOUT_MESSAGE, extensions: { code: 'DATABASE_TIMEOUT' } };
    response.http.status = 503;
    response.http.headers.set('retry-after', '5');
  });
}

/** Stand-in documents of refused operations, with the error that refuses them. */
const refusals = new WeakMap<DocumentNode, GraphQLError>();

/**
 * The validation rule that answers for a refused document: Apollo turns what it reports into a 400
 * (an error thrown from a plugin hook before validation would be a 500).
 */
const reportRefusal: ValidationRule = (context) => {
  const refusal = refusals.get(context.getDocument());
  if (refusal) context.reportError(refusal);
  return {};
};

/**
 * Apollo Server plugin. The document limits run when a document is first seen, before the validation
 * rules: Strapi's depth rule expands every fragment spread anew and would spend exponential time on
 * a fragment bomb, so a refused document is swapped for a trivial stand-in that `reportRefusal`
 * refuses with the limit's error. Apollo caches validated documents, so this runs once per distinct
 * document. The cost depends on the variables and is checked for every request, before execution
 * (an error thrown there answers 400). Last, an operation that hit the database's statement timeout
 * answers 503.
 */
export const operationLimitsPlugin = {
  async requestDidStart() {
    return {
      async validationDidStart(context: RequestContext) {
        if (!context.document) return;
        try {
          checkDocument(context.schema, context.document);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          const standIn = parse('{ __typename }');
          refusals.set(standIn, error);
          context.document = standIn;
        }
      },
      async didResolveOperation({ schema, document, request, operationName }: RequestContext) {
        if (document) checkCost(schema, document, request.variables, operationName);
      },
      async willSendResponse(context: RequestContext) {
        reportDatabaseTimeouts(context);
      },
    };
  },
};

/**
 * config/plugins.ts: `apolloServer: withOperationLimits({ … })`. Strapi's GraphQL plugin merges this
 * object into its ApolloServer options, concatenating arrays (plugins, validationRules).
 */
export function withOperationLimits<T extends Record<string, unknown> & { plugins?: unknown[] }>(apolloServer: T) {
  return {
    ...apolloServer,
    parseOptions: { maxTokens: OPERATION_LIMITS.tokens },
    validationRules: [...((apolloServer.validationRules as ValidationRule[] | undefined) ?? []), reportRefusal],
    plugins: [...(apolloServer.plugins ?? []), operationLimitsPlugin],
  };
}
