import type { Core } from '@strapi/strapi';
import { EXCHANGE_POST_UID, EXCHANGE_REPLY_UID } from '../exchange/posts';

/**
 * The exchange board is members-only: its types get no GraphQL queries, mutations or object types
 * at all (nothing to guard, nothing to reach through a relation), and the accounts' mail choice
 * stays out of the user type. The REST routes of src/api/exchange/ are the only way in.
 */
export function hideExchangeFromGraphql(strapi: Core.Strapi) {
  const extension = strapi.plugin('graphql').service('extension');
  for (const uid of [EXCHANGE_POST_UID, EXCHANGE_REPLY_UID]) extension.shadowCRUD(uid).disable();
  for (const field of ['exchangeMails', 'exchangeDigestWeek']) extension.shadowCRUD('plugin::users-permissions.user').field(field).disable();
}
