/**
 * The coordination office's pages, in Chromium with JavaScript off, against the real CMS: the
 * moderation queue with its field comparison (approve exactly what was shown, refused when the
 * draft changed or was decided in another session, send back with a comment), withdrawn entries
 * (restore, delete for good only when confirmed), and accounts (invite → set password → signed in;
 * deactivate → signed out at once). Every page passes axe, is private and no-store, refuses
 * members and sends signed-out visitors to sign in.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { named, signInPage, submitForm, tokenOf } from './area-helpers.ts';
import { axeCheck, cmsRest, describeViolations, fetchSite, officeToken, openBrowser, outbox, siteUrl, type BrowserSession } from './helpers.ts';

const CONFLICT = 'Die Änderung wurde inzwischen noch einmal bearbeitet oder schon entschieden. Bitte prüfen Sie die aktuelle Fassung.';
const OFFICE_PAGES = ['/koordination', '/koordination/zurueckgezogen', '/koordination/konten'];
const run = randomUUID().slice(0, 8);

let office: BrowserSession;
const created: string[] = [];

/** A new page in a fresh context of the browser (a second person or a second office session). */
async function freshPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: siteUrl(), locale: 'de-DE' });
	return context.newPage();
}

/** A queue item: one line (its summary) with the comparison and the decisions behind the disclosure. */
const entryOf = (page: Page, title: string) => page.locator('details.queue-item').filter({ has: page.locator('summary .queue-title').getByText(title, { exact: true }) });

/** Opens an item's disclosure (a click on its line, no JavaScript needed) and returns it. */
async function openEntry(page: Page, title: string) {
	const entry = entryOf(page, title);
	if ((await entry.getAttribute('open')) === null) await entry.locator('summary').click();
	return entry;
}

async function expectNoAxeViolations(page: Page) {
	expect(describeViolations(await axeCheck(page))).toBe('');
}

/** The error tied to a field (aria-describedby), its text, and whether it sits right beside it. */
async function describedError(field: Locator) {
	return field.evaluate((node) =>
		(node.getAttribute('aria-describedby') ?? '')
			.split(/\s+/)
			.map((id) => document.getElementById(id))
			.filter((el): el is HTMLElement => el?.classList.contains('field-error') ?? false)
			.map((el) => ({ text: el.innerText.trim(), near: Boolean(node.closest('.field')?.contains(el)) }))
	);
}

const moderation = async (documentId: string) => cmsRest(`/api/moderation/offering/${documentId}`, { token: await officeToken() });
const publicSummary = async (documentId: string) => {
	const { status, body } = await cmsRest(`/api/offerings/${documentId}`);
	return status === 200 ? (body.data.summary as string) : null;
};
const memberEdit = async (documentId: string, data: Record<string, unknown>) => {
	const saved = await cmsRest(`/api/offerings/${documentId}`, { method: 'PUT', token: await tokenOf('kvhs@example.org'), body: { data } });
	expect(saved.status, JSON.stringify(saved.body)).toBe(200);
};

/** A new offering of the KVHS, created by the member (a draft waiting for review). */
async function memberCreates(title: string, summary: string): Promise<string> {
	const { status, body } = await cmsRest('/api/offerings', { method: 'POST', token: await tokenOf('kvhs@example.org'), body: { data: { title, summary } } });
	expect(status, JSON.stringify(body)).toBe(201);
	created.push(body.data.documentId);
	return body.data.documentId;
}

beforeAll(async () => {
	office = await openBrowser({ javaScript: false });
	await signInPage(office.page, 'koordination@example.org');
});

afterAll(async () => {
	await office?.close();
	// leave the demo data as it was: the offerings made here are withdrawn and deleted
	const token = await officeToken();
	for (const documentId of created) {
		await cmsRest(`/api/moderation/offering/${documentId}/withdraw`, { method: 'POST', token, body: {} });
		await cmsRest(`/api/moderation/offering/${documentId}`, { method: 'DELETE', token });
	}
});

describe('the moderation queue', () => {
	const title = `E2E Sprachcafé ${run}`;
	const before = 'Jeden Dienstag im Bürgerhaus.';
	const after = 'Jeden Dienstag und Donnerstag im Bürgerhaus, jetzt auch mit Kinderbetreuung.';
	let documentId: string;

	beforeAll(async () => {
		// published once (approved over the API), so that a member change has a version to compare with
		documentId = await memberCreates(title, before);
		const { body } = await moderation(documentId);
		const approved = await cmsRest(`/api/moderation/offering/${documentId}/approve`, { method: 'POST', token: await officeToken(), body: { version: body.data.version } });
		expect(approved.status, JSON.stringify(approved.body)).toBe(200);
		expect(await publicSummary(documentId)).toBe(before);
	});

	test('shows a change field by field, old and new text, and approving publishes it', async () => {
		await memberEdit(documentId, { summary: after });
		const { page } = office;
		const response = await page.goto('/koordination', { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		expect(response?.headers()['cache-control']).toContain('no-store');
		await expectNoAxeViolations(page);

		expect(await entryOf(page, title).count()).toBe(1);
		const entry = await openEntry(page, title);
		const row = entry.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Kurzbeschreibung', exact: true }) });
		expect(await row.locator('del').innerText()).toBe(before);
		expect(await row.locator('ins').innerText()).toBe(after);
		// only the changed field is listed
		expect(await entry.getByRole('rowheader').allInnerTexts()).toEqual(['Kurzbeschreibung']);
		expect(await publicSummary(documentId), 'nothing public before the approval').toBe(before);

		expect(await submitForm(page, entry.getByRole('button', { name: named(`Freigeben: ${title}`) }))).toBe(200);
		expect(await page.getByRole('status').innerText()).toBe(`Freigegeben: ${title}`);
		expect(await entryOf(page, title).count(), 'gone from the queue').toBe(0);
		expect(await publicSummary(documentId)).toBe(after);
		const { body } = await cmsRest(`/api/offerings/${documentId}`);
		expect(body.data.slug, 'the published offering has a slug').toBeTruthy();
		expect((await fetchSite(`/de/angebote/${body.data.slug}`)).body).toContain(after);
	});

	test('two office sessions: a version nobody saw is never published, and the second decision is refused', async () => {
		await memberEdit(documentId, { summary: `Erste Fassung ${run}` });
		const second = await freshPage(office.browser);
		try {
			await signInPage(second, 'koordination@example.org');
			await office.page.goto('/koordination', { waitUntil: 'load' });
			await second.goto('/koordination', { waitUntil: 'load' });
			expect(await (await openEntry(second, title)).locator('ins').innerText()).toBe(`Erste Fassung ${run}`);

			// the member changes the draft again while both look at the first version
			await memberEdit(documentId, { summary: `Zweite Fassung ${run}` });
			expect(await submitForm(second, (await openEntry(second, title)).getByRole('button', { name: named(`Freigeben: ${title}`) }))).toBe(409);
			expect(await second.getByRole('alert').innerText()).toContain(CONFLICT);
			expect(await publicSummary(documentId), 'the unseen version is not published').toBe(after);
			// the page now shows the current version, which can be approved
			expect(await (await openEntry(second, title)).locator('ins').innerText()).toBe(`Zweite Fassung ${run}`);
			expect(await submitForm(second, (await openEntry(second, title)).getByRole('button', { name: named(`Freigeben: ${title}`) }))).toBe(200);
			expect(await publicSummary(documentId)).toBe(`Zweite Fassung ${run}`);

			// the first session still shows the first version: its approval is refused too
			expect(await submitForm(office.page, (await openEntry(office.page, title)).getByRole('button', { name: named(`Freigeben: ${title}`) }))).toBe(409);
			expect(await office.page.getByRole('alert').innerText()).toContain(CONFLICT);
			expect(await office.page.locator('main .notice .badge').innerText(), 'where the entry stands now').toBe('Online');
			expect(await publicSummary(documentId)).toBe(`Zweite Fassung ${run}`);
			await expectNoAxeViolations(office.page);
		} finally {
			await second.context().close();
		}
	});

	test('sending back needs a comment (error beside the field, text kept); the comment reaches the member', async () => {
		await memberEdit(documentId, { summary: `Dritte Fassung ${run}` });
		const { page } = office;
		await page.goto('/koordination', { waitUntil: 'load' });
		await openEntry(page, title);
		const button = () => entryOf(page, title).getByRole('button', { name: named(`Zurückgeben: ${title}`) });
		const field = () => entryOf(page, title).getByRole('textbox', { name: named(`Kommentar für die Organisation zu „${title}“`) });

		expect(await submitForm(page, button())).toBe(400);
		expect(await field().getAttribute('aria-invalid')).toBe('true');
		expect(await describedError(field())).toEqual([{ text: 'Bitte schreiben Sie der Organisation, was sie ändern soll.', near: true }]);
		expect(await page.getByRole('alert').getByRole('link').first().getAttribute('href')).toBe(`#${await field().getAttribute('id')}`);
		await expectNoAxeViolations(page);

		const tooLong = 'x'.repeat(2001);
		await field().fill(tooLong);
		expect(await submitForm(page, button())).toBe(400);
		expect(await field().inputValue(), 'the typed text is kept').toBe(tooLong);
		expect((await describedError(field()))[0].text).toContain('höchstens 2000 Zeichen');
		expect((await moderation(documentId)).body.data.state).toBe('pending');

		const comment = `Bitte nennen Sie die Uhrzeit (${run}).`;
		await field().fill(comment);
		expect(await submitForm(page, button())).toBe(200);
		expect(await page.getByRole('status').innerText()).toContain(`Zurückgegeben: ${title}`);

		const entries = await cmsRest('/api/member/entries', { token: await tokenOf('kvhs@example.org') });
		const entry = entries.body.data.find((item: { documentId: string }) => item.documentId === documentId);
		expect(entry).toMatchObject({ state: 'sent_back', reviewComment: comment });
		const mail = outbox().find((message) => message.subject === `Zurückgegeben: ${title}` && message.text.includes(comment));
		expect(mail, 'the mail to the member').toBeDefined();
		expect(String(mail!.to)).toContain('kvhs@example.org');
		expect(await publicSummary(documentId), 'the published version stays').toBe(`Zweite Fassung ${run}`);
	});

	test('a new entry is shown whole', async () => {
		const newTitle = `E2E Neues Angebot ${run}`;
		await memberCreates(newTitle, 'Beratung für Familien, ganz neu.');
		await office.page.goto('/koordination', { waitUntil: 'load' });
		const entry = await openEntry(office.page, newTitle);
		expect(await entry.getByRole('columnheader').allInnerTexts()).toEqual(['Feld', 'Inhalt']);
		expect(await entry.getByRole('row').filter({ hasText: 'Kurzbeschreibung' }).innerText()).toContain('Beratung für Familien, ganz neu.');
		expect(await entry.getByRole('row').filter({ hasText: 'Organisation' }).innerText()).toContain('Kreisvolkshochschule');
	});
});

describe('withdrawn entries', () => {
	const title = `E2E Zurückgezogen ${run}`;
	let documentId: string;
	const withdraw = async () => {
		const result = await cmsRest(`/api/moderation/offering/${documentId}/withdraw`, { method: 'POST', token: await tokenOf('kvhs@example.org'), body: {} });
		expect(result.status, JSON.stringify(result.body)).toBe(200);
	};
	const listed = async () => (await cmsRest('/api/moderation/withdrawn', { token: await officeToken() })).body.data.some((e: { documentId: string }) => e.documentId === documentId);

	beforeAll(async () => {
		documentId = await memberCreates(title, 'Wird zurückgezogen.');
		await withdraw();
	});

	test('restoring brings the entry back', async () => {
		const { page } = office;
		const response = await page.goto('/koordination/zurueckgezogen', { waitUntil: 'load' });
		expect(response?.headers()['cache-control']).toContain('no-store');
		await expectNoAxeViolations(page);
		expect(await page.getByRole('rowheader', { name: title, exact: true }).count()).toBe(1);
		expect(await submitForm(page, page.getByRole('button', { name: named(`Wiederherstellen: ${title}`) }))).toBe(200);
		expect(await page.getByRole('status').innerText()).toContain(`Wiederhergestellt: ${title}`);
		expect(await listed()).toBe(false);
		expect((await moderation(documentId)).body.data.withdrawnAt).toBeNull();
	});

	test('deleting for good needs the confirmation', async () => {
		await withdraw();
		const { page } = office;
		await page.goto('/koordination/zurueckgezogen', { waitUntil: 'load' });
		const remove = () => page.getByRole('button', { name: named(`Endgültig löschen: ${title}`) });
		const confirm = () => page.getByRole('checkbox', { name: named(`Ich habe verstanden, dass der Eintrag endgültig gelöscht wird: ${title}`) });

		expect(await submitForm(page, remove())).toBe(400);
		expect(await confirm().getAttribute('aria-invalid')).toBe('true');
		const [error] = await describedError(confirm());
		expect(error).toMatchObject({ near: true });
		expect(error.text).toContain('Bitte bestätigen Sie');
		expect((await moderation(documentId)).status, 'still there').toBe(200);
		await expectNoAxeViolations(page);

		await confirm().check();
		expect(await submitForm(page, remove())).toBe(200);
		expect(await page.getByRole('status').innerText()).toContain(`Endgültig gelöscht: ${title}`);
		expect((await moderation(documentId)).status).toBe(404);
		expect(await listed()).toBe(false);
	});
});

describe('accounts', () => {
	const email = `e2e-${run}@example.org`;
	const newPassword = `Neues-Passwort-${run}`;
	let invited: Page;

	afterAll(async () => {
		await invited?.context().close();
	});

	test('inviting: the fields are checked, the person gets a mail, sets a password and is signed in', async () => {
		const { page } = office;
		const response = await page.goto('/koordination/konten', { waitUntil: 'load' });
		expect(response?.headers()['cache-control']).toContain('no-store');
		await expectNoAxeViolations(page);
		expect(await page.getByRole('table', { name: 'Koordinierungsstelle' }).getByRole('rowheader', { name: 'koordination@example.org', exact: true }).count()).toBe(1);
		expect(await page.getByRole('table', { name: 'Kreisvolkshochschule Börde' }).getByRole('rowheader', { name: 'kvhs@example.org', exact: true }).count()).toBe(1);

		// a member without an organisation: refused, beside the field, the address kept
		await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
		await page.getByRole('radio', { name: 'Mitgliedsorganisation' }).check();
		expect(await submitForm(page, page.getByRole('button', { name: 'Einladen', exact: true }))).toBe(400);
		const organisation = page.getByLabel('Organisation (nur für Mitgliedsorganisationen)');
		expect(await describedError(organisation)).toEqual([{ text: 'Bitte wählen Sie die Organisation, für die die Person arbeitet.', near: true }]);
		expect(await page.getByLabel('E-Mail-Adresse', { exact: true }).inputValue()).toBe(email);
		await expectNoAxeViolations(page);

		await organisation.selectOption({ label: 'Kreisvolkshochschule Börde' });
		expect(await submitForm(page, page.getByRole('button', { name: 'Einladen', exact: true }))).toBe(200);
		expect(await page.getByRole('status').innerText()).toContain(`Eingeladen: ${email}`);
		const { body } = await cmsRest('/api/accounts', { token: await officeToken() });
		expect(body.data.find((account: { email: string }) => account.email === email)).toMatchObject({ role: 'member', blocked: false, actor: { name: 'Kreisvolkshochschule Börde' } });

		// the same address again: refused
		await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
		await page.getByLabel('Organisation (nur für Mitgliedsorganisationen)').selectOption({ label: 'Kreisvolkshochschule Börde' });
		expect(await submitForm(page, page.getByRole('button', { name: 'Einladen', exact: true }))).toBe(400);
		expect((await describedError(page.getByLabel('E-Mail-Adresse', { exact: true })))[0].text).toBe('Für diese E-Mail-Adresse gibt es schon ein Konto.');

		const mail = outbox().find((message) => String(message.to).includes(email));
		expect(mail, 'the invitation mail').toBeDefined();
		const link = mail!.text.match(/\/mitglieder\/passwort-neu\?code=[0-9a-f]+/)?.[0];
		expect(link, mail!.text).toBeDefined();

		invited = await freshPage(office.browser);
		await invited.goto(link!, { waitUntil: 'load' });
		await invited.getByLabel('Neues Passwort', { exact: true }).fill(newPassword);
		await invited.getByLabel('Passwort wiederholen', { exact: true }).fill(newPassword);
		await submitForm(invited, invited.getByRole('button', { name: 'Passwort speichern' }));
		expect(new URL(invited.url()).pathname).toBe('/mitglieder');
		const cookie = (await invited.context().cookies()).find((c) => c.name === 'nib_session');
		const session = await cmsRest('/api/session', { token: cookie?.value });
		expect(session.status).toBe(200);
		expect(session.body.data.email).toBe(email);
	});

	test('the organisation picker searches all organisations (a GET form, no JavaScript) and says how many it lists', async () => {
		const { page } = office;
		const options = async () => (await page.getByLabel('Organisation (nur für Mitgliedsorganisationen)').locator('option').allInnerTexts()).filter((text) => !text.startsWith('–'));
		const hint = async () => (await page.locator('#f-actorDocumentId-anzahl').innerText()).replace(/\s+/g, ' ').trim();
		// what the office may choose from: every published organisation, as the CMS counts them for the office
		const totalOf = async (search: string) => {
			const query = new URLSearchParams({ 'pagination[pageSize]': '1', 'pagination[withCount]': 'true', ...(search ? { 'filters[name][$containsi]': search } : {}) });
			const { status, body } = await cmsRest(`/api/actors?${query}`, { token: await officeToken() });
			expect(status).toBe(200);
			return body.meta.pagination.total as number;
		};

		await page.goto('/koordination/konten', { waitUntil: 'load' });
		const all = await totalOf('');
		expect((await options()).length).toBe(Math.min(all, 50));
		expect(await hint()).toBe(all > 50 ? `50 von ${all} angezeigt – grenzen Sie die Auswahl mit der Suche oben ein.` : `${all} Organisationen.`);

		await page.getByRole('searchbox', { name: 'Organisation suchen', exact: true }).fill('VOLKShoch');
		await submitForm(page, page.getByRole('button', { name: 'Suchen', exact: true }));
		expect(new URL(page.url()).searchParams.get('organisation')).toBe('VOLKShoch');
		const found = await options();
		expect(found).toContain('Kreisvolkshochschule Börde');
		expect(found.every((name) => name.toLowerCase().includes('volkshoch'))).toBe(true);
		expect(found.length).toBe(await totalOf('volkshoch'));
		expect(await hint()).toContain('mit „VOLKShoch“ im Namen');
		await expectNoAxeViolations(page);

		await page.goto(`/koordination/konten?organisation=${encodeURIComponent('gibt-es-nicht-' + run)}`, { waitUntil: 'load' });
		expect(await options()).toEqual([]);
		expect(await hint()).toBe(`Keine Organisation mit „gibt-es-nicht-${run}“ im Namen gefunden.`);
	});

	test('deactivating ends the person\u2019s session at once; reactivating lets them sign in again', async () => {
		const { page } = office;
		await page.goto('/koordination/konten', { waitUntil: 'load' });
		expect(await submitForm(page, page.getByRole('button', { name: named(`Deaktivieren: ${email}`) }))).toBe(200);
		expect(await page.getByRole('status').innerText()).toContain(`Deaktiviert: ${email}`);
		expect(await page.getByRole('button', { name: named(`Wieder aktivieren: ${email}`) }).count()).toBe(1);

		await invited.goto('/mitglieder', { waitUntil: 'load' });
		expect(new URL(invited.url()).pathname).toBe('/mitglieder/anmelden');
		const cookieless = await cmsRest('/api/auth/local', { method: 'POST', body: { identifier: email, password: newPassword } });
		expect(cookieless.status).not.toBe(200);

		expect(await submitForm(page, page.getByRole('button', { name: named(`Wieder aktivieren: ${email}`) }))).toBe(200);
		expect(await page.getByRole('status').innerText()).toContain(`Wieder aktiviert: ${email}`);
		expect((await cmsRest('/api/auth/local', { method: 'POST', body: { identifier: email, password: newPassword } })).status).toBe(200);
	});
});

describe('who may open the office pages', () => {
	test.each(OFFICE_PAGES)('%s: signed out → sign-in page; private, no-store', async (path) => {
		const { hops } = await fetchSite(path);
		expect(hops[0].status).toBe(303);
		expect(hops[0].headers.get('location')).toMatch(/^\/mitglieder\/anmelden\?weiter=/);
		expect(hops[0].headers.get('cache-control')).toContain('no-store');
	});

	test('a member gets 403 on every office page and for every office form post', async () => {
		const member = await freshPage(office.browser);
		try {
			await signInPage(member, 'kvhs@example.org');
			for (const path of OFFICE_PAGES) {
				const response = await member.goto(path, { waitUntil: 'load' });
				expect(response?.status(), path).toBe(403);
				expect(response?.headers()['cache-control']).toContain('no-store');
			}
			for (const action of ['/koordination?/freigeben', '/koordination/zurueckgezogen?/loeschen', '/koordination/konten?/einladen']) {
				const response = await member.context().request.post(action, { form: { type: 'offering', documentId: 'x', email: 'x@example.org', role: 'coordination' }, headers: { origin: siteUrl() } });
				expect(response.status(), action).toBe(403);
			}
		} finally {
			await member.context().close();
		}
	});
});
