/**
 * Private by design: visiting the home page, the news article that carries the seeded privacy
 * canary (an image and a link on https://canary.example.net), an offering and the offerings list
 * in Chromium, with JavaScript on and off, makes no request to any origin but the site's, never
 * touches the canary host, and leaves no cookie (none set by a response, none in the browser).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { withBrowser } from './helpers.ts';
import { berlinToday, cmsOfferings, gql, isCurrent } from './site-helpers.ts';

const CANARY_ARTICLE = 'interkulturelle-woche-rueckblick';
const CANARY_HOST = 'canary.example.net';

let offeringSlug: string;

beforeAll(async () => {
	// the canary must really be in the CMS, else "never requested" proves nothing
	const data = await gql(`query ($slug: String!) { newsArticles(locale: "de", filters: { slug: { eq: $slug } }) { body } }`, { slug: CANARY_ARTICLE });
	const body = JSON.stringify(data.newsArticles[0]?.body ?? null);
	expect(body, 'the canary article holds an image on the canary host').toMatch(/"type":"image"/);
	expect(body, 'the canary article holds URLs on the canary host').toContain(`https://${CANARY_HOST}/`);
	const today = berlinToday();
	const current = (await cmsOfferings()).filter((o) => isCurrent(o, today));
	offeringSlug = (current.find((o) => o.slug === 'sprachcafe-wolmirstedt') ?? current[0]).slug;
});

const pages = () => [
	'/de',
	'/ar',
	`/de/aktuelles/${CANARY_ARTICLE}`,
	`/ar/aktuelles/${CANARY_ARTICLE}`,
	`/de/angebote/${offeringSlug}`,
	`/ar/angebote/${offeringSlug}`,
	'/de/angebote',
	'/ar/angebote'
];

/** Scrolls through the whole page, so that lazily loaded images would be requested. */
async function scrollThrough(page: Page) {
	await page.evaluate(async () => {
		for (let y = 0; y <= document.body.scrollHeight; y += Math.max(200, window.innerHeight / 2)) {
			window.scrollTo(0, y);
			await new Promise((resolve) => setTimeout(resolve, 30));
		}
		window.scrollTo(0, document.body.scrollHeight);
	});
}

for (const javaScript of [true, false]) {
	describe(`with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		test('no request leaves the site, the canary host is never requested, no cookie is set or stored', async () => {
			await withBrowser({ javaScript }, async ({ page, context, requests, foreignRequests, cspViolations }) => {
				const setCookies: string[] = [];
				const headerReads: Promise<void>[] = [];
				page.on('response', (response: Response) => {
					headerReads.push(
						response.headerValue('set-cookie').then((value) => {
							if (value) setCookies.push(`${response.url()}: ${value}`);
						})
					);
				});
				for (const path of pages()) {
					const response = await page.goto(path, { waitUntil: javaScript ? 'networkidle' : 'load' });
					expect(response?.status(), path).toBe(200);
					if (javaScript) {
						await scrollThrough(page);
						await page.waitForLoadState('networkidle');
					}
				}
				expect(requests.filter((r) => r.resourceType === 'document').length).toBeGreaterThanOrEqual(pages().length);
				expect(foreignRequests(), 'requests to other origins').toEqual([]);
				expect(requests.filter((r) => r.url.includes(CANARY_HOST))).toEqual([]);
				await Promise.all(headerReads);
				expect(headerReads.length, 'responses were seen').toBeGreaterThan(0);
				expect(setCookies, 'Set-Cookie headers').toEqual([]);
				expect(await context.cookies(), 'cookies in the browser').toEqual([]);
				expect(cspViolations(), 'loads refused by the Content-Security-Policy (the page tried another origin)').toEqual([]);
				if (javaScript) expect(await page.evaluate(() => document.cookie)).toBe('');
			});
		});

		test('the canary article does not embed anything from the canary host', async () => {
			await withBrowser({ javaScript }, async ({ page }) => {
				for (const locale of ['de', 'ar']) {
					await page.goto(`/${locale}/aktuelles/${CANARY_ARTICLE}`, { waitUntil: 'load' });
					const embedded = await page.evaluate((host) => {
						const attributes = ['src', 'srcset', 'poster', 'data', 'background'];
						return [...document.querySelectorAll('*')]
							.filter((el) => el.tagName !== 'A')
							.flatMap((el) => attributes.map((name) => el.getAttribute(name) ?? ''))
							.filter((value) => value.includes(host));
					}, CANARY_HOST);
					expect(embedded, `${locale}: elements loading from the canary host`).toEqual([]);
					// a stylesheet or a preload/prefetch link to the host would be a request too
					const links = await page.locator(`link[href*="${CANARY_HOST}"]`).count();
					expect(links).toBe(0);
				}
			});
		});
	});
}
