/**
 * The members' exchange board (Austausch) in Chromium with JavaScript off, against the real CMS:
 * a member posts, another replies, the first closes the post; the mail choice; unsubscribing from a
 * mail's link without signing in; the office hides a post; axe on every new page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeCheck, cmsRest, describeViolations, openBrowser, outbox, site, type BrowserSession } from './helpers.ts';
import { signInPage, submitForm, tokenOf } from './area-helpers.ts';

const KVHS = 'kvhs@example.org';
const DRK = 'drk@example.org';
const OFFICE = 'koordination@example.org';
const TITLE = 'Wir suchen Sprachmittlung für Elternabende';

let kvhs: BrowserSession;
let drk: BrowserSession;
let office: BrowserSession;
let postPath = '';
let groupSlug = '';

const axeClean = async (session: BrowserSession, label: string) => expect(describeViolations(await axeCheck(session.page)), label).toBe('');
const mailChoice = async (email: string) => (await cmsRest('/api/exchange/mail-settings', { token: await tokenOf(email) })).body.data.choice;

beforeAll(async () => {
	[kvhs, drk, office] = await Promise.all([openBrowser({ javaScript: false }), openBrowser({ javaScript: false }), openBrowser({ javaScript: false })]);
	await signInPage(kvhs.page, KVHS);
	await signInPage(drk.page, DRK);
	await signInPage(office.page, OFFICE);
});
afterAll(async () => {
	await Promise.all([kvhs?.close(), drk?.close(), office?.close()]);
});

describe('the exchange journey', () => {
	test('a member chooses a mail for each post on the settings page', async () => {
		const response = await drk.page.goto('/mitglieder/austausch/benachrichtigungen');
		expect(response?.headers()['cache-control']).toBe('private, no-store');
		expect(await drk.page.getByLabel('Einmal pro Woche').isChecked()).toBe(true); // the default
		await axeClean(drk, 'settings');
		await drk.page.getByLabel('Bei jedem neuen Beitrag').check();
		await submitForm(drk.page, drk.page.getByRole('button', { name: 'Speichern' }));
		expect(await drk.page.getByRole('status').textContent()).toContain('Bei jedem neuen Beitrag');
		expect(await mailChoice(DRK)).toBe('each');
	});

	test('a member posts: errors without JavaScript first, then the post with a working group', async () => {
		const response = await kvhs.page.goto('/mitglieder/austausch/neu');
		expect(response?.headers()['cache-control']).toBe('private, no-store');
		await axeClean(kvhs, 'new post');
		await submitForm(kvhs.page, kvhs.page.getByRole('button', { name: 'Beitrag veröffentlichen' }));
		expect(await kvhs.page.getByRole('alert').textContent()).toContain('Bitte geben Sie einen Titel ein.');
		await axeClean(kvhs, 'new post with errors');

		await kvhs.page.getByLabel('Wir suchen …').check();
		await kvhs.page.getByLabel(/^Titel/).fill(TITLE);
		await kvhs.page.getByLabel(/^Text/).fill('Für zwei Elternabende im März suchen wir Sprachmittlung für Arabisch und Dari.');
		const group = kvhs.page.getByLabel(/^Arbeitskreis/);
		const firstGroup = await group.locator('option').nth(1).getAttribute('value');
		await group.selectOption(firstGroup!);
		const status = await submitForm(kvhs.page, kvhs.page.getByRole('button', { name: 'Beitrag veröffentlichen' }));
		expect(status).toBe(200);
		postPath = new URL(kvhs.page.url()).pathname;
		expect(postPath).toMatch(/^\/mitglieder\/austausch\/[a-z0-9]+$/);
		expect(await kvhs.page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
		expect(await kvhs.page.getByRole('status').textContent()).toContain('veröffentlicht');
		await axeClean(kvhs, 'own post');
		const options = (await cmsRest('/api/exchange/options', { token: await tokenOf(KVHS) })).body.data;
		groupSlug = options.workingGroups.find((item: { documentId: string }) => item.documentId === firstGroup).slug;
	});

	test('the list filters by kind and working group, and the working group page shows the post', async () => {
		await drk.page.goto('/mitglieder/austausch');
		await axeClean(drk, 'list');
		await drk.page.getByLabel('Art').selectOption('request');
		await submitForm(drk.page, drk.page.getByRole('button', { name: 'Filtern' }));
		expect(drk.page.url()).toContain('kind=request');
		await expect(drk.page.getByRole('link', { name: new RegExp(TITLE) }).count()).resolves.toBe(1);
		await drk.page.goto('/mitglieder/austausch?kind=offer');
		await expect(drk.page.getByRole('link', { name: new RegExp(TITLE) }).count()).resolves.toBe(0);

		const response = await drk.page.goto(`/mitglieder/arbeitskreise/${groupSlug}`);
		expect(response?.status()).toBe(200);
		expect(response?.headers()['cache-control']).toBe('private, no-store');
		await expect(drk.page.getByRole('link', { name: new RegExp(TITLE) }).count()).resolves.toBe(1);
		expect(await drk.page.getByRole('link', { name: 'Öffentliche Seite des Arbeitskreises' }).getAttribute('href')).toBe(`/de/arbeitskreise/${groupSlug}`);
		await axeClean(drk, 'working group');
	});

	test('another member replies; the first closes the post; replies end', async () => {
		await drk.page.goto(postPath);
		await expect(drk.page.getByRole('button', { name: 'Beitrag schließen' }).count()).resolves.toBe(0); // not theirs
		await drk.page.getByLabel('Ihre Antwort').fill('Wir haben eine Sprachmittlerin für Dari. Rufen Sie uns an.');
		await submitForm(drk.page, drk.page.getByRole('button', { name: 'Antworten' }));
		expect(await drk.page.getByRole('status').textContent()).toContain('Antwort ist veröffentlicht');
		expect(await drk.page.locator('.exchange-replies').textContent()).toContain('Sprachmittlerin für Dari');
		await axeClean(drk, 'post with reply');

		await kvhs.page.goto(postPath);
		expect(await kvhs.page.locator('.exchange-replies').textContent()).toContain('DRK');
		await submitForm(kvhs.page, kvhs.page.getByRole('button', { name: 'Beitrag schließen' }));
		expect(await kvhs.page.getByRole('status').textContent()).toContain('geschlossen');
		await drk.page.goto(postPath);
		await expect(drk.page.getByLabel('Ihre Antwort').count()).resolves.toBe(0);
		expect(await drk.page.textContent('main')).toContain('nimmt keine Antworten mehr an');

		await kvhs.page.goto(`${postPath}/bearbeiten`);
		await axeClean(kvhs, 'edit');
		expect((await drk.page.goto(`${postPath}/bearbeiten`))?.status()).toBe(403);
	});

	test('the mail for the new post unsubscribes without signing in: opening changes nothing, the button does', async () => {
		const mail = outbox().find((message) => message.to.includes(DRK) && message.subject.includes(TITLE));
		expect(mail, 'mail to the member that chose each post').toBeDefined();
		expect(outbox().some((message) => message.to.includes(KVHS) && message.subject.includes(TITLE))).toBe(false);
		const link = /https?:\/\/\S+\/mitglieder\/abbestellen\?token=\S+/.exec(mail!.text)![0];

		const visitor = await openBrowser({ javaScript: false });
		try {
			const response = await visitor.page.goto(new URL(link).pathname + new URL(link).search);
			expect(response?.status()).toBe(200);
			expect(response?.headers()['cache-control']).toBe('private, no-store');
			expect(await visitor.page.textContent('main')).toContain('@example.org');
			await axeClean(visitor, 'unsubscribe');
			expect(await mailChoice(DRK)).toBe('each'); // a GET changes nothing
			await submitForm(visitor.page, visitor.page.getByRole('button', { name: 'Einstellung speichern' }));
			expect(await visitor.page.getByRole('status').textContent()).toContain('Abbestellt');
			expect(await mailChoice(DRK)).toBe('none');

			// the mail program's one-click unsubscribe (RFC 8058): a POST to the List-Unsubscribe address
			expect(mail!.headers).toEqual({ 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
			expect((await cmsRest('/api/exchange/mail-settings', { method: 'PUT', token: await tokenOf(DRK), body: { data: { choice: 'digest' } } })).status).toBe(200);
			const oneClick = await fetch(site(new URL(link).pathname + new URL(link).search), {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'List-Unsubscribe=One-Click'
			});
			expect(oneClick.status).toBe(200);
			expect(await mailChoice(DRK)).toBe('none');

			await visitor.page.goto(`/mitglieder/abbestellen?token=${encodeURIComponent(new URL(link).searchParams.get('token')!.slice(0, -2))}xx`);
			expect(await visitor.page.getByRole('alert').textContent()).toContain('Abmeldelink ist ungültig');
			await axeClean(visitor, 'unsubscribe with a bad token');
		} finally {
			await visitor.close();
		}
	});

	test('the office hides the post: members no longer see it, the office does', async () => {
		const documentId = postPath.split('/').pop();
		const list = await office.page.goto('/koordination/austausch');
		expect(list?.headers()['cache-control']).toBe('private, no-store');
		await axeClean(office, 'office list');
		await office.page.goto(`/koordination/austausch/${documentId}`);
		await axeClean(office, 'office post');
		await office.page.getByLabel(/^Grund/).fill('Doppelt eingestellt');
		await submitForm(office.page, office.page.getByRole('button', { name: 'Beitrag ausblenden' }));
		expect(await office.page.getByRole('status').textContent()).toContain('ausgeblendet');
		expect(await office.page.textContent('main')).toContain('Doppelt eingestellt');

		expect((await drk.page.goto(postPath))?.status()).toBe(404);
		await drk.page.goto('/mitglieder/austausch');
		await expect(drk.page.getByRole('link', { name: new RegExp(TITLE) }).count()).resolves.toBe(0);
		expect((await kvhs.page.goto(postPath))?.status()).toBe(404);
		// members cannot reach the office's page
		expect((await kvhs.page.goto(`/koordination/austausch/${documentId}`))?.status()).toBe(403);
	});
});
