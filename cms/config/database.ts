import path from 'node:path';

export default ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'boerde'),
          user: env('DATABASE_USERNAME', 'boerde'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
          schema: env('DATABASE_SCHEMA', 'public'),
          // PostgreSQL cancels any statement that runs longer (waiting for locks included); 0 = never.
          // The request then answers 503 (src/middlewares/database-timeout.ts).
          statement_timeout: env.int('DATABASE_STATEMENT_TIMEOUT_MS', 10000),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', '.tmp/data.db')),
        // SQLite has no statement timeout (better-sqlite3 runs each statement synchronously): the
        // GraphQL cost limits and REST's populate bounds keep statements small. A statement that finds
        // the file locked waits better-sqlite3's busy timeout (5 s), then answers 503.
      },
      useNullAsDefault: true,
    },
  };
};
