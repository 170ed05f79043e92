/**
 * What end-to-end tests use: the running site and CMS (started by harness.ts), a browser, axe,
 * and direct calls to the CMS's public API and the coordination office's account, to compare
 * what the site shows or sends with what the CMS holds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { axeCheck, describeViolations, openBrowser as launch, type BrowserSession, type OpenBrowserOptions } from './browser.ts';
import { OFFICE_ACCOUNT } from './servers.ts';
import type {} from './harness.ts'; // declares the ProvidedContext keys

export { axeCheck, describeViolations, type BrowserSession };

export const siteUrl = () => inject('siteUrl');
export const cmsUrl = () => inject('cmsUrl');

/** Absolute URL of a path on the site. */
export const site = (pathname: string) => new URL(pathname, siteUrl()).href;

/** A browser whose relative URLs and request check are relative to the site. */
export function openBrowser(options: Omit<OpenBrowserOptions, 'baseURL'> = {}): Promise<BrowserSession> {
	return launch({ ...options, baseURL: siteUrl() });
}

/** Runs `use` with a fresh browser on the site and always closes it. */
export async function withBrowser<T>(options: Omit<OpenBrowserOptions, 'baseURL'>, use: (session: BrowserSession) => Promise<T>): Promise<T> {
	const session = await openBrowser(options);
	try {
		return await use(session);
	} finally {
		await session.close();
	}
}

export interface Hop {
	url: string;
	status: number;
	headers: Headers;
}

/**
 * GETs a site path and follows redirects by hand, returning every hop (so a test can check each
 * response's headers, e.g. that none sets a cookie) and the final response's body.
 */
export async function fetchSite(pathname: string, init: RequestInit = {}, maxRedirects = 5): Promise<{ hops: Hop[]; final: Hop; body: string }> {
	const hops: Hop[] = [];
	let url = site(pathname);
	for (;;) {
		const response = await fetch(url, { ...init, redirect: 'manual' });
		const hop = { url, status: response.status, headers: response.headers };
		hops.push(hop);
		const location = response.headers.get('location');
		if (response.status >= 300 && response.status < 400 && location) {
			await response.body?.cancel();
			if (hops.length > maxRedirects) throw new Error(`more than ${maxRedirects} redirects from ${pathname}: ${hops.map((h) => h.url).join(' → ')}`);
			url = new URL(location, url).href;
			continue;
		}
		return { hops, final: hop, body: await response.text() };
	}
}

// --- the CMS, directly ------------------------------------------------------------------------

export interface GraphQLResponse<T = any> {
	status: number;
	data?: T;
	errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** POST /graphql on the CMS, as the public (or with a user's JWT). */
export async function cmsGraphql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
	const response = await fetch(new URL('/graphql', cmsUrl()), {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
		body: JSON.stringify({ query, variables })
	});
	const body = await response.json();
	return { status: response.status, ...body };
}

/** A REST call on the CMS (`/api/…`); the body is parsed JSON when it is JSON, else text. */
export async function cmsRest(pathname: string, options: { method?: string; token?: string; body?: unknown } = {}): Promise<{ status: number; body: any }> {
	const response = await fetch(new URL(pathname, cmsUrl()), {
		method: options.method ?? 'GET',
		headers: {
			...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
			...(options.body !== undefined ? { 'content-type': 'application/json' } : {})
		},
		body: options.body !== undefined ? JSON.stringify(options.body) : undefined
	});
	const text = await response.text();
	try {
		return { status: response.status, body: JSON.parse(text) };
	} catch {
		return { status: response.status, body: text };
	}
}

let officeJwt: Promise<string> | undefined;

/** JWT of the coordination office's demo account, for office-only reads (e.g. GET /api/reports). */
export function officeToken(): Promise<string> {
	officeJwt ??= cmsRest('/api/auth/local', { method: 'POST', body: OFFICE_ACCOUNT }).then(({ status, body }) => {
		if (status !== 200) throw new Error(`office sign-in failed: ${status} ${JSON.stringify(body)}`);
		return body.jwt as string;
	});
	return officeJwt;
}

// --- mail ---------------------------------------------------------------------------------------

export interface OutboxMessage {
	to: string;
	subject: string;
	text: string;
	[field: string]: unknown;
}

/** The e-mails the CMS has "sent" so far (it writes them to MAIL_OUTBOX_DIR), oldest first. */
export function outbox(): OutboxMessage[] {
	const directory = inject('outboxDir');
	if (!existsSync(directory)) return [];
	return readdirSync(directory)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => JSON.parse(readFileSync(path.join(directory, name), 'utf8')));
}
