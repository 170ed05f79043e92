/**
 * Pictures are not approved unseen: when a member changes its logo (and pictures in its rich
 * text), the office's review shows the old and the new image side by side, as real images loaded
 * from the site's own origin, with alternative text, and the page passes axe.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { named, signInPage, submitForm, tokenOf } from './area-helpers.ts';
import { axeCheck, cmsRest, cmsUrl, describeViolations, officeToken, openBrowser, siteUrl, type BrowserSession } from './helpers.ts';
import { solidPng } from './pictures.ts';

const MEMBER = 'drk@example.org';

type Uploaded = { id: number; url: string; mime: string; width: number; height: number };

async function memberUpload(token: string, png: Buffer, name: string): Promise<Uploaded> {
	const form = new FormData();
	form.set('file', new Blob([new Uint8Array(png)]), name);
	const response = await fetch(new URL('/api/member/uploads', cmsUrl()), { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
	const body = await response.json();
	expect(response.status, JSON.stringify(body)).toBe(201);
	return body.data;
}

/** A rich-text description with one picture: the whole file record, the way Strapi's blocks editor stores it. */
async function describedWith(text: string, picture: Uploaded, alternativeText: string) {
	const file = await cmsRest(`/api/upload/files/${picture.id}`, { token: await officeToken() });
	expect(file.status).toBe(200);
	return [
		{ type: 'paragraph', children: [{ type: 'text', text }] },
		{ type: 'image', image: { ...file.body, alternativeText }, children: [{ type: 'text', text: '' }] }
	];
}

let office: BrowserSession;
let memberToken: string;
let actor: { documentId: string; title: string };
let original: { description: unknown; logo: number | null };

async function approveOverApi() {
	const token = await officeToken();
	const { body } = await cmsRest(`/api/moderation/actor/${actor.documentId}`, { token });
	const approved = await cmsRest(`/api/moderation/actor/${actor.documentId}/approve`, { method: 'POST', token, body: { version: body.data.version } });
	expect(approved.status, JSON.stringify(approved.body)).toBe(200);
}

async function memberSaves(data: Record<string, unknown>) {
	const saved = await cmsRest(`/api/actors/${actor.documentId}`, { method: 'PUT', token: memberToken, body: { data } });
	expect(saved.status, JSON.stringify(saved.body)).toBe(200);
}

beforeAll(async () => {
	memberToken = await tokenOf(MEMBER);
	const entries = (await cmsRest('/api/member/entries', { token: memberToken })).body.data as Array<{ type: string; documentId: string; title: string }>;
	actor = entries.find((entry) => entry.type === 'actor')!;
	const { body } = await cmsRest(`/api/moderation/actor/${actor.documentId}`, { token: await officeToken() });
	original = { description: body.data.published.description, logo: body.data.published.logo?.id ?? null };
	office = await openBrowser({ javaScript: false });
	await signInPage(office.page, 'koordination@example.org');
});

afterAll(async () => {
	await office?.close();
	// the demo organisation as it was: its old description, its old logo
	if (actor) {
		await memberSaves({ description: original.description, logo: original.logo });
		await approveOverApi();
	}
});

describe('pictures in the review', () => {
	let before: Uploaded;
	let after: Uploaded;

	beforeAll(async () => {
		// published once with a red logo and a picture in the description…
		before = await memberUpload(memberToken, solidPng(120, 60, [200, 30, 40]), 'alt.png');
		await memberSaves({ logo: before.id, description: await describedWith('Unser Haus.', before, 'Das rote Haus') });
		await approveOverApi();
		// …then the member changes both to a blue one
		after = await memberUpload(memberToken, solidPng(90, 90, [20, 60, 200]), 'neu.png');
		await memberSaves({ logo: after.id, description: await describedWith('Unser Haus.', after, 'Das blaue Haus') });
	});

	/** The images of one cell: where they point, their alternative text, and whether they loaded. */
	const picturesIn = (cell: Locator) =>
		cell.locator('img').evaluateAll((nodes) =>
			(nodes as HTMLImageElement[]).map((img) => ({ src: new URL(img.src).pathname, origin: new URL(img.src).origin, alt: img.alt, loaded: img.complete && img.naturalWidth > 0, naturalWidth: img.naturalWidth }))
		);

	test('the office sees the old and the new logo and the pictures of the text, side by side, loaded from the site', async () => {
		const { page } = office;
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		const response = await page.goto('/koordination', { waitUntil: 'load' });
		expect(response?.status()).toBe(200);

		// one line per queue item; its comparison opens with a click on the line
		const entry = page.locator('details.queue-item').filter({ has: page.locator('summary .queue-title').getByText(actor.title, { exact: true }) });
		expect(await entry.count()).toBe(1);
		await entry.locator('summary').click();
		const rowOf = (label: string) => entry.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
		const [logoBefore, logoAfter] = [rowOf('Logo').getByRole('cell').nth(0), rowOf('Logo').getByRole('cell').nth(1)];
		const origin = new URL(siteUrl()).origin;

		expect(await picturesIn(logoBefore)).toEqual([{ src: before.url, origin, alt: 'Bild ohne Alternativtext', loaded: true, naturalWidth: 120 }]);
		expect(await picturesIn(logoAfter)).toEqual([{ src: after.url, origin, alt: 'Bild ohne Alternativtext', loaded: true, naturalWidth: 90 }]);

		const description = rowOf('Beschreibung');
		expect(await picturesIn(description.getByRole('cell').nth(0))).toEqual([{ src: before.url, origin, alt: 'Das rote Haus', loaded: true, naturalWidth: 120 }]);
		expect(await picturesIn(description.getByRole('cell').nth(1))).toEqual([{ src: after.url, origin, alt: 'Das blaue Haus', loaded: true, naturalWidth: 90 }]);

		// the browser loaded nothing from the CMS or any other origin
		expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
		expect(describeViolations(await axeCheck(page))).toBe('');

		// and what was seen is what gets approved
		expect(await submitForm(page, entry.getByRole('button', { name: named(`Freigeben: ${actor.title}`) }))).toBe(200);
		const published = (await cmsRest(`/api/moderation/actor/${actor.documentId}`, { token: await officeToken() })).body.data.published;
		expect(published.logo.url).toBe(after.url);
	});
});
