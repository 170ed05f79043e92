/**
 * Logos are served in the size of their place: the actor list and the actor page offer Strapi's
 * smaller formats through srcset with width and height, and never the uploaded original when a
 * smaller format exists.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tokenOf } from './area-helpers.ts';
import { cmsRest, cmsUrl, officeToken, openBrowser, type BrowserSession } from './helpers.ts';
import { solidPng } from './pictures.ts';

const MEMBER = 'drk@example.org';

let browser: BrowserSession;
let memberToken: string;
let actor: { documentId: string; slug: string; name: string };
let originalLogo: number | null;
let uploaded: { id: number; url: string; formats: Record<string, { url: string; width: number; height: number }> };

async function saveAndApprove(logo: number | null) {
	const saved = await cmsRest(`/api/actors/${actor.documentId}`, { method: 'PUT', token: memberToken, body: { data: { logo } } });
	expect(saved.status, JSON.stringify(saved.body)).toBe(200);
	const token = await officeToken();
	const { body } = await cmsRest(`/api/moderation/actor/${actor.documentId}`, { token });
	const approved = await cmsRest(`/api/moderation/actor/${actor.documentId}/approve`, { method: 'POST', token, body: { version: body.data.version } });
	expect(approved.status, JSON.stringify(approved.body)).toBe(200);
}

beforeAll(async () => {
	memberToken = await tokenOf(MEMBER);
	const entries = (await cmsRest('/api/member/entries', { token: memberToken })).body.data as Array<{ type: string; documentId: string }>;
	const documentId = entries.find((entry) => entry.type === 'actor')!.documentId;
	const { body } = await cmsRest(`/api/moderation/actor/${documentId}`, { token: await officeToken() });
	actor = { documentId, slug: body.data.published.slug, name: body.data.published.name };
	originalLogo = body.data.published.logo?.id ?? null;

	const form = new FormData();
	form.set('file', new Blob([new Uint8Array(solidPng(1600, 1000, [30, 120, 90]))]), 'logo.png');
	const response = await fetch(new URL('/api/member/uploads', cmsUrl()), { method: 'POST', headers: { authorization: `Bearer ${memberToken}` }, body: form });
	expect(response.status).toBe(201);
	const file = (await response.json()).data;
	const stored = await cmsRest(`/api/upload/files/${file.id}`, { token: await officeToken() });
	uploaded = stored.body;
	// the CMS made the smaller formats the site relies on
	expect(Object.keys(uploaded.formats ?? {}).sort()).toEqual(['large', 'medium', 'small', 'thumbnail']);
	await saveAndApprove(file.id);
	browser = await openBrowser({ javaScript: false });
});

afterAll(async () => {
	await browser?.close();
	if (actor) await saveAndApprove(originalLogo);
});

type Picture = { src: string; srcset: string; sizes: string; width: string | null; height: string | null; naturalWidth: number };
const picture = (selector: string) =>
	browser.page.locator(selector).first().evaluate((img: HTMLImageElement) => ({
		src: img.getAttribute('src') ?? '',
		srcset: img.getAttribute('srcset') ?? '',
		sizes: img.getAttribute('sizes') ?? '',
		width: img.getAttribute('width'),
		height: img.getAttribute('height'),
		naturalWidth: img.naturalWidth
	})) as Promise<Picture>;

describe('logos in the size of their place', () => {
	test('the actor list shows a small format with srcset, width and height, never the original', async () => {
		const requested: string[] = [];
		browser.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		const response = await browser.page.goto('/de/akteure', { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		const card = browser.page.locator('article.card', { has: browser.page.getByRole('link', { name: actor.name }) });
		await card.locator('img.card-logo').first().scrollIntoViewIfNeeded();
		const logo = await card.locator('img.card-logo').first().evaluate((img: HTMLImageElement) => ({
			src: img.getAttribute('src') ?? '',
			srcset: img.getAttribute('srcset') ?? '',
			width: img.getAttribute('width'),
			height: img.getAttribute('height'),
		}));
		expect(logo.srcset).toContain(`${uploaded.formats.thumbnail.url} ${uploaded.formats.thumbnail.width}w`);
		expect(logo.src).toBe(uploaded.formats.thumbnail.url);
		expect(logo.srcset).not.toContain(uploaded.url);
		expect(Number(logo.width)).toBeGreaterThan(0);
		expect(Number(logo.height)).toBeGreaterThan(0);
		expect(requested).not.toContain(uploaded.url);
	});

	test('the actor page shows the logo from a format that fits 240 px, with width and height', async () => {
		const requested: string[] = [];
		browser.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		const response = await browser.page.goto(`/de/akteure/${actor.slug}`, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		const logo = await picture('img.actor-logo');
		expect(logo.src).toBe(uploaded.formats.thumbnail.url);
		expect(logo.srcset.split(', ')).toHaveLength(4);
		expect(logo.srcset).not.toContain(uploaded.url);
		expect(logo.sizes).toBe('(max-width: 240px) 100vw, 240px');
		expect([Number(logo.width), Number(logo.height)]).toEqual([uploaded.formats.thumbnail.width, uploaded.formats.thumbnail.height]);
		expect(logo.naturalWidth).toBeGreaterThan(0);
		expect(requested).not.toContain(uploaded.url);
	});
});
