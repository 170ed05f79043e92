/**
 * Signing in to the member and office areas in end-to-end tests: through the real sign-in page in
 * Chromium, or with a plain form post that keeps the session cookie, plus the member's own JWT
 * for reading the CMS the way the member does.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { cmsRest, site } from './helpers.ts';

export const DEMO_PASSWORD = 'demo-Passwort-1';
export const SESSION_COOKIE = 'nib_session';

/** Clicks a submit button (a native form post, no script) and returns the status of the answer. */
export async function submitForm(page: Page, button: Locator): Promise<number | undefined> {
	const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
	return response?.status();
}

/** Signs in through the real form on /mitglieder/anmelden and waits for the area. */
export async function signInPage(page: Page, email: string, password = DEMO_PASSWORD) {
	await page.goto('/mitglieder/anmelden', { waitUntil: 'load' });
	await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
	await page.getByLabel('Passwort', { exact: true }).fill(password);
	await submitForm(page, page.getByRole('button', { name: 'Anmelden', exact: true }));
	const pathname = new URL(page.url()).pathname;
	expect(pathname, `signed in as ${email}`).not.toBe('/mitglieder/anmelden');
	expect(pathname).toMatch(/^\/(mitglieder|koordination)/);
}

/**
 * An accessible name, whitespace-tolerant: Chromium puts a space before a visually hidden suffix
 * ("Freigeben : Titel"), which is still the distinct name a screen reader announces.
 */
export const named = (text: string) =>
	new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s*:\s*/g, '\\s*:\\s*').replace(/ +/g, '\\s+')}$`);

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

/** A demo account's JWT, for reading the CMS as that person (fresh each time: tests sign people out). */
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
