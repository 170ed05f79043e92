/**
 * WCAG 2.1 AA (BITV 2.0): axe-core with the wcag2a, wcag2aa, wcag21a and wcag21aa rules finds no
 * violation on any page type, in German and in Arabic (right to left), with JavaScript on and off
 * (and on a phone with the folded menu opened); and the states a visitor meets:
 * an ended offering, the 404 page, a form answered with errors, a sent form.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeCheck, describeViolations, openBrowser, type BrowserSession } from './helpers.ts';
import { TEST_LOCALES, berlinToday, cmsOfferings, samplePageTypes } from './site-helpers.ts';

// Known before the tests are collected, so that each page type is a test of its own.
const pageTypes = await samplePageTypes();
const ended = (await cmsOfferings()).find((o) => o.validUntil && o.validUntil < berlinToday());

describe.each(TEST_LOCALES)('axe, %s, JavaScript on', (locale) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await openBrowser({ javaScript: true });
	});
	afterAll(async () => {
		await session?.close();
	});

	test.each(pageTypes)('$type ($path)', async ({ path }) => {
		const response = await session.page.goto(`/${locale}${path}`, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		expect(describeViolations(await axeCheck(session.page))).toBe('');
	});

	test('an ended offering', async () => {
		expect(ended, 'the demo data has an ended offering').toBeDefined();
		await session.page.goto(`/${locale}/angebote/${ended!.slug}`, { waitUntil: 'load' });
		expect(describeViolations(await axeCheck(session.page))).toBe('');
	});

	test('the 404 page', async () => {
		const response = await session.page.goto(`/${locale}/angebote/gibt-es-nicht-e2e`, { waitUntil: 'load' });
		expect(response?.status()).toBe(404);
		expect(describeViolations(await axeCheck(session.page))).toBe('');
	});

	// the forms post natively (no client-side enhancement), so the answered page is what axe sees
	test('a report form answered with errors, and a sent one', async () => {
		const { page } = session;
		const offering = pageTypes.find((p) => p.type === 'offering detail')!.path;
		await page.goto(`/${locale}${offering}`, { waitUntil: 'load' });
		const form = page.locator('main form[method="post"]').filter({ has: page.locator('textarea[name="message"]') });
		await form.locator('input[name="email"]').fill('keine-adresse');
		const [answered] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), form.locator('button[type="submit"]').click()]);
		expect(answered?.status()).toBe(400);
		expect(await page.locator('[aria-invalid="true"]').count(), 'the form shows its errors').toBeGreaterThan(0);
		expect(describeViolations(await axeCheck(page))).toBe('');

		await page.goto(`/${locale}/kontakt`, { waitUntil: 'load' });
		const contact = page.locator('main form[method="post"]').filter({ has: page.locator('textarea[name="message"]') });
		await contact.locator('textarea[name="message"]').fill('Eine Frage zur Barrierefreiheit (e2e a11y)');
		const [sent] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), contact.locator('button[type="submit"]').click()]);
		expect(sent?.status()).toBe(200);
		expect(describeViolations(await axeCheck(page))).toBe('');
	});

	test('the offerings list with filters set and on its second page', async () => {
		await session.page.goto(`/${locale}/angebote?kostenlos=1&barrierefrei=1&sortierung=bestaetigt`, { waitUntil: 'load' });
		expect(describeViolations(await axeCheck(session.page))).toBe('');
		await session.page.goto(`/${locale}/angebote?seite=2`, { waitUntil: 'load' });
		expect(describeViolations(await axeCheck(session.page))).toBe('');
	});
});

describe.each(TEST_LOCALES)('axe, %s, JavaScript off', (locale) => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await openBrowser({ javaScript: false });
	});
	afterAll(async () => {
		await session?.close();
	});

	// every page type: the folded menu and language list (<details>) and the share box without its script
	test.each(pageTypes)('$type ($path)', async ({ path }) => {
		const response = await session.page.goto(`/${locale}${path}`, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		expect(describeViolations(await axeCheck(session.page))).toBe('');
	});

	test('on a phone (390 px), with the menu and the language list opened', async () => {
		await session.page.setViewportSize({ width: 390, height: 844 });
		try {
			for (const path of ['', pageTypes.find((p) => p.type === 'offering detail')!.path]) {
				await session.page.goto(`/${locale}${path}`, { waitUntil: 'load' });
				await session.page.locator('.site-menu > summary').click();
				await session.page.locator('.language-switcher > summary').click();
				expect(describeViolations(await axeCheck(session.page))).toBe('');
			}
		} finally {
			await session.page.setViewportSize({ width: 1280, height: 720 });
		}
	});
});
