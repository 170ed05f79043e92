/**
 * What the server knows about the request it is working on, wherever it is in the call stack:
 * its id (logged by the site and passed to the CMS as `x-request-id`, so one visitor's request can
 * be followed through both logs). `hooks.server.ts` runs every request inside `runInRequest`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
	requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInRequest<T>(context: RequestContext, work: () => T): T {
	return storage.run(context, work);
}

/** The current request's id, or undefined outside a request (start-up, background jobs). */
export function currentRequestId(): string | undefined {
	return storage.getStore()?.requestId;
}

/** `{ 'x-request-id': … }` for a request to the CMS, or nothing outside a request. */
export function requestIdHeader(): Record<string, string> {
	const requestId = currentRequestId();
	return requestId ? { 'x-request-id': requestId } : {};
}
