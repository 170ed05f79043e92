/**
 * The public forms, sent with JavaScript off in Chromium: "Fehler melden" on an offering, the
 * contact form and the accessibility feedback form. Each confirms on the page, and the report
 * arrives in the CMS (read back as the coordination office) with only the fields the form is
 * meant to send, tied to the right entry. A missing message is answered with an error next to
 * the field, the visitor's input kept, and nothing stored.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { cmsRest, officeToken, openBrowser, siteUrl, type BrowserSession } from './helpers.ts';
import { berlinToday, cmsOfferings, gql, isCurrent, message } from './site-helpers.ts';

/** What a stored report may hold: the form's fields and Strapi's own bookkeeping, nothing else. */
const REPORT_FIELDS = ['kind', 'message', 'name', 'email', 'subjectType', 'subjectDocumentId', 'pageUrl', 'locale'];
const SYSTEM_FIELDS = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt'];

let session: BrowserSession;
let offering: { slug: string; documentId: string };
let accessibilityPageId: string;

beforeAll(async () => {
	const today = berlinToday();
	const current = (await cmsOfferings()).filter((o) => isCurrent(o, today));
	expect(current.length).toBeGreaterThan(0);
	offering = { slug: current[0].slug, documentId: current[0].documentId };
	const pages = await gql(`{ pages(locale: "de", filters: { key: { eq: "accessibility" } }) { documentId } }`);
	accessibilityPageId = pages.pages[0]?.documentId;
	expect(accessibilityPageId, 'the demo data has the accessibility statement page').toBeTruthy();
	session = await openBrowser({ javaScript: false });
});

afterAll(async () => {
	await session?.close();
});

/** Reports in the CMS whose message is exactly `text` (as the coordination office sees them). */
async function reportsWithMessage(text: string): Promise<Array<Record<string, unknown>>> {
	const query = new URLSearchParams({ 'filters[message][$eq]': text, 'pagination[pageSize]': '100' });
	const { status, body } = await cmsRest(`/api/reports?${query}`, { token: await officeToken() });
	expect(status, JSON.stringify(body)).toBe(200);
	return body.data;
}

/**
 * The report as the office's inbox shows it. Strapi's generic REST leaves out an attribute named
 * `locale` on types without i18n, so the language the visitor wrote in is checked here.
 */
async function inboxReport(text: string): Promise<Record<string, unknown> | undefined> {
	const { status, body } = await cmsRest('/api/office/inbox', { token: await officeToken() });
	expect(status, JSON.stringify(body)).toBe(200);
	return body.data.reports.find((report: { message: string }) => report.message === text);
}

async function reportsWithName(name: string): Promise<Array<Record<string, unknown>>> {
	const query = new URLSearchParams({ 'filters[name][$eq]': name, 'pagination[pageSize]': '100' });
	const { status, body } = await cmsRest(`/api/reports?${query}`, { token: await officeToken() });
	expect(status, JSON.stringify(body)).toBe(200);
	return body.data;
}

/** The report form of the page (a POST form with a message field), filled in and sent. */
async function sendReportForm(page: Page, values: { message: string; name?: string; email?: string }) {
	const form = page.locator('main form[method="post"]').filter({ has: page.locator('textarea[name="message"]') });
	expect(await form.count(), 'one report form on the page').toBe(1);
	await form.locator('textarea[name="message"]').fill(values.message);
	if (values.name !== undefined) await form.locator('input[name="name"]').fill(values.name);
	if (values.email !== undefined) await form.locator('input[name="email"]').fill(values.email);
	const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), form.locator('button[type="submit"]').click()]);
	return response;
}

function expectOnlyListedFields(report: Record<string, unknown>) {
	const unexpected = Object.keys(report).filter((key) => !REPORT_FIELDS.includes(key) && !SYSTEM_FIELDS.includes(key));
	expect(unexpected, 'fields beyond the listed ones').toEqual([]);
}

async function expectConfirmation(page: Page, locale: string, key: string) {
	const confirmation = page.getByText(message(locale, key));
	expect(await confirmation.count(), `the confirmation "${message(locale, key)}"`).toBe(1);
	expect(await confirmation.isVisible()).toBe(true);
}

describe('"Fehler melden" on an offering, without JavaScript', () => {
	test('confirms on the page, and the report arrives in the CMS about that offering with only the listed fields', async () => {
		const { page } = session;
		expect((await page.goto(`/de/angebote/${offering.slug}`, { waitUntil: 'load' }))?.status()).toBe(200);
		const text = `Die Telefonnummer ist veraltet (e2e ${randomUUID()})`;
		const response = await sendReportForm(page, { message: text, name: 'Erika Beispiel', email: 'erika@example.org' });
		expect(response?.status()).toBe(200);
		expect(new URL(page.url()).pathname).toBe(`/de/angebote/${offering.slug}`);
		await expectConfirmation(page, 'de', 'form_success_report');

		const reports = await reportsWithMessage(text);
		expect(reports).toHaveLength(1);
		const [report] = reports;
		expectOnlyListedFields(report);
		expect(report).toMatchObject({
			kind: 'outdated_information',
			message: text,
			name: 'Erika Beispiel',
			email: 'erika@example.org',
			subjectType: 'offering',
			subjectDocumentId: offering.documentId
		});
		expect(report.pageUrl).toBe(`${siteUrl()}/de/angebote/${offering.slug}`);
		expect(await inboxReport(text)).toMatchObject({ message: text, locale: 'de' });
	});

	test('an empty message: an error message next to the field, the typed input kept, nothing stored', async () => {
		const { page } = session;
		await page.goto(`/de/angebote/${offering.slug}`, { waitUntil: 'load' });
		const name = `Erika Leer ${randomUUID().slice(0, 8)}`;
		const response = await sendReportForm(page, { message: '', name, email: 'erika.leer@example.org' });
		expect(response?.status()).toBe(400);

		const form = page.locator('main form[method="post"]').filter({ has: page.locator('textarea[name="message"]') });
		const field = form.locator('textarea[name="message"]');
		expect(await field.getAttribute('aria-invalid')).toBe('true');
		// the error is tied to the field (aria-describedby) and sits right beside it
		const error = await field.evaluate((node) => {
			const ids = (node.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
			const described = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
			return described.map((el) => ({ text: el.innerText.trim(), sibling: el.parentElement === node.parentElement, visible: el.offsetParent !== null }));
		});
		expect(error).toContainEqual({ text: message('de', 'form_error_message_required'), sibling: true, visible: true });

		expect(await form.locator('input[name="name"]').inputValue()).toBe(name);
		expect(await form.locator('input[name="email"]').inputValue()).toBe('erika.leer@example.org');
		expect(await reportsWithName(name)).toEqual([]);
	});

	test('a message too short: the error, and the typed message kept in the field', async () => {
		const { page } = session;
		await page.goto(`/de/angebote/${offering.slug}`, { waitUntil: 'load' });
		const response = await sendReportForm(page, { message: 'ab' });
		expect(response?.status()).toBe(400);
		const form = page.locator('main form[method="post"]').filter({ has: page.locator('textarea[name="message"]') });
		expect(await form.locator('textarea[name="message"]').inputValue()).toBe('ab');
		expect(await form.locator('textarea[name="message"]').getAttribute('aria-invalid')).toBe('true');
		expect(await page.getByText(message('de', 'form_error_message_short')).count()).toBeGreaterThan(0);
		expect(await reportsWithMessage('ab')).toEqual([]);
	});

	test('says what happens to the data and links the privacy page', async () => {
		const { page } = session;
		await page.goto(`/de/angebote/${offering.slug}`, { waitUntil: 'load' });
		const form = page.locator('main form[method="post"]').filter({ has: page.locator('textarea[name="message"]') });
		expect(await form.locator('a[href="/de/datenschutz"]').count()).toBeGreaterThan(0);
	});
});

describe('the contact form, without JavaScript', () => {
	for (const locale of ['de', 'ar']) {
		test(`${locale}: confirms, and the message arrives in the CMS as a contact report`, async () => {
			const { page } = session;
			expect((await page.goto(`/${locale}/kontakt`, { waitUntil: 'load' }))?.status()).toBe(200);
			const text = `Frage zum Netzwerk (e2e ${locale} ${randomUUID()})`;
			const response = await sendReportForm(page, { message: text, email: 'frage@example.org' });
			expect(response?.status()).toBe(200);
			await expectConfirmation(page, locale, 'form_success_contact');
			const reports = await reportsWithMessage(text);
			expect(reports).toHaveLength(1);
			expectOnlyListedFields(reports[0]);
			expect(reports[0]).toMatchObject({ kind: 'contact', message: text, email: 'frage@example.org', pageUrl: `${siteUrl()}/${locale}/kontakt` });
			expect(reports[0].name ?? null).toBeNull();
			expect(await inboxReport(text)).toMatchObject({ message: text, locale });
		});
	}

	test('ar: an empty message is answered in Arabic, next to the field', async () => {
		const { page } = session;
		await page.goto('/ar/kontakt', { waitUntil: 'load' });
		const response = await sendReportForm(page, { message: '   ', name: 'Amal' });
		expect(response?.status()).toBe(400);
		const form = page.locator('main form[method="post"]').filter({ has: page.locator('textarea[name="message"]') });
		expect(await form.getByText(message('ar', 'form_error_message_required')).count()).toBe(1);
		expect(await form.locator('input[name="name"]').inputValue()).toBe('Amal');
	});
});

describe('the accessibility feedback form, without JavaScript', () => {
	test('confirms, and the feedback arrives in the CMS about the accessibility statement', async () => {
		const { page } = session;
		expect((await page.goto('/de/barrierefreiheit', { waitUntil: 'load' }))?.status()).toBe(200);
		const text = `Der Kontrast der Fußzeile ist zu schwach (e2e ${randomUUID()})`;
		const response = await sendReportForm(page, { message: text });
		expect(response?.status()).toBe(200);
		await expectConfirmation(page, 'de', 'form_success_feedback');
		const reports = await reportsWithMessage(text);
		expect(reports).toHaveLength(1);
		expectOnlyListedFields(reports[0]);
		expect(reports[0]).toMatchObject({ kind: 'accessibility_feedback', message: text, pageUrl: `${siteUrl()}/de/barrierefreiheit` });
		expect(reports[0]).toMatchObject({ subjectType: 'page', subjectDocumentId: accessibilityPageId });
	});
});
