/**
 * Events (issue 12.5 and 13.4) in Chromium with JavaScript off: the month view and its previous/next
 * links, the filters (also in the iCal feed and its webcal: address), every generated iCalendar file
 * read by an RFC 5545 parser, registering for an event with the confirmation mail in the outbox,
 * cancelling through the mail's link page (the GET shows, the button's POST cancels), the waiting
 * list moving up, and the office's list and CSV. axe (JavaScript on) in de and ar on the new pages.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeCheck, cmsRest, describeViolations, fetchSite, officeToken, openBrowser, outbox, siteUrl, type BrowserSession } from './helpers.ts';
import { fetchWithCookie, signInCookie, signInPage, submitForm } from './area-helpers.ts';

const PLENARY = 'netzwerkvollversammlung-naechste';
const DAY = 24 * 60 * 60 * 1000;
let session: BrowserSession;

/** `YYYY-MM` in Berlin of an instant. */
const berlinMonth = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(new Date(iso)).slice(0, 7);
const shiftMonth = (key: string, delta: number) => {
	const [year, month] = key.split('-').map(Number);
	const index = year * 12 + month - 1 + delta;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** Parses with ical.js and checks what the parser forgives: CRLF line ends, 75-octet lines. */
function parseCalendar(file: string) {
	expect(file.endsWith('\r\n')).toBe(true);
	for (const line of file.slice(0, -2).split('\r\n')) {
		expect(line).not.toMatch(/[\r\n]/);
		expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
	}
	const calendar = new ICAL.Component(ICAL.parse(file));
	expect(calendar.name).toBe('vcalendar');
	const events = calendar.getAllSubcomponents('vevent');
	for (const event of events) {
		for (const organizer of event.getAllProperties('organizer')) expect(String(organizer.getFirstValue())).toMatch(/^mailto:[^@\s]+@[^@\s]+$/);
		expect(event.getFirstPropertyValue('uid')).toBeTruthy();
		expect(event.getFirstPropertyValue('dtstart')).toBeTruthy();
	}
	return events;
}

async function calendarAt(pathname: string) {
	const { final, body } = await fetchSite(pathname);
	expect(final.status, pathname).toBe(200);
	expect(final.headers.get('content-type')).toContain('text/calendar');
	return parseCalendar(body);
}

/** An event created and published by the office through the CMS's REST API. */
async function officeEvent(data: Record<string, unknown>) {
	const { status, body } = await cmsRest('/api/events', {
		method: 'POST',
		token: await officeToken(),
		body: { data: { kind: 'public_event', visibility: 'public', registrationMode: 'form', registrationAudience: 'public', ...data } }
	});
	expect(status, JSON.stringify(body)).toBe(201);
	return body.data as { documentId: string; slug: string; title: string };
}

const mailsTo = (address: string) => outbox().filter((message) => String(message.to).includes(address));
const cancelPath = (text: string) => {
	const match = /https?:\/\/[^\s]+(\/[a-z]{2}\/termine\/abmelden\?token=[^\s]+)/.exec(text);
	expect(match, text).not.toBeNull();
	return match![1];
};

async function registerInBrowser(slug: string, person: { name: string; email: string; organisation?: string; needs?: string; answer?: string }) {
	const { page } = session;
	await page.goto(`/de/termine/${slug}`, { waitUntil: 'load' });
	// the page has a second form (report an error) with a name and e-mail field of its own
	const form = page.locator('#anmeldung');
	await form.getByLabel(/Ihr Name/).fill(person.name);
	if (person.organisation) await form.getByLabel(/^Organisation/).fill(person.organisation);
	await form.getByLabel(/Ihre E-Mail-Adresse/).fill(person.email);
	if (person.needs) await form.getByLabel(/Barrierefreiheit oder Dolmetschen/).fill(person.needs);
	if (person.answer) await form.getByLabel(/Workshop/).fill(person.answer);
	const status = await submitForm(page, page.locator('#anmeldung button[type="submit"]'));
	expect(status).toBe(200);
	return page.locator('#anmeldung [role="status"]').innerText();
}

let plenary: { documentId: string; startsAt: string };

beforeAll(async () => {
	session = await openBrowser({ javaScript: false });
	const { body } = await cmsRest(`/api/events?filters[slug][$eq]=${PLENARY}`);
	plenary = body.data[0];
	expect(plenary, 'the demo data has the next plenary').toBeTruthy();
});

afterAll(async () => {
	await session?.close();
});

describe('the month view and the filters', () => {
	test('shows the month of the plenary as a grid and moves to the previous and next month', async () => {
		const { page } = session;
		const month = berlinMonth(plenary.startsAt);
		await page.goto(`/de/termine?monat=${month}`, { waitUntil: 'load' });
		const grid = page.locator('.month-grid');
		expect(await grid.locator(`a[href$="/de/termine/${PLENARY}"]`).count()).toBe(1);
		expect(await page.locator('#month-heading').innerText()).toMatch(/\d{4}/);
		await submitForm(page, page.getByRole('link', { name: 'Nächster Monat' }));
		expect(new URL(page.url()).searchParams.get('monat')).toBe(shiftMonth(month, 1));
		await submitForm(page, page.getByRole('link', { name: 'Vorheriger Monat' }));
		await submitForm(page, page.getByRole('link', { name: 'Vorheriger Monat' }));
		expect(new URL(page.url()).searchParams.get('monat')).toBe(shiftMonth(month, -1));
		expect(await grid.locator(`a[href$="/de/termine/${PLENARY}"]`).count()).toBe(0);
		// on a 390 px phone the grid is a list of the days with events: no day without one is shown
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(`/de/termine?monat=${month}`, { waitUntil: 'load' });
		const shown = await grid.locator(':scope > li').evaluateAll((items) => items.filter((item) => getComputedStyle(item).display !== 'none').length);
		const withEvents = await grid.locator(':scope > li.has-events:not(.outside)').count();
		expect(shown).toBe(withEvents);
		expect(await page.locator('.weekdays').isVisible()).toBe(false);
		await page.setViewportSize({ width: 1280, height: 900 });
		expect(await page.locator('.weekdays').isVisible()).toBe(true);
	});

	test('filters by kind and municipality through the form, and the feed and its webcal address keep the filters', async () => {
		const { page } = session;
		await page.goto('/de/termine', { waitUntil: 'load' });
		await page.getByLabel('Art', { exact: true }).selectOption('plenary');
		await page.getByLabel('Gemeinde', { exact: true }).selectOption('haldensleben');
		await submitForm(page, page.getByRole('button', { name: 'Termine anzeigen' }));
		const url = new URL(page.url());
		expect(url.searchParams.get('art')).toBe('plenary');
		expect(url.searchParams.get('gemeinde')).toBe('haldensleben');
		const titles = await page.locator('.cards .card-title a').allInnerTexts();
		expect(titles.length).toBeGreaterThan(0);
		expect(titles.every((title) => /Netzwerkvollversammlung/.test(title))).toBe(true);

		const webcal = await page.getByRole('link', { name: /Auswahl im eigenen Kalender abonnieren/ }).getAttribute('href');
		expect(webcal).toMatch(/^webcal:\/\/[^/]+\/de\/termine\/kalender\.ics\?art=plenary&gemeinde=haldensleben$/);
		const file = await page.getByRole('link', { name: /iCal-Datei/ }).getAttribute('href');
		expect(file).toBe('/de/termine/kalender.ics?art=plenary&gemeinde=haldensleben');
		const filtered = await calendarAt(file!);
		expect(filtered.length).toBeGreaterThan(0);
		expect(filtered.every((event) => /Netzwerkvollversammlung/.test(String(event.getFirstPropertyValue('summary'))))).toBe(true);

		// another kind: none of the plenaries
		const weeks = await calendarAt('/de/termine/kalender.ics?art=intercultural_week');
		expect(weeks.some((event) => /Netzwerkvollversammlung/.test(String(event.getFirstPropertyValue('summary'))))).toBe(false);
		// an unknown filter value is ignored, not an error
		expect((await fetchSite('/de/termine?art=party&gemeinde=atlantis&monat=2026-13')).final.status).toBe(200);
	});

	test('every generated iCalendar file is valid RFC 5545: feeds in two locales, filtered feeds, single events', async () => {
		const all = await calendarAt('/de/termine/kalender.ics');
		expect(all.length).toBeGreaterThan(3);
		expect((await calendarAt('/ar/termine/kalender.ics')).length).toBe(all.length);
		await calendarAt('/de/termine/kalender.ics?gemeinde=haldensleben');
		await calendarAt('/uk/termine/kalender.ics?art=public_event');
		const slugs = new Set(all.map((event) => String(event.getFirstPropertyValue('url')).split('/').pop()!));
		for (const slug of slugs) expect(await calendarAt(`/de/termine/${slug}.ics`), slug).toHaveLength(1);
	});

	test('shows how to register for an event with contact details', async () => {
		const { page } = session;
		await page.goto('/de/termine/infoabend-anerkennung-auslaendischer-abschluesse', { waitUntil: 'load' });
		const section = page.locator('#anmeldung');
		expect(await section.getByRole('heading', { name: 'Anmeldung' }).count()).toBe(1);
		expect(await section.locator('a[href="mailto:anerkennung@example.org"]').count()).toBe(1);
		expect(await section.locator('a[href="tel:0000330412"]').count()).toBe(1);
		expect(await section.innerText()).toContain('Anmeldeschluss');
		expect(await section.locator('form').count()).toBe(0);
	});
});

describe('registering', () => {
	test('registers for the plenary, gets the mail, sees the registration on the link page and cancels with the button', async () => {
		const email = `e2e-plenum-${Date.now()}@example.org`;
		const confirmation = await registerInBrowser(PLENARY, { name: 'Erika Testperson', organisation: 'Verein Beispiel e. V.', email, needs: 'Dolmetschen Arabisch', answer: 'Workshop Ehrenamt' });
		expect(confirmation).toContain('Ihre Anmeldung ist bestätigt');
		const mails = mailsTo(email);
		expect(mails).toHaveLength(1);
		expect(mails[0].subject).toMatch(/^Anmeldung bestätigt: Netzwerkvollversammlung/);

		const path = cancelPath(mails[0].text);
		const { page } = session;
		await page.goto(path, { waitUntil: 'load' });
		const shown = await page.locator('main').innerText();
		expect(shown).toContain('Erika Testperson');
		expect(shown).toContain('Platz bestätigt');
		// the GET changed nothing
		const list = await cmsRest(`/api/office/registrations/${plenary.documentId}`, { token: await officeToken() });
		expect(list.body.data.registrations.find((row: { email: string }) => row.email === email).status).toBe('confirmed');
		expect((await fetchSite(path)).final.headers.get('cache-control')).toBe('private, no-store');

		await submitForm(page, page.getByRole('button', { name: 'Anmeldung zurückziehen' }));
		expect(await page.locator('main [role="status"]').innerText()).toContain('Sie sind abgemeldet');
		const after = await cmsRest(`/api/office/registrations/${plenary.documentId}`, { token: await officeToken() });
		expect(after.body.data.registrations.find((row: { email: string }) => row.email === email).status).toBe('cancelled');
		// the link works once
		await page.goto(path, { waitUntil: 'load' });
		expect(await page.locator('main').innerText()).toContain('bereits zurückgezogen');
	});

	test('refuses a form without name and e-mail next to the fields and stores nothing', async () => {
		const { page } = session;
		const before = (await cmsRest(`/api/office/registrations/${plenary.documentId}`, { token: await officeToken() })).body.data.registrations.length;
		await page.goto(`/de/termine/${PLENARY}`, { waitUntil: 'load' });
		const status = await submitForm(page, page.locator('#anmeldung button[type="submit"]'));
		expect(status).toBe(400);
		expect(await page.locator('#anmeldung-name-error').innerText()).toContain('Namen');
		expect(await page.locator('#anmeldung-email-error').innerText()).toContain('E-Mail');
		const after = (await cmsRest(`/api/office/registrations/${plenary.documentId}`, { token: await officeToken() })).body.data.registrations.length;
		expect(after).toBe(before);
	});

	test('puts the second person on the waiting list and moves them up when the first cancels', async () => {
		const event = await officeEvent({ title: `E2E Workshop mit einem Platz ${Date.now()}`, startsAt: new Date(Date.now() + 10 * DAY).toISOString(), capacity: 1 });
		const first = `e2e-erste-${Date.now()}@example.org`;
		const second = `e2e-zweite-${Date.now()}@example.org`;
		expect(await registerInBrowser(event.slug, { name: 'Erste Person', email: first })).toContain('bestätigt');
		// the page now says the event is full: the CMS's change notification empties its cached copy (a moment later)
		let text = '';
		for (let attempt = 0; attempt < 20 && !text.includes('ausgebucht'); attempt++) {
			if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 250));
			await session.page.goto(`/de/termine/${event.slug}`, { waitUntil: 'load' });
			text = await session.page.locator('#anmeldung').innerText();
		}
		expect(text).toContain('ausgebucht');
		expect(await registerInBrowser(event.slug, { name: 'Zweite Person', email: second })).toContain('Warteliste');
		expect(mailsTo(second)[0].subject).toMatch(/^Warteliste: /);

		await session.page.goto(cancelPath(mailsTo(first)[0].text), { waitUntil: 'load' });
		await submitForm(session.page, session.page.getByRole('button', { name: 'Anmeldung zurückziehen' }));
		const movedUp = mailsTo(second).filter((message) => /^Platz frei geworden: /.test(message.subject));
		expect(movedUp).toHaveLength(1);
		expect(movedUp[0].text).toContain('/de/termine/abmelden?token=');
	});
});

describe('the office', () => {
	test('sees the registrations in its area and downloads the CSV; members and visitors cannot', async () => {
		const event = await officeEvent({ title: `E2E Liste ${Date.now()}`, startsAt: new Date(Date.now() + 12 * DAY).toISOString(), capacity: 5 });
		await registerInBrowser(event.slug, { name: 'Liste Person', email: `e2e-liste-${Date.now()}@example.org`, organisation: 'Beispielverein' });

		const office = await openBrowser({ javaScript: false });
		try {
			await signInPage(office.page, 'koordination@example.org');
			await office.page.goto('/koordination/anmeldungen', { waitUntil: 'load' });
			await submitForm(office.page, office.page.getByRole('link', { name: event.title }));
			expect(await office.page.locator('main').innerText()).toContain('Liste Person');
			expect(await office.page.locator('[data-registration="confirmed"]').count()).toBe(1);
		} finally {
			await office.close();
		}
		const cookie = await signInCookie('koordination@example.org');
		const response = await fetch(new URL(`/koordination/anmeldungen/${event.documentId}/export`, siteUrl()), { headers: { cookie } });
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('text/csv');
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		const bytes = new Uint8Array(await response.arrayBuffer());
		// a byte order mark for spreadsheets (TextDecoder would hide it)
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const csv = new TextDecoder().decode(bytes.slice(3));
		expect(csv).toMatch(/^Status,Name,Organisation,E-Mail/);
		expect(csv).toContain('bestätigt,Liste Person,Beispielverein,e2e-liste-');

		const member = await signInCookie('kvhs@example.org');
		expect((await fetchWithCookie(`/koordination/anmeldungen/${event.documentId}/export`, member)).status).not.toBe(200);
		expect((await fetchWithCookie(`/koordination/anmeldungen/${event.documentId}/export`, null)).status).not.toBe(200);
	});
});

describe.each(['de', 'ar'])('axe on the new pages, %s', (locale) => {
	test('month view, event with registration form, cancel page', async () => {
		const email = `e2e-axe-${locale}-${Date.now()}@example.org`;
		await registerInBrowser(PLENARY, { name: 'Axe Person', email });
		const link = cancelPath(mailsTo(email)[0].text).replace(/^\/de\//, `/${locale}/`);
		const checker = await openBrowser({ javaScript: true });
		try {
			for (const path of [`/${locale}/termine?monat=${berlinMonth(plenary.startsAt)}`, `/${locale}/termine?art=plenary`, `/${locale}/termine/${PLENARY}`, link]) {
				const response = await checker.page.goto(path, { waitUntil: 'load' });
				expect(response?.status(), path).toBe(200);
				expect(describeViolations(await axeCheck(checker.page)), path).toBe('');
			}
			if (locale === 'de') {
				await signInPage(checker.page, 'koordination@example.org');
				await checker.page.goto('/koordination/anmeldungen', { waitUntil: 'load' });
				expect(describeViolations(await axeCheck(checker.page))).toBe('');
				await checker.page.goto(`/koordination/anmeldungen/${plenary.documentId}`, { waitUntil: 'load' });
				expect(describeViolations(await axeCheck(checker.page))).toBe('');
			}
			expect(checker.foreignRequests()).toEqual([]);
		} finally {
			await checker.close();
		}
	});
});
