import type { Core } from '@strapi/strapi';
import { registerDocumentGuard } from './access/document-guard';
import { registerWriteGuard } from './access/write-guard';
import { registerSlugMiddleware } from './content/slugs';
import { registerPlainTextCheck } from './content/plain-text';
import { registerTranslationClock } from './translations/clock';
import { publicationGuardPlugin } from './graphql/publication-guard';
import { localizedFieldsExtension } from './graphql/localized-fields';
import { batchEntityLoads, batchLoadingPlugin, memoizeQueryChecks } from './graphql/batch-loading';
import { submissionMutations } from './graphql/submissions';
import { moderationGraphql } from './graphql/moderation';
import { syncLocales } from './bootstrap/locales';
import { closeRegistration, syncRolesAndPermissions } from './bootstrap/roles';
import { ensureIndexes, refreshStatistics } from './bootstrap/indexes';
import { seedIfWanted } from './seed/run';
import { checkProductionSettings } from './bootstrap/production-checks';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentGuard(strapi);
    registerWriteGuard(strapi);
    registerPlainTextCheck(strapi);
    registerSlugMiddleware(strapi);
    registerTranslationClock(strapi);

    strapi
      .plugin('graphql')
      .service('extension')
      .use(({ nexus }) => {
        const submissions = submissionMutations(strapi, nexus);
        const moderation = moderationGraphql(strapi, nexus);
        return {
          plugins: [publicationGuardPlugin(strapi, nexus), batchLoadingPlugin(strapi, nexus)],
          types: [...localizedFieldsExtension(strapi, nexus), ...submissions.types, ...moderation.types],
          resolversConfig: { ...submissions.resolversConfig, ...moderation.resolversConfig },
        };
      });
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    checkProductionSettings(strapi);
    batchEntityLoads(strapi);
    memoizeQueryChecks(strapi);
    await syncLocales(strapi);
    await syncRolesAndPermissions(strapi);
    await closeRegistration(strapi);
    await ensureIndexes(strapi);
    await seedIfWanted(strapi);
    await refreshStatistics(strapi);
  },
};
