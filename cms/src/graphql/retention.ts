import { retentionPolicy } from '../retention/policy';
import { scopeOf } from '../access/permissions';

/** `retentionPolicy`: the GraphQL twin of GET /api/retention-policy (the site's privacy page reads it). */
export function retentionGraphql(nexus) {
  return {
    types: [
      nexus.objectType({
        name: 'RetentionPolicy',
        definition(t) {
          t.nonNull.int('handledMonths', { description: 'Months a handled report or membership application is kept; also when log snapshots of deleted entries lose personal data' });
          t.nonNull.int('openMonths', { description: 'Months an unhandled report or membership application is kept' });
          t.nonNull.int('accountMonths', { description: 'Months after deactivation until an account is anonymised' });
          t.nonNull.int('registrationMonths', { description: 'Months after the end of an event until its registrations are deleted' });
        },
      }),
      nexus.extendType({
        type: 'Query',
        definition(t) {
          t.nonNull.field('retentionPolicy', { type: 'RetentionPolicy', resolve: () => retentionPolicy() });
        },
      }),
    ],
    resolversConfig: { 'Query.retentionPolicy': scopeOf('api::retention.retention.policy') },
  };
}
