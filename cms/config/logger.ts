import { winston, formats } from '@strapi/logger';

// LOG_LEVEL=error keeps test runs and scripts quiet; the default shows requests.
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL ?? 'http',
      format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS', colors: process.env.NO_COLOR === undefined }),
    }),
  ],
};
