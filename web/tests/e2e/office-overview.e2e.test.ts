/**
 * The coordination office's overview pages, in Chromium with JavaScript off, against the real CMS:
 * the coverage matrix (every cell against counts computed here from the CMS's public data, and a
 * cell's link against the public list), the inbox (a report appears linked to its entry, is marked
 * done and opened again, stored so in the CMS; accessibility feedback shows its deadline), entries
 * not confirmed for a year (the set and the order against the CMS), and the translation overview
 * (missing, and outdated after a member changes the German text). Every page passes axe, is
 * no-store, refuses members and sends signed-out visitors to sign in.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { signInPage, submitForm, tokenOf } from './area-helpers.ts';
import { axeCheck, cmsRest, cmsUrl, describeViolations, fetchSite, officeToken, openBrowser, siteUrl, type BrowserSession } from './helpers.ts';
import { SITE_PROXY_SECRET } from './servers.ts';
import { berlinToday, cmsMunicipalities, cmsOfferings, gql, isCurrent, offeringListAt, type CmsMunicipality, type CmsOffering } from './site-helpers.ts';

const PAGES = ['/koordination/veraltet', '/koordination/eingang', '/koordination/eingang?seite=2', '/koordination/abdeckung', '/koordination/uebersetzungen', '/koordination/uebersetzungen?seite=2'];
const run = randomUUID().slice(0, 8);

let office: BrowserSession;

async function open(path: string): Promise<Page> {
	const response = await office.page.goto(path, { waitUntil: 'load' });
	expect(response?.status(), path).toBe(200);
	return office.page;
}

/** A public report, sent as the site sends it (with the proxy secret and a visitor address of its own). */
async function submitReport(data: Record<string, unknown>) {
	const response = await fetch(new URL('/api/reports/submit', cmsUrl()), {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-site-secret': SITE_PROXY_SECRET, 'x-client-address': `198.51.100.${Math.floor(Math.random() * 250) + 1}` },
		body: JSON.stringify(data)
	});
	expect(response.status, await response.clone().text()).toBe(201);
}

type InboxReport = { documentId: string; message: string; handlingState: 'open' | 'done'; handledAt: string | null };
async function reportInCms(message: string): Promise<InboxReport> {
	const { status, body } = await cmsRest('/api/office/inbox', { token: await officeToken() });
	expect(status).toBe(200);
	const report = (body.data.reports as InboxReport[]).find((r) => r.message === message);
	expect(report, 'the report is stored').toBeDefined();
	return report!;
}

/** Follows the table's "Nächste Seite" links (plain links, no JavaScript) until `selector` is on the page. */
async function openPageWith(path: string, selector: string, navigation: string): Promise<Page> {
	const page = await open(path);
	for (let hops = 0; (await page.locator(selector).count()) === 0; hops++) {
		const next = page.getByRole('navigation', { name: navigation }).locator('a[rel="next"]');
		expect(await next.count(), `${selector} is on some page of ${path}`).toBe(1);
		expect(hops).toBeLessThan(100);
		await open((await next.getAttribute('href'))!);
	}
	return page;
}

beforeAll(async () => {
	office = await openBrowser({ javaScript: false });
	await signInPage(office.page, 'koordination@example.org');
});

afterAll(async () => {
	await office?.close();
});

describe('coverage matrix', () => {
	let current: CmsOffering[];
	let municipalities: CmsMunicipality[];
	let topics: string[];

	beforeAll(async () => {
		const today = berlinToday();
		[current, municipalities] = await Promise.all([cmsOfferings().then((all) => all.filter((o) => isCurrent(o, today))), cmsMunicipalities()]);
		topics = (await gql(`{ topics(pagination: { pageSize: 100 }) { slug } }`)).topics.map((t: { slug: string }) => t.slug);
	});

	/** The offerings of a municipality as the public list counts them: a Verbandsgemeinde with its members, each once. */
	function offeringsIn(slug: string): Set<string> {
		const chosen = municipalities.find((m) => m.slug === slug)!;
		const scope = new Set([slug, ...(chosen.kind === 'collective_municipality' ? chosen.members.map((m) => m.slug) : [])]);
		return new Set(current.filter((o) => o.municipalities.some((m) => scope.has(m.slug))).map((o) => o.documentId));
	}

	test('every cell equals the offerings the CMS has there; empty cells are marked in words', async () => {
		const page = await open('/koordination/abdeckung');
		const cells = await page.locator('tr[data-gemeinde] td[data-thema]').evaluateAll((nodes) =>
			nodes.map((td) => ({
				municipality: td.closest('tr')!.getAttribute('data-gemeinde')!,
				topic: td.getAttribute('data-thema')!,
				text: td.textContent ?? '',
				marked: td.classList.contains('empty'),
				href: td.querySelector('a')?.getAttribute('href') ?? null
			}))
		);
		expect(new Set(cells.map((c) => c.municipality))).toEqual(new Set(municipalities.map((m) => m.slug)));
		expect(cells.length).toBe(municipalities.length * topics.length);
		let empty = 0;
		for (const cell of cells) {
			const expected = current.filter((o) => o.topic?.slug === cell.topic && offeringsIn(cell.municipality).has(o.documentId)).length;
			const shown = Number(cell.text.trim().match(/^\d+/)?.[0]);
			expect(shown, `${cell.municipality} × ${cell.topic}`).toBe(expected);
			expect(cell.href).toBe(`/de/angebote?gemeinde=${cell.municipality}&thema=${cell.topic}`);
			expect(cell.marked, `${cell.municipality} × ${cell.topic} marked empty`).toBe(expected === 0);
			if (expected === 0) {
				expect(cell.text).toContain('keine Angebote');
				empty += 1;
			}
		}
		expect(empty, 'the demo data leaves some cells empty').toBeGreaterThan(0);
	});

	test('a Verbandsgemeinde row counts the distinct offerings of itself and its members', async () => {
		const page = await open('/koordination/abdeckung');
		const collectives = municipalities.filter((m) => m.kind === 'collective_municipality' && m.members.length > 1);
		expect(collectives.length).toBeGreaterThan(0);
		// cells where an offering is listed in more than one of the parts: a sum would count it twice
		const overlapping: string[] = [];
		for (const vg of collectives) {
			for (const topic of topics) {
				const union = new Set<string>();
				let sumOfParts = 0;
				for (const slug of [vg.slug, ...vg.members.map((m) => m.slug)]) {
					const here = current.filter((o) => o.topic?.slug === topic && o.municipalities.some((m) => m.slug === slug));
					here.forEach((o) => union.add(o.documentId));
					sumOfParts += here.length;
				}
				const text = await page.locator(`tr[data-gemeinde="${vg.slug}"] td[data-thema="${topic}"]`).innerText();
				expect(Number(text.match(/^\d+/)?.[0]), `${vg.slug} × ${topic}`).toBe(union.size);
				if (union.size < sumOfParts) overlapping.push(`${vg.slug} × ${topic}`);
			}
		}
		// the demo data has such a cell, so the distinct count above is really tested against a sum
		expect(overlapping.length, 'a cell with an offering in several parts of a Verbandsgemeinde').toBeGreaterThan(0);
	});

	test('a cell leads to the public list with exactly its offerings', async () => {
		const page = await open('/koordination/abdeckung');
		// the fullest cell of a Verbandsgemeinde: the case where members are summed
		const vg = municipalities.find((m) => m.kind === 'collective_municipality')!;
		let best = { topic: '', count: 0 };
		for (const topic of topics) {
			const count = current.filter((o) => o.topic?.slug === topic && offeringsIn(vg.slug).has(o.documentId)).length;
			if (count > best.count) best = { topic, count };
		}
		expect(best.count).toBeGreaterThan(0);
		const link = page.locator(`tr[data-gemeinde="${vg.slug}"] td[data-thema="${best.topic}"] a`);
		await submitForm(page, link);
		expect(new URL(page.url()).pathname).toBe('/de/angebote');
		const listed = await offeringListAt(page, 'de', new URL(page.url()).search);
		expect(listed.counts[0]).toBe(best.count);
		expect(new Set(listed.slugs).size).toBe(best.count);
	});
});

describe('inbox', () => {
	test('a report appears linked to its entry, is marked done and opened again, in the CMS too', async () => {
		const { offerings } = await gql(`{ offerings(filters: { slug: { eq: "integrationskurs-wolmirstedt" } }) { documentId title slug } }`);
		const [entry] = offerings;
		const message = `Die Telefonnummer stimmt nicht mehr (e2e ${run}).`;
		await submitReport({ kind: 'outdated_information', message, subjectType: 'offering', subjectDocumentId: entry.documentId, locale: 'de' });
		const { documentId } = await reportInCms(message);

		const page = await open('/koordination/eingang');
		const card = page.locator(`article[data-report="${documentId}"]`);
		await expect(card.innerText()).resolves.toContain(message);
		expect(await card.getByRole('link', { name: entry.title, exact: true }).getAttribute('href')).toBe(`/de/angebote/${entry.slug}`);
		expect(await card.locator(`a[href="/koordination/pruefen/offering/${entry.documentId}"]`).count()).toBe(1);

		expect(await submitForm(page, card.getByRole('button', { name: /^Erledigt/ }))).toBe(200);
		expect(await page.getByRole('status').innerText()).toContain('Als erledigt markiert');
		expect(await page.locator(`article[data-report="${documentId}"]`).count(), 'gone from the open list').toBe(0);
		const done = await reportInCms(message);
		expect(done.handlingState).toBe('done');
		expect(done.handledAt).not.toBeNull();

		await open('/koordination/eingang?zeigen=erledigt');
		const doneCard = page.locator(`article[data-report="${documentId}"]`);
		expect(await doneCard.count()).toBe(1);
		expect(await submitForm(page, doneCard.getByRole('button', { name: /^Wieder öffnen/ }))).toBe(200);
		expect(await page.getByRole('status').innerText()).toContain('Wieder geöffnet');
		expect((await reportInCms(message)).handlingState).toBe('open');
		await open('/koordination/eingang');
		expect(await page.locator(`article[data-report="${documentId}"]`).count(), 'back in the open list').toBe(1);
	});

	test('accessibility feedback shows its answer deadline, one month after it came in', async () => {
		const message = `Der Kontrast der Buttons ist zu schwach (e2e ${run}).`;
		await submitReport({ kind: 'accessibility_feedback', message, subjectType: 'page', pageUrl: `${siteUrl()}/de/barrierefreiheit`, locale: 'de' });
		const { documentId } = await reportInCms(message);
		const { body } = await cmsRest('/api/office/inbox', { token: await officeToken() });
		const createdAt = new Date(body.data.reports.find((r: { documentId: string }) => r.documentId === documentId).createdAt);
		// same day next month, or that month's last day (31 January → end of February)
		const lastDayNextMonth = new Date(Date.UTC(createdAt.getUTCFullYear(), createdAt.getUTCMonth() + 2, 0)).getUTCDate();
		const deadline = new Date(Date.UTC(createdAt.getUTCFullYear(), createdAt.getUTCMonth() + 1, Math.min(createdAt.getUTCDate(), lastDayNextMonth), createdAt.getUTCHours(), createdAt.getUTCMinutes()));
		const page = await open('/koordination/eingang');
		const text = await page.locator(`article[data-report="${documentId}"]`).innerText();
		expect(text).toContain(`Antwort fällig bis ${new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(deadline)}`);
		expect(text).not.toContain('Überfällig');
	});
});

describe('inbox in pages', () => {
	test('25 reports a page, newest first, the total in the heading, every open report on exactly one page', async () => {
		for (let n = 0; n < 26; n++) await submitReport({ kind: 'contact', message: `Bitte um Rückruf Nr. ${n} (e2e ${run}).`, locale: 'de' });
		const { body } = await cmsRest('/api/office/inbox?state=open&pageSize=100', { token: await officeToken() });
		const total: number = body.data.pagination.reports.total;
		expect(total).toBeGreaterThan(25);
		let page = await open('/koordination/eingang');
		expect(await page.getByRole('heading', { level: 2, name: `Meldungen (${total})` }).count()).toBe(1);
		expect(await page.getByRole('link', { name: `Offen (${body.data.counts.open})` }).count()).toBe(1);
		const seen: string[] = [];
		for (let n = 1; ; n++) {
			const cards = await page.locator('article[data-report]').evaluateAll((articles) => articles.map((article) => article.getAttribute('data-report')!));
			expect(cards.length).toBeLessThanOrEqual(25);
			seen.push(...cards);
			const next = page.getByRole('navigation', { name: 'Seiten der Meldungen' }).locator('a[rel="next"]');
			if ((await next.count()) === 0) break;
			page = await open((await next.getAttribute('href'))!);
			expect(new URL(page.url()).searchParams.get('seite')).toBe(String(n + 1));
		}
		expect(seen.length).toBe(total);
		expect(new Set(seen).size).toBe(total);
		// newest first: the last report sent is on the first page
		const newest = (body.data.reports as Array<{ documentId: string; message: string }>).find((r) => r.message === `Bitte um Rückruf Nr. 25 (e2e ${run}).`);
		expect(seen.slice(0, 25)).toContain(newest!.documentId);
	});
});

describe('entries not confirmed for a year', () => {
	test('lists exactly the online actors and offerings confirmed more than a year ago, oldest first', async () => {
		const yearAgo = new Date();
		yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
		const today = berlinToday();
		const data = await gql(`{
			actors(pagination: { pageSize: 100 }) { documentId name lastConfirmedAt contact { email } }
			offerings(pagination: { pageSize: 100 }) { documentId title lastConfirmedAt validUntil }
		}`);
		type Stale = { documentId: string; lastConfirmedAt: string | null; email?: string | null };
		const isStale = (entry: { lastConfirmedAt: string | null }) => !entry.lastConfirmedAt || new Date(entry.lastConfirmedAt) < yearAgo;
		const expected: Stale[] = [
			...data.actors.filter(isStale).map((a: { documentId: string; lastConfirmedAt: string | null; contact: { email: string | null } | null }) => ({ ...a, email: a.contact?.email })),
			...data.offerings.filter((o: { validUntil: string | null; lastConfirmedAt: string | null }) => isStale(o) && isCurrent(o, today))
		];
		expect(expected.length, 'the demo data has stale entries').toBeGreaterThan(0);

		const page = await open('/koordination/veraltet');
		const listed = await page.locator('tr[data-entry]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entry')!));
		expect(new Set(listed)).toEqual(new Set(expected.map((e) => e.documentId)));
		const dates = listed.map((id) => expected.find((e) => e.documentId === id)!.lastConfirmedAt ?? '');
		expect(dates, 'oldest first').toEqual([...dates].sort());

		const withEmail = expected.find((e) => e.email);
		expect(withEmail, 'a stale actor with a contact address').toBeDefined();
		expect(await page.locator(`tr[data-entry="${withEmail!.documentId}"] a[href="mailto:${withEmail!.email}"]`).count()).toBe(1);
	});
});

const TABLE_PAGES = 'Seiten der Übersetzungstabelle';

describe('translations', () => {
	test('the table is paged: 50 rows a page, the total above it, every entry on exactly one page, the filter kept', async () => {
		type Item = { type: string; documentId: string };
		const { body } = await cmsRest('/api/office/translations', { token: await officeToken() });
		const expected = (body.data as Item[]).filter((item) => item.type === 'offering').map((item) => item.documentId);
		expect(expected.length, 'the demo data has more offerings online than one page shows').toBeGreaterThan(50);
		let page = await open('/koordination/uebersetzungen?art=offering');
		expect(await page.getByRole('status').innerText()).toContain(`${expected.length} Einträge`);
		const seen: string[] = [];
		for (let n = 1; ; n++) {
			const rows = await page.locator('tr[data-entry]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entry')!));
			expect(rows.length).toBeLessThanOrEqual(50);
			seen.push(...rows);
			expect(await page.locator('main').innerText()).toContain(`Angezeigt: ${(n - 1) * 50 + 1}–${(n - 1) * 50 + rows.length} von ${expected.length}`);
			const next = page.getByRole('navigation', { name: TABLE_PAGES }).locator('a[rel="next"]');
			if ((await next.count()) === 0) break;
			const href = (await next.getAttribute('href'))!;
			expect(new URL(href, siteUrl()).searchParams.get('art'), 'the filter stays').toBe('offering');
			page = await open(href);
		}
		expect(seen.length).toBe(new Set(seen).size);
		expect(new Set(seen)).toEqual(new Set(expected));
	});

	test('a missing translation is listed as missing; after a member changes the German text, translations are outdated', async () => {
		const token = await officeToken();
		type Item = { type: string; documentId: string; translations: Record<string, string> };
		const { body } = await cmsRest('/api/office/translations', { token });
		const kvhs = await gql(`{ actors(filters: { slug: { eq: "kreisvolkshochschule-boerde" } }) { offerings(pagination: { pageSize: 100 }) { documentId } } }`);
		const offerings: Array<{ documentId: string }> = kvhs.actors[0].offerings;
		const own = new Set(offerings.map((o) => o.documentId));
		// an offering of the KVHS with a current English and a missing Persian translation
		const item = (body.data as Item[]).find((i) => own.has(i.documentId) && i.translations.en === 'current' && i.translations.fa === 'missing');
		expect(item, 'a KVHS offering with an English translation').toBeDefined();

		const selector = `tr[data-entry="${item!.documentId}"]`;
		const page = await openPageWith('/koordination/uebersetzungen?art=offering', selector, TABLE_PAGES);
		const row = () => page.locator(selector);
		expect((await row().locator('td[data-locale="fa"]').innerText()).trim()).toBe('fehlt');
		expect((await row().locator('td[data-locale="en"]').innerText()).trim()).toBe('aktuell');

		const saved = await cmsRest(`/api/offerings/${item!.documentId}`, { method: 'PUT', token: await tokenOf('kvhs@example.org'), body: { data: { summary: `Neue Kurszeiten ab dem Frühjahr (e2e ${run}).` } } });
		expect(saved.status, JSON.stringify(saved.body)).toBe(200);

		await openPageWith('/koordination/uebersetzungen?art=offering', selector, TABLE_PAGES);
		expect((await row().locator('td[data-locale="en"]').innerText()).trim()).toBe('veraltet');
		expect((await row().locator('td[data-locale="fa"]').innerText()).trim()).toBe('fehlt');
		// the language filter shows only entries lacking that language
		await openPageWith('/koordination/uebersetzungen?sprache=en', selector, TABLE_PAGES);
		expect(await row().locator('td[data-locale="en"]').innerText()).toContain('veraltet');
		expect(await page.locator('td[data-locale="fr"]').count()).toBe(0);
		expect(await page.locator('td[data-locale="en"]').filter({ hasText: 'aktuell' }).count()).toBe(0);
	});
});

describe('accessibility and access', () => {
	test.each(PAGES)('%s: no axe violations, private and no-store', async (path) => {
		const response = await office.page.goto(path, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		expect(response?.headers()['cache-control']).toContain('no-store');
		expect(await office.page.locator('h1').count()).toBe(1);
		expect(await office.page.title()).toMatch(/ – Koordinierungsstelle$/);
		expect(describeViolations(await axeCheck(office.page))).toBe('');
	});

	test.each(PAGES)('%s: signed out → sign-in page', async (path) => {
		const { hops } = await fetchSite(path);
		expect(hops[0].status).toBe(303);
		expect(hops[0].headers.get('location')).toBe(`/mitglieder/anmelden?weiter=${encodeURIComponent(path)}`);
		expect(hops[0].headers.get('cache-control')).toContain('no-store');
	});

	test('a member gets 403 on every page and for the inbox form', async () => {
		const context = await office.browser.newContext({ javaScriptEnabled: false, baseURL: siteUrl(), locale: 'de-DE' });
		try {
			const member = await context.newPage();
			await signInPage(member, 'kvhs@example.org');
			for (const path of PAGES) {
				const response = await member.goto(path, { waitUntil: 'load' });
				expect(response?.status(), path).toBe(403);
				expect(response?.headers()['cache-control']).toContain('no-store');
			}
			const post = await context.request.post('/koordination/eingang?/status', { form: { art: 'report', id: 'abc', status: 'done' }, headers: { origin: siteUrl() } });
			expect(post.status()).toBe(403);
		} finally {
			await context.close();
		}
	});
});
