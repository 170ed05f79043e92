import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { submitMembershipApplication, submitReport } from '../submissions/submit';
import { takeToken } from '../rate-limits/limiters';

async function limit(context: { koaContext?: { request: { ip: string } } }) {
  const retryAfter = await takeToken('submission', context.koaContext?.request.ip ?? 'unknown');
  if (retryAfter > 0) throw new errors.RateLimitError('Zu viele Anfragen. Bitte später erneut versuchen.', { retryAfter });
}

/** Public submission mutations: the GraphQL twins of POST /api/{reports,membership-applications}/submit. */
export function submissionMutations(strapi: Core.Strapi, nexus) {
  return {
    types: [
      nexus.inputObjectType({
        name: 'ReportSubmissionInput',
        definition(t) {
          t.nonNull.string('kind', { description: 'outdated_information | accessibility_feedback | contact' });
          t.nonNull.string('message');
          t.string('name');
          t.string('email');
          t.string('subjectType', { description: 'actor | offering | event | page | other' });
          t.string('subjectDocumentId');
          t.string('pageUrl');
          t.string('locale');
          t.string('website', { description: 'Honeypot: leave empty' });
        },
      }),
      nexus.inputObjectType({
        name: 'MembershipApplicationSubmissionInput',
        definition(t) {
          t.nonNull.string('organisationName');
          t.nonNull.string('contactName');
          t.nonNull.string('email');
          t.string('phone');
          t.string('municipalityName');
          t.string('message');
          t.string('locale');
          t.string('website', { description: 'Honeypot: leave empty' });
        },
      }),
      nexus.objectType({
        name: 'SubmissionReceipt',
        definition(t) {
          t.nonNull.field('receivedAt', { type: 'DateTime' });
        },
      }),
      nexus.extendType({
        type: 'Mutation',
        definition(t) {
          t.nonNull.field('submitReport', {
            type: 'SubmissionReceipt',
            args: { data: nexus.nonNull(nexus.arg({ type: 'ReportSubmissionInput' })) },
            async resolve(_root, { data }, context) {
              await limit(context);
              return submitReport(strapi, { ...data });
            },
          });
          t.nonNull.field('submitMembershipApplication', {
            type: 'SubmissionReceipt',
            args: { data: nexus.nonNull(nexus.arg({ type: 'MembershipApplicationSubmissionInput' })) },
            async resolve(_root, { data }, context) {
              await limit(context);
              return submitMembershipApplication(strapi, { ...data });
            },
          });
        },
      }),
    ],
    resolversConfig: {
      'Mutation.submitReport': { auth: false },
      'Mutation.submitMembershipApplication': { auth: false },
    },
  };
}
