/**
 * Signing in to the member and office areas in end-to-end tests: through the real sign-in page in
 * Chromium, or with a plain form post that keeps the session cookie, plus the member's own JWT
 * for reading the CMS the way the member does.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { cmsRest, site } from './helpers.ts';

export const DEMO_PASSWORD = 'demo-Passwort-1';
export const SESSION_COOKIE = 'nib_session';

/** Signs in on /mitglieder/anmelden with the keyboard-free path (fill + click) and waits for the area. */
export async function signInPage(page: Page, email: string, password = DEMO_PASSWORD) {
	await page.goto('/mitglieder/anmelden');
	await page.getByLabel('E-Mail-Adresse').fill(email);
	await page.getByLabel('Passwort', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await page.waitForLoadState('load');
	expect(new URL(page.url()).pathname).toMatch(/^\/(mitglieder|koordination)/);
}

/** Signs in with a plain form post; returns the session cookie ("nib_session=…"). */
export async function signInCookie(email: string, password = DEMO_PASSWORD): Promise<string> {
	const response = await fetch(site('/mitglieder/anmelden'), {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: new URL(site('/')).origin },
		body: new URLSearchParams({ email, password, weiter: '' })
	});
	expect(response.status).toBe(303);
	const cookie = response.headers.get('set-cookie') ?? '';
	const match = cookie.match(new RegExp(`${SESSION_COOKIE}=[^;]+`));
	expect(match, `no session cookie in ${cookie}`).not.toBeNull();
	return match![0];
}

/** GET a site path with a cookie, without following redirects. */
export async function fetchWithCookie(pathname: string, cookie: string | null) {
	const response = await fetch(site(pathname), { redirect: 'manual', headers: cookie ? { cookie, accept: 'text/html' } : { accept: 'text/html' } });
	return { status: response.status, location: response.headers.get('location'), cacheControl: response.headers.get('cache-control'), body: await response.text() };
}

/** A demo account's JWT, for reading the CMS as that person. */
export async function tokenOf(email: string, password = DEMO_PASSWORD): Promise<string> {
	const { status, body } = await cmsRest('/api/auth/local', { method: 'POST', body: { identifier: email, password } });
	expect(status, JSON.stringify(body)).toBe(200);
	return body.jwt;
}

/** documentId of a published offering by slug (public REST). */
export async function offeringBySlug(slug: string): Promise<{ documentId: string; title: string; summary: string }> {
	const { status, body } = await cmsRest(`/api/offerings?filters[slug][$eq]=${encodeURIComponent(slug)}`);
	expect(status).toBe(200);
	expect(body.data.length, `offering ${slug}`).toBe(1);
	return body.data[0];
}
