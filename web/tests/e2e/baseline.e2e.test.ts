/**
 * Promises every public page keeps, checked on the home page whatever it currently shows: it
 * answers, sets no cookie, requests nothing from another origin (DSGVO), declares its language,
 * works without JavaScript and passes axe's WCAG 2.1 A/AA rules (BITV 2.0).
 */
import { describe, expect, test } from 'vitest';
import { axeCheck, describeViolations, fetchSite, siteUrl, withBrowser } from './helpers.ts';

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

describe('the home page', () => {
	test('answers 200 at the end of any redirect from /, and no response on the way sets a cookie', async () => {
		const { hops, final } = await fetchSite('/');
		expect(final.status).toBe(200);
		expect(new URL(final.url).origin, 'redirects stay on the site').toBe(new URL(siteUrl()).origin);
		expect(final.headers.get('content-type')).toMatch(/^text\/html/);
		for (const hop of hops) expect(hop.headers.getSetCookie(), `Set-Cookie on ${hop.url}`).toEqual([]);
	});

	test('declares its language in <html lang>', async () => {
		const { body } = await fetchSite('/');
		const lang = body.match(/<html\b[^>]*\blang="([^"]*)"/i)?.[1];
		expect(lang).toMatch(LANGUAGE_TAG);
	});

	test('in a browser: loads, stores no cookie and makes no request to another origin', async () => {
		await withBrowser({ javaScript: true }, async ({ page, context, foreignRequests, requests, cspViolations }) => {
			const response = await page.goto('/', { waitUntil: 'networkidle' });
			expect(response?.status()).toBe(200);
			expect(await page.evaluate(() => document.documentElement.lang)).toMatch(LANGUAGE_TAG);
			expect(await context.cookies()).toEqual([]);
			expect(requests.length).toBeGreaterThan(0); // the log works
			expect(foreignRequests()).toEqual([]);
			expect(cspViolations(), 'loads refused by the Content-Security-Policy').toEqual([]);
		});
	});

	test('works with JavaScript switched off: the content is in the served HTML', async () => {
		await withBrowser({ javaScript: false }, async ({ page, context, foreignRequests }) => {
			const response = await page.goto('/', { waitUntil: 'load' });
			expect(response?.status()).toBe(200);
			await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
			const main = page.locator('main');
			expect(await main.count()).toBe(1);
			expect((await main.innerText()).trim().length).toBeGreaterThan(0);
			expect(await context.cookies()).toEqual([]);
			expect(foreignRequests()).toEqual([]);
		});
	});

	for (const javaScript of [true, false]) {
		test(`has no axe violations (WCAG 2.1 A/AA) with JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
			await withBrowser({ javaScript }, async ({ page }) => {
				await page.goto('/', { waitUntil: javaScript ? 'networkidle' : 'load' });
				const violations = await axeCheck(page);
				expect(describeViolations(violations)).toBe('');
			});
		});
	}
});

describe('an unknown address', () => {
	test('answers 404 with a page in the site language, and sets no cookie', async () => {
		const { hops, final, body } = await fetchSite('/diese-seite-gibt-es-nicht-e2e');
		expect(final.status).toBe(404);
		expect(body).toMatch(/<html\b[^>]*\blang="[a-z]{2,3}/i);
		for (const hop of hops) expect(hop.headers.getSetCookie(), `Set-Cookie on ${hop.url}`).toEqual([]);
	});
});
