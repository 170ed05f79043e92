/**
 * The member and office screens on the sizes people use, in Chromium with JavaScript off, against
 * the real CMS: member tables as cards on a 390 px phone (nothing scrolls sideways), the offering
 * form with its table of contents, municipalities by Verbandsgemeinde with "all of …", a position
 * chosen by clicking the map, a preview with address and opening-hours note, the translation status
 * "waiting for review"; the office's queue as one line per item with the comparison in a disclosure,
 * a translation approved on its own, and the coverage matrix with a sticky header at 1,280 px.
 * axe finds nothing on any of these pages.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fromPixel } from '../../src/lib/area/map-picker.ts';
import { named, signInPage, submitForm, tokenOf } from './area-helpers.ts';
import { axeCheck, cmsGraphql, cmsRest, describeViolations, officeToken, openBrowser, type BrowserSession } from './helpers.ts';

const run = randomUUID().slice(0, 8);
const title = `E2E Bildschirme ${run}`;
const street = `Teststraße ${run.slice(0, 3)}`;
const note = `Bitte am Seiteneingang klingeln (${run}).`;
const englishNote = `Please ring at the side entrance (${run}).`;

let member: BrowserSession;
let office: BrowserSession;
let documentId: string;

async function expectNoAxeViolations(page: Page) {
	expect(describeViolations(await axeCheck(page))).toBe('');
}

/** Nothing wider than the viewport: the page does not scroll sideways. */
const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

/** What sticks out past a width, innermost first, for the failure message. */
const sticksOut = (page: Page, width: number) =>
	page
		.locator('body *')
		.evaluateAll(
			(nodes, limit) =>
				nodes
					.filter((node) => Math.max(node.getBoundingClientRect().right, node.getBoundingClientRect().left + node.scrollWidth) > limit + 0.5)
					.reverse()
					.slice(0, 6)
					.map((node) => `${node.tagName.toLowerCase()}.${String(node.className).replace(/\s+/g, '.')}[${node.getAttribute('name') ?? ''}] ${Math.round(node.getBoundingClientRect().right)}px`)
					.join(' | '),
			width
		);

const moderation = async () => (await cmsRest(`/api/moderation/offering/${documentId}`, { token: await officeToken() })).body.data;

beforeAll(async () => {
	// a live offering of the KVHS, made for this file and removed afterwards
	const created = await cmsRest('/api/offerings', { method: 'POST', token: await tokenOf('kvhs@example.org'), body: { data: { title, summary: 'Für die Bildschirm-Tests.' } } });
	expect(created.status, JSON.stringify(created.body)).toBe(201);
	documentId = created.body.data.documentId;
	const approved = await cmsRest(`/api/moderation/offering/${documentId}/approve`, { method: 'POST', token: await officeToken(), body: { version: (await moderation()).version } });
	expect(approved.status).toBe(200);

	member = await openBrowser({ javaScript: false });
	await member.page.setViewportSize({ width: 390, height: 844 });
	await signInPage(member.page, 'kvhs@example.org');
	office = await openBrowser({ javaScript: false });
	await office.page.setViewportSize({ width: 1280, height: 900 });
	await signInPage(office.page, 'koordination@example.org');
});

afterAll(async () => {
	await member?.close();
	await office?.close();
	const token = await officeToken();
	await cmsRest(`/api/moderation/offering/${documentId}/withdraw`, { method: 'POST', token, body: {} });
	await cmsRest(`/api/moderation/offering/${documentId}`, { method: 'DELETE', token });
});

describe('the member area on a 390 px phone', () => {
	test('tables are cards: nothing scrolls sideways and every button is on screen', async () => {
		const { page } = member;
		for (const path of ['/mitglieder', '/mitglieder/verlauf', `/mitglieder/eintrag/angebot/${documentId}/uebersetzung`]) {
			await page.goto(path, { waitUntil: 'load' });
			expect(await scrollWidth(page), `${path} at 390 px: ${await sticksOut(page, 390)}`).toBeLessThanOrEqual(390);
			const rows = page.locator('table.cards-narrow tbody tr');
			expect(await rows.count(), `${path} has rows`).toBeGreaterThan(0);
			expect(await rows.first().evaluate((row) => getComputedStyle(row).display), `${path}: a row is a card`).toBe('block');
			const outside = await page.locator('main button, main a').evaluateAll((nodes) =>
				nodes.filter((node) => node.getClientRects().length > 0 && node.getBoundingClientRect().right > 390.5).map((node) => node.textContent?.trim())
			);
			expect(outside, `${path}: controls off screen`).toEqual([]);
			await expectNoAxeViolations(page);
		}
	});

	test('the offering form: table of contents, "all of …" a Verbandsgemeinde, a map click, the preview', async () => {
		const { page } = member;
		await page.goto(`/mitglieder/eintrag/angebot/${documentId}`, { waitUntil: 'load' });
		expect(await scrollWidth(page), await sticksOut(page, 390)).toBeLessThanOrEqual(390);
		await expectNoAxeViolations(page);

		// every entry of the table of contents leads to a section of the form
		const links = await page.getByRole('navigation', { name: 'Abschnitte des Formulars' }).getByRole('link').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')!));
		expect(links.length).toBeGreaterThan(4);
		for (const href of links) expect(await page.locator(`fieldset${href}`).count(), href).toBe(1);
		expect(await page.getByText('Pro Tag bis zu zwei Zeiten').count()).toBe(1);

		// the first Verbandsgemeinde, chosen as a whole
		const group = page.locator('fieldset.municipality-group').filter({ has: page.locator('.group-all') }).first();
		const groupName = (await group.locator('.group-all label').innerText()).replace('Alle Gemeinden von ', '');
		const memberIds = await group.locator('li input').evaluateAll((nodes) => nodes.map((node) => (node as HTMLInputElement).value));
		expect(memberIds.length).toBeGreaterThan(1);
		await page.getByLabel(`Alle Gemeinden von ${groupName}`, { exact: true }).check();
		// the offering was made through the API without a topic, which the form requires
		await page.locator('select[name="topic"]').selectOption({ index: 1 });
		await page.locator('input[name="venueAddress.street"]').fill(street);
		await page.locator('input[name="venueAddress.city"]').fill('Haldensleben');
		await page.locator('textarea[name="openingHours.note"]').fill(note);

		// a click on the map posts where it was hit; the server turns it into a position
		const map = page.locator('input[type="image"][name="karte"]');
		expect(await map.getAttribute('alt')).toContain('Karte');
		const status = await submitForm(page, map);
		expect(status).toBe(200);
		// (clicked in the middle by Playwright; the expected position is the projection of that point)
		const size = { width: Number(await map.getAttribute('width')), height: Number(await map.getAttribute('height')) };
		const expected = fromPixel(Math.floor(size.width / 2), Math.floor(size.height / 2))!;
		expect(Number(await page.locator('input[name="location.latitude"]').inputValue())).toBeCloseTo(expected.latitude, 1);
		expect(Number(await page.locator('input[name="location.longitude"]').inputValue())).toBeCloseTo(expected.longitude, 1);

		// the Verbandsgemeinde brought all its members; the preview shows address and note
		for (const id of memberIds) expect(await page.locator(`input[name="municipalities"][value="${id}"]`).isChecked(), id).toBe(true);
		const preview = page.locator('section.preview');
		expect(await preview.innerText()).toContain(street);
		expect(await preview.innerText()).toContain(note);
		await expectNoAxeViolations(page);

		expect(await submitForm(page, page.getByRole('button', { name: 'Zur Prüfung einreichen' }))).toBe(200);
		const draft = (await moderation()).draft;
		expect(draft.municipalities.map((m: { documentId: string }) => m.documentId)).toEqual(expect.arrayContaining(memberIds));
		expect(draft.location.latitude).toBeCloseTo(expected.latitude, 1);
		expect(draft.openingHours.note).toBe(note);
	});

	test('the opening-hours note is translated in the member form; the translation waits for review, not "published"', async () => {
		const { page } = member;
		await page.goto(`/mitglieder/eintrag/angebot/${documentId}/uebersetzung/en`, { waitUntil: 'load' });
		const field = page.getByLabel('Hinweis zu den Öffnungszeiten – Englisch', { exact: true });
		expect(await page.locator('#f-openingHoursNote-original').innerText()).toBe(note);
		await page.getByLabel('Titel – Englisch', { exact: true }).fill(`Screens ${run}`);
		await field.fill(englishNote);
		expect(await submitForm(page, page.getByRole('button', { name: /einreichen/ }))).toBe(200);

		await page.goto(`/mitglieder/eintrag/angebot/${documentId}/uebersetzung`, { waitUntil: 'load' });
		const english = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Englisch', exact: true }) });
		expect(await english.innerText()).toContain('wartet auf Prüfung');
		await page.goto('/mitglieder', { waitUntil: 'load' });
		const card = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: named(`${title} bearbeiten`) }) });
		expect(await card.innerText()).toContain('Wartet auf Prüfung: Englisch');
		expect(await card.innerText()).not.toMatch(/Veröffentlicht:[^\n]*Englisch/);
	});
});

describe('the office at 1,280 px', () => {
	test('the queue shows one line per item; a translation is approved on its own', async () => {
		const { page } = office;
		await page.goto('/koordination', { waitUntil: 'load' });
		await expectNoAxeViolations(page);
		const items = page.locator('details.queue-item');
		expect(await items.count()).toBeGreaterThan(0);
		expect(await page.locator('details.queue-item[open]').count(), 'every item closed').toBe(0);
		const item = items.filter({ has: page.locator('.queue-title', { hasText: title }) });
		const line = await item.locator('summary').boundingBox();
		expect(line!.height, 'one line').toBeLessThan(60);
		expect(await item.locator('summary').innerText()).toContain('Übersetzung Englisch');
		expect(await item.getByRole('table').isVisible()).toBe(false);

		await item.locator('summary').click();
		expect(await item.getByRole('table').isVisible()).toBe(true);
		await expectNoAxeViolations(page);
		expect(await submitForm(page, item.getByRole('button', { name: named(`Übersetzung Englisch freigeben: ${title}`) }))).toBe(200);
		expect(await page.getByRole('status').innerText()).toContain(`Übersetzung freigegeben: ${title}`);

		// online: the English note; still waiting: the German change
		const { data } = await cmsGraphql(`query($id: ID!) { offering(documentId: $id) { openingHours { note } localized(locale: "en") { openingHoursNote } } }`, { id: documentId });
		expect(data.offering.localized.openingHoursNote).toBe(englishNote);
		expect(data.offering.openingHours?.note ?? null).not.toBe(note);
		const now = await moderation();
		expect(now.state).toBe('pending');
		expect(now.pendingTranslations).toEqual([]);
		const log = (await cmsRest(`/api/moderation/log?documentId=${documentId}`, { token: await officeToken() })).body.data;
		expect(log[0]).toMatchObject({ action: 'translation_approved', locale: 'en' });

		// the rest, decided afterwards
		const rest = page.locator('details.queue-item').filter({ has: page.locator('.queue-title', { hasText: title }) });
		await rest.locator('summary').click();
		expect(await submitForm(page, rest.getByRole('button', { name: named(`Freigeben: ${title}`) }))).toBe(200);
		expect((await moderation()).state).toBe('live');

		// the public page: the note in English where translated, German and marked so in Arabic
		const { slug } = (await cmsRest(`/api/offerings/${documentId}`)).body.data;
		await page.goto(`/en/angebote/${slug}`, { waitUntil: 'load' });
		expect(await page.locator('main').innerText()).toContain(englishNote);
		await page.goto(`/ar/angebote/${slug}`, { waitUntil: 'load' });
		expect(await page.locator('main p[lang="de"]').filter({ hasText: note }).count()).toBe(1);
		await expectNoAxeViolations(page);
	});

	test('the coverage matrix fits 1,280 px with a sticky header row and column, and lists its gaps', async () => {
		const { page } = office;
		await page.goto('/koordination/abdeckung', { waitUntil: 'load' });
		expect(await scrollWidth(page)).toBeLessThanOrEqual(1280);
		const box = page.locator('.coverage-scroll');
		const fits = await box.evaluate((node) => node.scrollWidth <= node.clientWidth);
		expect(fits, 'no column cut off').toBe(true);
		expect(await page.locator('table.coverage thead th').first().evaluate((node) => getComputedStyle(node).position)).toBe('sticky');
		expect(await page.locator('table.coverage tbody th').first().evaluate((node) => getComputedStyle(node).position)).toBe('sticky');
		// the header stays in view when the table scrolls down
		await box.evaluate((node) => node.scrollTo(0, 400));
		const [head, container] = await Promise.all([page.locator('table.coverage thead th').nth(1).boundingBox(), box.boundingBox()]);
		expect(Math.abs(head!.y - container!.y)).toBeLessThan(2);

		const empty = await page.locator('table.coverage td.empty').count();
		expect(empty).toBeGreaterThan(0);
		const listed = await page.locator('#luecken + ul li').evaluateAll((nodes) => nodes.reduce((sum, node) => sum + Number(node.getAttribute('data-count')), 0));
		expect(listed).toBe(empty);
		expect(await page.locator('table.coverage thead abbr[title]').count()).toBeGreaterThan(0);
		await expectNoAxeViolations(page);
	});
});
