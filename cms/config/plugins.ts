import path from 'node:path';
import { outboxTransport } from '../src/mail/outbox-transport';
import { trustedDocumentsApolloConfig } from '../src/graphql/trusted-documents';
import { graphqlDeveloperAccess, sandboxEnabled } from '../src/graphql/developer-access';
import { combineApolloConfig } from '../src/graphql/apollo-config';
import { OPERATION_LIMITS, withOperationLimits } from '../src/graphql/operation-limits';

export default ({ env }) => ({
  i18n: {
    enabled: true,
    config: { defaultLocale: 'de' },
  },
  'users-permissions': {
    config: {
      // as long as the site's session cookie: a working day
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '12h') },
      jwtSecret: env('JWT_SECRET'),
      // Only the listed fields may ever be written through the stock auth routes.
      register: { allowedFields: [] },
      // Rate limits of the auth routes: src/rate-limits/ (AUTH_RATE_LIMIT_MAX, AUTH_RATE_LIMIT_WINDOW_MS).
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      defaultLimit: 25,
      maxLimit: 100,
      depthLimit: OPERATION_LIMITS.depth,
      // introspection, sandbox and errors: localhost in development only, no internals (src/graphql/developer-access.ts)
      landingPage: sandboxEnabled(),
      // only the site's documents (by hash) for non-office callers (src/graphql/trusted-documents.ts),
      // then the limits every operation must keep (src/graphql/operation-limits.ts)
      apolloServer: withOperationLimits(combineApolloConfig(trustedDocumentsApolloConfig(env), graphqlDeveloperAccess())),
    },
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: env('SMTP_HOST')
        ? {
            host: env('SMTP_HOST'),
            port: env.int('SMTP_PORT', 587),
            secure: env.bool('SMTP_SECURE', false),
            auth: env('SMTP_USERNAME') ? { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } : undefined,
          }
        : // Development and tests: write messages as JSON files where developers and tests read them.
          outboxTransport(path.resolve(process.cwd(), env('MAIL_OUTBOX_DIR', '.tmp/mail'))),
      settings: {
        defaultFrom: env('MAIL_FROM', 'Netzwerk Integration Börde <no-reply@example.org>'),
        defaultReplyTo: env('MAIL_REPLY_TO', 'koordination@example.org'),
      },
    },
  },
});
