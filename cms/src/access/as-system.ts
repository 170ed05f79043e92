import type { Core } from '@strapi/strapi';

/**
 * Runs trusted server code (a use case that has already checked the caller's rights) outside the
 * caller's request context, so the document-service guards treat it as the system.
 */
export function asSystem<T>(strapi: Core.Strapi, run: () => Promise<T>): Promise<T> {
  return (strapi.requestContext.run as (store: unknown, callback: () => Promise<T>) => Promise<T>)({}, run);
}
