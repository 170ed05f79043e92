import { exposureSuite } from './exposure-cases';

/** `pnpm start` runs the CMS in development mode: the server's insides stay with localhost. */
exposureSuite('development');
