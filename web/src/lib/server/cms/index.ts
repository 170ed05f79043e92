/**
 * The site's one door to the Strapi CMS (server-side only; the browser never talks to the CMS).
 * Everything that leaves for the CMS goes through one transport (transport.ts: timeout,
 * `x-request-id`, token, signed visitor address) and one error policy (errors.ts):
 *
 * - `cms.request(document, variables)` — public pages: trusted GraphQL documents (graphql.ts), no
 *   token; `cms.image(path)` — the public uploads;
 * - `locals.cms` — the signed-in person's client (caller.ts), created in hooks.server.ts from the
 *   session cookie: GraphQL and REST with their token, typed replies;
 * - `auth` — sign-in, password, sign-out and the session check; `submitToCms` — public submissions;
 * - `openData` — the open-data files, streamed; `confirmations` — the reminder mails' one-click links;
 * - the page cache (page-cache.ts) keeps anonymous public responses built from `cms.request`.
 */
import { CMS_URL, SITE_PROXY_SECRET } from '$app/env/private';
import { createAuth } from './auth.ts';
import { createCallerClient, type CallerClient } from './caller.ts';
import { createPublicClient, type PublicClient } from './public.ts';
import { createRegistrations } from './registrations.ts';
import { createSubmitter } from './submissions.ts';
import { createUnsubscribeClient } from './exchange-unsubscribe.ts';
import { createOpenData } from './open-data.ts';
import { createConfirmations } from './confirmations.ts';
import { createTransport } from './transport.ts';

const transport = createTransport({ baseUrl: CMS_URL, proxySecret: SITE_PROXY_SECRET });

export const cms: PublicClient = createPublicClient(transport);
export const cmsFor = (token: string): CallerClient => createCallerClient(transport, token);
export const auth = createAuth(transport);
export const submitToCms = createSubmitter(transport);
/** The exchange mails' unsubscribe link (a signed token instead of a session). */
export const unsubscribeClient = createUnsubscribeClient(transport);
export const openData = createOpenData(transport);
export const confirmations = createConfirmations(transport);
export const registrations = createRegistrations(transport);

export { withGermanFallback } from './public.ts';
export { UNAVAILABLE_MESSAGE } from './errors.ts';
export type { CallerClient, CmsReply, Refusal } from './caller.ts';
export type { SubmissionResult } from './submissions.ts';
export type { ConfirmationEntry, ConfirmationResult } from './confirmations.ts';
export type { OpenDataMetadata } from './open-data.ts';
export { parseOpenDataFile, OPEN_DATA_FILES } from './open-data.ts';
export type { Cancellation, RegistrationStatus } from './registrations.ts';
export type { Guard } from './shape.ts';
export { isRecord, listOf, withFields } from './shape.ts';
