import { BlockList, isIP } from 'node:net';
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * What the GraphQL endpoint tells about the server itself: the schema (introspection), the sandbox
 * (Apollo's landing page) and the insides of errors. `pnpm start` runs the CMS in development mode,
 * and a newcomer may expose it, so the development tools answer only requests from this machine,
 * production has none, and no error carries a stack trace or an internal message in any mode.
 *
 * GRAPHQL_INTROSPECTION: `true` allows introspection to every caller (e.g. for third-party clients),
 * `false` to none; unset: localhost in development, nobody in production.
 */
type Env = Record<string, string | undefined>;
type Audience = 'everyone' | 'localhost' | 'nobody';

export function introspectionAudience(env: Env = process.env): Audience {
  if (env.GRAPHQL_INTROSPECTION === 'true') return 'everyone';
  if (env.GRAPHQL_INTROSPECTION === 'false' || env.NODE_ENV === 'production') return 'nobody';
  return 'localhost';
}

/** The sandbox is a development tool only; src/middlewares/graphql-sandbox.ts keeps it to localhost. */
export const sandboxEnabled = (env: Env = process.env) => env.NODE_ENV !== 'production';

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/**
 * A request from this machine: the client address Koa reports, which is the visitor's when the site
 * signed it (src/middlewares/client-address.ts) or a trusted proxy named it (TRUST_PROXY).
 */
export function isLocalRequest(ctx: { request?: { ip?: string } } | undefined): boolean {
  const address = (ctx?.request?.ip ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  const family = isIP(address);
  return family !== 0 && loopback.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const mayIntrospect = (ctx: { request?: { ip?: string } } | undefined, audience: Audience) =>
  audience === 'everyone' || (audience === 'localhost' && isLocalRequest(ctx));

const asksForSchema = (schema: GraphQLSchema, document: DocumentNode) => validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;

type FormattedError = { message: string; extensions?: Record<string, unknown> };

/** Keeps what a caller can act on (message, code, a Strapi error's details); drops stack traces and internals. */
function withoutInternals(error: FormattedError): FormattedError {
  const { stacktrace: _stacktrace, exception: _exception, ...extensions } = error.extensions ?? {};
  if (extensions.code === 'INTERNAL_SERVER_ERROR') return { ...error, message: 'Internal Server Error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  return { ...error, extensions };
}

/**
 * Apollo server options: introspection is decided per request by the plugin below, for every mode
 * (Apollo's own flag is global, so it stays on and the plugin refuses), and stack traces are never
 * added to responses.
 */
export function graphqlDeveloperAccess(env: Env = process.env) {
  const audience = introspectionAudience(env);
  const plugin = {
    async requestDidStart({ contextValue }: { contextValue: { koaContext?: { request?: { ip?: string } } } }) {
      const allowed = mayIntrospect(contextValue?.koaContext, audience);
      return {
        async didResolveOperation({ document, schema }: { document: DocumentNode; schema: GraphQLSchema }) {
          if (!allowed && asksForSchema(schema, document)) {
            throw new GraphQLError('Introspection is not available here: use the schema the project publishes (cms/schema.graphql).', {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
          }
        },
        async willSendResponse({ response }: { response: { body: { kind: string; singleResult?: { errors?: FormattedError[] } } } }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (result?.errors) result.errors = result.errors.map(withoutInternals);
        },
      };
    },
  };
  return { introspection: true, includeStacktraceInErrorResponses: false, plugins: [plugin] };
}
