import type { Core } from '@strapi/strapi';
import { registerDocumentGuard } from './access/document-guard';
import { registerWriteGuard } from './access/write-guard';
import { registerSlugMiddleware } from './content/slugs';
import { registerPlainTextCheck } from './content/plain-text';
import { registerTranslationClock } from './translations/clock';
import { registerSiteNotifications, startSiteNotifications } from './site-notifications';
import { publicationGuardPlugin } from './graphql/publication-guard';
import { localizedFieldsExtension } from './graphql/localized-fields';
import { batchEntityLoads, batchLoadingPlugin, memoizeQueryChecks } from './graphql/batch-loading';
import { submissionMutations } from './graphql/submissions';
import { moderationGraphql } from './graphql/moderation';
import { retentionGraphql } from './graphql/retention';
import { hideExchangeFromGraphql } from './graphql/exchange';
import { joiningGraphql } from './graphql/joining';
import { retentionPolicy } from './retention/policy';
import { syncLocales } from './bootstrap/locales';
import { closeRegistration, syncRolesAndPermissions } from './bootstrap/roles';
import { ensureIndexes, refreshStatistics } from './bootstrap/indexes';
import { seedIfWanted } from './seed/run';
import { checkProductionSettings } from './bootstrap/production-checks';
import { closeLimiters, openLimiters } from './rate-limits/limiters';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // first: a production start with unsafe settings stops here, before the database is touched
    checkProductionSettings(process.env, strapi.log);
    retentionPolicy(); // a bad RETENTION_* value stops the start, naming the variable
    registerDocumentGuard(strapi);
    registerWriteGuard(strapi);
    registerPlainTextCheck(strapi);
    registerSlugMiddleware(strapi);
    registerTranslationClock(strapi);
    registerSiteNotifications(strapi);

    hideExchangeFromGraphql(strapi);
    const graphqlExtension = strapi.plugin('graphql').service('extension');
    // the reminder tables are read and written by the CMS's own routes only;
    // registrations hold personal data: not in the GraphQL schema at all (REST routes of their own, registrations/)
    for (const uid of ['api::confirmation-token.confirmation-token', 'api::confirmation-reminder.confirmation-reminder', 'api::event-registration.event-registration', 'api::event-registration.event-registration-message']) graphqlExtension.shadowCRUD(uid).disable();
    graphqlExtension.use(({ nexus }) => {
      const submissions = submissionMutations(strapi, nexus);
      const moderation = moderationGraphql(strapi, nexus);
      const retention = retentionGraphql(nexus);
      const joining = joiningGraphql(strapi, nexus);
      return {
        plugins: [publicationGuardPlugin(strapi, nexus), batchLoadingPlugin(strapi, nexus)],
        types: [...localizedFieldsExtension(strapi, nexus), ...submissions.types, ...moderation.types, ...retention.types, ...joining.types],
        resolversConfig: { ...submissions.resolversConfig, ...moderation.resolversConfig, ...retention.resolversConfig, ...joining.resolversConfig },
      };
    });
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    batchEntityLoads(strapi);
    memoizeQueryChecks(strapi);
    await syncLocales(strapi);
    await syncRolesAndPermissions(strapi);
    await closeRegistration(strapi);
    await ensureIndexes(strapi);
    await seedIfWanted(strapi);
    await refreshStatistics(strapi);
    openLimiters();
    startSiteNotifications();
  },

  async destroy() {
    await closeLimiters();
  },
};
