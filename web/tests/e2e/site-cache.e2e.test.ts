/**
 * The page cache against the real CMS: anonymous public pages are cached and marked public for
 * proxies; signed-in visitors, form posts, error pages and the areas stay private and uncached;
 * and when the office approves a member's change (the real moderation flow through the CMS API,
 * real JWTs), every locale's detail page, the list, the search and the sitemap show it within one
 * second — the CMS's signed notification reaches the site's endpoint, which refuses unsigned,
 * wrongly signed, old and replayed notifications.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, test } from 'vitest';
import { signInCookie, tokenOf } from './area-helpers.ts';
import { cachedPage, officeApproves, signedNotification, withinBudget } from './cache-helpers.ts';
import { cmsRest, officeToken, site } from './helpers.ts';
import { SITE_CHANGES_SECRET } from './servers.ts';
import { SITE_LOCALES, TEST_LOCALES } from './site-helpers.ts';

const run = randomUUID().slice(0, 8);
const created: string[] = [];
const PUBLIC_HEADER = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/;

afterAll(async () => {
	const token = await officeToken();
	for (const documentId of created) {
		await cmsRest(`/api/moderation/offering/${documentId}/withdraw`, { method: 'POST', token, body: {} });
		await cmsRest(`/api/moderation/offering/${documentId}`, { method: 'DELETE', token });
	}
});

describe('what is cached, and for whom', () => {
	test('an anonymous public page is cached, marked public for proxies, and sets no cookie', async () => {
		const first = await cachedPage(site('/de/akteure'));
		expect(first.status).toBe(200);
		expect(first.cacheControl).toMatch(PUBLIC_HEADER);
		expect(first.setCookie).toEqual([]);
		const second = await cachedPage(site('/de/akteure'));
		expect(second.cache).toBe('hit');
		expect(second.body).toBe(first.body);
	});

	test('a signed-in visitor’s pages, form posts, error pages and the areas are private and never cached', async () => {
		const cookie = await signInCookie('kvhs@example.org');
		for (let i = 0; i < 2; i++) {
			const signedIn = await cachedPage(site('/de/angebote'), { headers: { cookie } });
			expect(signedIn.status).toBe(200);
			expect(signedIn.cacheControl).toBe('private, no-store');
			expect(signedIn.cache).toBeNull();
		}
		for (const pathname of ['/de/angebote/gibt-es-nicht-e2e', '/de/gibt-es-nicht']) {
			for (let i = 0; i < 2; i++) {
				const missing = await cachedPage(site(pathname));
				expect(missing.status).toBe(404);
				expect(missing.cacheControl).toBe('private, no-store');
				expect(missing.cache).toBe('miss');
			}
		}
		const area = await cachedPage(site('/mitglieder'), { headers: { cookie } });
		expect(area.status).toBe(200);
		expect(area.cacheControl).toBe('private, no-store');
		const post = await cachedPage(site('/de/kontakt?/senden'), {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(site('/')).origin },
			body: new URLSearchParams({ message: '' })
		});
		expect(post.cacheControl).toBe('private, no-store');
	});
});

describe('the change endpoint', () => {
	const endpoint = site('/_intern/inhalte-geaendert');
	const post = (body: string, headers: Record<string, string>) => fetch(endpoint, { method: 'POST', body, headers });
	const change = { type: 'offering', documentId: `e2e${run}`, action: 'update' };

	test('accepts a correctly signed notification once', async () => {
		const signed = signedNotification(change);
		expect((await post(signed.body, signed.headers)).status).toBe(202);
		const replay = await post(signed.body, signed.headers);
		expect(replay.status).toBe(401);
		expect((await replay.json()).message).toMatch(/replay/);
	});

	test('refuses missing, wrong and old signatures with 401, malformed ones with 400', async () => {
		const unsigned = await post(JSON.stringify(change), { 'content-type': 'application/json' });
		expect(unsigned.status).toBe(401);
		expect((await unsigned.json()).message).toMatch(/required/);
		const wrong = signedNotification(change, { secret: 'not-the-secret' });
		expect((await post(wrong.body, wrong.headers)).status).toBe(401);
		const old = signedNotification(change, { timestamp: Math.floor(Date.now() / 1000) - 600 });
		expect((await post(old.body, old.headers)).status).toBe(401);
		const tampered = signedNotification(change);
		expect((await post(tampered.body.replace('update', 'delete'), tampered.headers)).status).toBe(401);
		const malformed = signedNotification(change);
		expect((await post(malformed.body, { ...malformed.headers, 'x-cms-signature': 'sha1=abc' })).status).toBe(400);
		// correctly signed, but not a change: 400 with a message
		const timestamp = String(Math.floor(Date.now() / 1000));
		const signature = `sha256=${createHmac('sha256', SITE_CHANGES_SECRET).update(`${timestamp}.not json`).digest('hex')}`;
		const notJson = await post('not json', { 'content-type': 'application/json', 'x-cms-timestamp': timestamp, 'x-cms-signature': signature });
		expect(notJson.status).toBe(400);
		expect((await notJson.json()).message).toMatch(/JSON/);
	});

	test('is not in the sitemap', async () => {
		expect((await cachedPage(site('/sitemap.xml'))).body).not.toContain('_intern');
		expect((await cachedPage(site('/sitemap-1.xml'))).body).not.toContain('_intern');
	});
});

describe('an approved change is on every page within one second', () => {
	const title = `E2E Cache ${run} Alpha`;
	const retitled = `E2E Cache ${run} Beta`;
	let documentId = '';
	let slug = '';

	const detailPaths = () => SITE_LOCALES.map((locale) => `/${locale}/angebote/${slug}`);
	// lists and searches in a left-to-right and a right-to-left locale (search pages are rendered fresh
	// from the search index, which hears of the change by itself: they are never in the page cache)
	const listPaths = TEST_LOCALES.map((locale) => `/${locale}/angebote?sortierung=bestaetigt`);
	const searchPaths = TEST_LOCALES.map((locale) => `/${locale}/suche?q=${encodeURIComponent(`Cache ${run}`)}`);

	/** A check that passes when the page answers 200 and contains `text` (in its markup, e.g. a sitemap's `<loc>`). */
	const shows = (pathname: string, text: string) => async () => {
		const page = await cachedPage(site(pathname));
		return page.status === 200 && page.body.includes(text) ? null : `${page.status} ${page.cache}, without “${text}”`;
	};
	/** The same for a page's visible text: search results mark the matched words (`<mark>`) inside the title. */
	const showsText = (pathname: string, text: string) => async () => {
		const page = await cachedPage(site(pathname));
		return page.status === 200 && page.body.replace(/<[^>]*>/g, '').includes(text) ? null : `${page.status} ${page.cache}, without “${text}”`;
	};

	/** Requests each page until it comes from the cache (so the change has something to replace). */
	async function warm(paths: string[]) {
		for (const pathname of paths) {
			let state: string | null = null;
			for (let attempt = 0; attempt < 5 && state !== 'hit'; attempt++) state = (await cachedPage(site(pathname))).cache;
			expect(state, pathname).toBe('hit');
		}
	}

	test('a new offering, approved: the list, the search and the sitemap show it, and its page exists in every locale', async () => {
		const member = await tokenOf('kvhs@example.org');
		const saved = await cmsRest('/api/offerings', { method: 'POST', token: member, body: { data: { title, summary: 'Ein Angebot aus dem Cache-Test.' } } });
		expect(saved.status, JSON.stringify(saved.body)).toBe(201);
		documentId = saved.body.data.documentId;
		created.push(documentId);
		const office = await officeToken();
		slug = (await cmsRest(`/api/moderation/offering/${documentId}`, { token: office })).body.data.draft.slug;
		expect(slug).toContain(run);

		// the demo data fits in the sitemap's first part (the index and its parts: site-pages.e2e.test.ts)
		await warm([...listPaths, '/sitemap-1.xml']);
		for (const pathname of [...listPaths, ...searchPaths]) expect((await cachedPage(site(pathname))).body.replace(/<[^>]*>/g, '')).not.toContain(title);
		for (const pathname of searchPaths) expect((await cachedPage(site(pathname))).cache, pathname).toBeNull();

		await officeApproves(cmsRest, office, documentId);
		// the cached pages that must change (the new offering's own pages were 404s, which are never cached)
		const failures = await withinBudget(1000, {
			...Object.fromEntries(listPaths.map((pathname) => [pathname, shows(pathname, title)])),
			...Object.fromEntries(searchPaths.map((pathname) => [pathname, showsText(pathname, title)])),
			'/sitemap-1.xml': shows('/sitemap-1.xml', `/de/angebote/${slug}</loc>`)
		});
		expect(failures).toEqual({});
		for (const pathname of detailPaths()) expect(await shows(pathname, title)(), pathname).toBeNull();
	});

	test('a member’s change to it, approved: its cached page in every locale, the list and the search show the new title', async () => {
		expect(documentId).not.toBe('');
		await warm([...detailPaths(), ...listPaths]);

		const saved = await cmsRest(`/api/offerings/${documentId}`, { method: 'PUT', token: await tokenOf('kvhs@example.org'), body: { data: { title: retitled } } });
		expect(saved.status, JSON.stringify(saved.body)).toBe(200);
		// waiting for review: the public pages still show the approved title
		expect((await cachedPage(site(detailPaths()[0]))).body).toContain(title);

		await officeApproves(cmsRest, await officeToken(), documentId);
		const failures = await withinBudget(1000, {
			...Object.fromEntries(detailPaths().map((pathname) => [pathname, shows(pathname, retitled)])),
			...Object.fromEntries(listPaths.map((pathname) => [pathname, shows(pathname, retitled)])),
			...Object.fromEntries(searchPaths.map((pathname) => [pathname, showsText(pathname, retitled)]))
		});
		expect(failures).toEqual({});
	});
});
