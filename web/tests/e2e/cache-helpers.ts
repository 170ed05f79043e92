/**
 * Page-cache end-to-end helpers: a polling check with a time budget (asserting what visitors see,
 * not how long anything took), signed change notifications as the CMS sends them, and the real
 * moderation flow through the CMS's API with real JWTs.
 */
import { createHmac } from 'node:crypto';
import { expect } from 'vitest';
import { SITE_CHANGES_SECRET } from './servers.ts';

/**
 * Runs every check until it passes, giving each one requests started within `budgetMs`; returns
 * the checks that never passed, with what they last saw.
 */
export async function withinBudget(budgetMs: number, checks: Record<string, () => Promise<string | null>>): Promise<Record<string, string>> {
	const deadline = Date.now() + budgetMs;
	const failures: Record<string, string> = {};
	await Promise.all(
		Object.entries(checks).map(async ([name, check]) => {
			for (;;) {
				const startedAt = Date.now();
				const problem = await check();
				if (problem === null) return;
				if (startedAt >= deadline) {
					failures[name] = problem;
					return;
				}
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		})
	);
	return failures;
}

/** A change notification signed like the CMS signs it (cms/src/site-notifications/signature.ts). */
export function signedNotification(change: Record<string, unknown>, options: { secret?: string; timestamp?: number } = {}) {
	const body = JSON.stringify(change);
	const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
	const signature = `sha256=${createHmac('sha256', options.secret ?? SITE_CHANGES_SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
	return { body, headers: { 'content-type': 'application/json', 'x-cms-timestamp': timestamp, 'x-cms-signature': signature } };
}

type Rest = (pathname: string, options?: { method?: string; token?: string; body?: unknown }) => Promise<{ status: number; body: any }>;

/** The office approves the change waiting for review, in exactly the version the queue shows. */
export async function officeApproves(rest: Rest, officeToken: string, documentId: string) {
	const queue = await rest('/api/moderation/queue', { token: officeToken });
	expect(queue.status).toBe(200);
	const item = queue.body.data.find((entry: { documentId: string }) => entry.documentId === documentId);
	expect(item, `${documentId} waits for review`).toBeTruthy();
	const approved = await rest(`/api/moderation/offering/${documentId}/approve`, { method: 'POST', token: officeToken, body: { version: item.version } });
	expect(approved.status, JSON.stringify(approved.body)).toBe(200);
}

/** The x-site-cache state and body of a site page. */
export async function cachedPage(url: string, init: RequestInit = {}) {
	const response = await fetch(url, { redirect: 'manual', ...init });
	return { status: response.status, cache: response.headers.get('x-site-cache'), cacheControl: response.headers.get('cache-control'), setCookie: response.headers.getSetCookie(), body: await response.text() };
}
