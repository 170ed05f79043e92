/**
 * The member area in Chromium with JavaScript off, against the real CMS with the demo data:
 * sign-in with a server-side session, the guard of each area, the edit journey through review to
 * the public page, the send-back path, validation without JavaScript, translations, working-group
 * documents, keyboard-only editing and axe on every member page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeCheck, cmsRest, describeViolations, officeToken, openBrowser, outbox, site, type BrowserSession } from './helpers.ts';
import { DEMO_PASSWORD, SESSION_COOKIE, fetchWithCookie, named, offeringBySlug, signInCookie, signInPage, tokenOf } from './area-helpers.ts';

const KVHS = 'kvhs@example.org';
const DRK = 'drk@example.org';
const OFFICE = 'koordination@example.org';

const memberEntry = async (token: string, documentId: string) => {
	const { status, body } = await cmsRest(`/api/member/entries/offering/${documentId}`, { token });
	expect(status, JSON.stringify(body)).toBe(200);
	return body.data;
};

const publicSummary = async (slug: string) => (await offeringBySlug(slug)).summary;

describe('signing in and out', () => {
	test('the session cookie is httpOnly and SameSite, and member pages are private, no-store', async () => {
		const session = await openBrowser({ javaScript: false });
		try {
			await signInPage(session.page, KVHS);
			expect(new URL(session.page.url()).pathname).toBe('/mitglieder');
			const [cookie] = (await session.context.cookies()).filter((entry) => entry.name === SESSION_COOKIE);
			expect(cookie.httpOnly).toBe(true);
			expect(cookie.sameSite).toBe('Lax');
			// the built site is production: Secure (browsers accept it from loopback addresses over http)
			expect(cookie.secure).toBe(true);
			const response = await session.page.goto('/mitglieder');
			expect(response?.headers()['cache-control']).toBe('private, no-store');
			expect(await session.page.getByRole('heading', { level: 1 }).textContent()).toContain('Kreisvolkshochschule Börde');
		} finally {
			await session.close();
		}
	});

	test('public pages still set no cookie', async () => {
		const response = await fetch(site('/de/angebote'));
		expect(response.headers.get('set-cookie')).toBeNull();
	});

	test('a signed-out visitor is sent to sign-in, and comes back to the page afterwards', async () => {
		for (const path of ['/mitglieder', '/mitglieder/verlauf', '/koordination', '/koordination/abdeckung']) {
			const reply = await fetchWithCookie(path, null);
			expect(reply.status, path).toBe(303);
			expect(reply.location).toBe(`/mitglieder/anmelden?weiter=${encodeURIComponent(path)}`);
		}
		const session = await openBrowser({ javaScript: false });
		try {
			await session.page.goto('/mitglieder/verlauf');
			expect(new URL(session.page.url()).pathname).toBe('/mitglieder/anmelden');
			await session.page.getByLabel('E-Mail-Adresse').fill(KVHS);
			await session.page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
			await session.page.getByRole('button', { name: 'Anmelden' }).click();
			expect(new URL(session.page.url()).pathname).toBe('/mitglieder/verlauf');
		} finally {
			await session.close();
		}
	});

	test('a wrong password gets a clear message, keeps the e-mail and sets no cookie', async () => {
		const session = await openBrowser({ javaScript: false });
		try {
			await session.page.goto('/mitglieder/anmelden');
			await session.page.getByLabel('E-Mail-Adresse').fill(KVHS);
			await session.page.getByLabel('Passwort', { exact: true }).fill('falsches-Passwort');
			await session.page.getByRole('button', { name: 'Anmelden' }).click();
			expect(await session.page.getByRole('alert').textContent()).toContain('E-Mail-Adresse oder Passwort stimmen nicht');
			expect(await session.page.getByLabel('E-Mail-Adresse').inputValue()).toBe(KVHS);
			expect((await session.context.cookies()).filter((entry) => entry.name === SESSION_COOKIE)).toEqual([]);
		} finally {
			await session.close();
		}
	});

	test('after signing out, the old cookie no longer works – on any device', async () => {
		const first = await signInCookie(DRK);
		const second = await signInCookie(DRK);
		expect((await fetchWithCookie('/mitglieder', first)).status).toBe(200);
		const out = await fetch(site('/mitglieder/abmelden'), {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie: first, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: new URL(site('/')).origin }
		});
		expect(out.status).toBe(303);
		expect(out.headers.get('location')).toBe('/mitglieder/anmelden?abgemeldet=1');
		expect(out.headers.get('set-cookie')).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
		for (const cookie of [first, second]) {
			const reply = await fetchWithCookie('/mitglieder', cookie);
			expect(reply.status).toBe(303);
			expect(reply.location).toContain('/mitglieder/anmelden');
			// the token itself is revoked in the CMS, not only forgotten by the browser
			const token = cookie.slice(SESSION_COOKIE.length + 1);
			expect((await cmsRest('/api/member/entries', { token })).status).toBe(401);
		}
	});
});

describe('a session that ends while a form is open', () => {
	test('the post is not carried out, and everything typed is shown to copy', async () => {
		const session = await openBrowser({ javaScript: false });
		try {
			await signInPage(session.page, DRK);
			const offering = await offeringBySlug('kleiderkammer-wanzleben');
			const before = await memberEntry(await tokenOf(DRK), offering.documentId);
			await session.page.goto(`/mitglieder/eintrag/angebot/${offering.documentId}`);
			const typed = `Neue Zeiten: montags bis donnerstags ${Date.now()}`;
			await session.page.getByLabel('Kurzbeschreibung').fill(typed);
			// signed out everywhere from another device in the meantime
			const other = await signInCookie(DRK);
			await fetch(site('/mitglieder/abmelden'), {
				method: 'POST',
				redirect: 'manual',
				headers: { cookie: other, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: new URL(site('/')).origin }
			});
			const [response] = await Promise.all([session.page.waitForResponse((r) => r.request().method() === 'POST'), session.page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()]);
			expect(response.status()).toBe(401);
			expect(await session.page.getByRole('heading', { level: 1 }).textContent()).toBe('Ihre Sitzung ist abgelaufen');
			const kept = await session.page.locator('textarea').evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
			expect(kept).toContain(typed);
			const after = await memberEntry(await tokenOf(DRK), offering.documentId);
			expect(after.version).toBe(before.version);
		} finally {
			await session.close();
		}
	});
});

describe('who may open what', () => {
	let kvhs: string;
	let office: string;
	beforeAll(async () => {
		kvhs = await signInCookie(KVHS);
		office = await signInCookie(OFFICE);
	});

	test("a member cannot open another organisation's edit page (403)", async () => {
		const foreign = await offeringBySlug('kleiderkammer-wanzleben');
		const reply = await fetchWithCookie(`/mitglieder/eintrag/angebot/${foreign.documentId}`, kvhs);
		expect(reply.status).toBe(403);
		expect(reply.body).toContain('anderen Organisation');
		expect(reply.body).not.toContain(foreign.title);
		expect(reply.cacheControl).toBe('private, no-store');
	});

	test('a member cannot open the office area, nor post to it (403)', async () => {
		expect((await fetchWithCookie('/koordination', kvhs)).status).toBe(403);
		expect((await fetchWithCookie('/koordination/konten', kvhs)).status).toBe(403);
		const post = await fetch(site('/koordination?/freigeben'), {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie: kvhs, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: new URL(site('/')).origin },
			body: new URLSearchParams({ type: 'offering', documentId: 'x', version: 'x' })
		});
		expect(post.status).toBe(403);
	});

	test('form posts from another site are refused before they reach an action (CSRF)', async () => {
		const post = (headers: Record<string, string>) =>
			fetch(site('/mitglieder/abmelden'), {
				method: 'POST',
				redirect: 'manual',
				headers: { cookie: kvhs, 'content-type': 'application/x-www-form-urlencoded', ...headers }
			});
		expect((await post({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' })).status).toBe(403);
		expect((await post({ origin: 'https://evil.example' })).status).toBe(403);
		// still signed in: the forged sign-out did nothing
		expect((await fetchWithCookie('/mitglieder', kvhs)).status).toBe(200);
	});

	test('percent-encoded area paths are guarded like plain ones; a broken return address is ignored', async () => {
		const encoded = await fetchWithCookie('/%6Boordination/abdeckung', kvhs);
		expect(encoded.status).toBe(403);
		expect(encoded.cacheControl).toBe('private, no-store');
		const signedOut = await fetchWithCookie('/%6Boordination', null);
		expect(signedOut.status).toBe(303);
		const response = await fetch(site('/mitglieder/anmelden?weiter=%2Fmitglieder%2F%0D%0ASet-Cookie%3Ax'), {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: new URL(site('/')).origin },
			body: new URLSearchParams({ email: KVHS, password: DEMO_PASSWORD, weiter: '/mitglieder/\r\nSet-Cookie: x=1' })
		});
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/mitglieder');
	});

	test('the office is not a member organisation (403 in the member area)', async () => {
		expect((await fetchWithCookie('/mitglieder', office)).status).toBe(403);
		expect((await fetchWithCookie('/koordination', office)).status).toBe(200);
	});

	test('unknown entry types are 404 and unknown entries 403, never errors', async () => {
		expect((await fetchWithCookie('/mitglieder/eintrag/vogel/abc', kvhs)).status).toBe(404);
		expect((await fetchWithCookie('/mitglieder/eintrag/angebot/gibt-es-nicht', kvhs)).status).toBe(404);
		expect((await fetchWithCookie('/mitglieder/eintrag/angebot/..%2F..%2Fusers', kvhs)).status).toBe(404);
		// a well-formed id that does not exist is refused like another organisation's (existence not revealed)
		expect((await fetchWithCookie('/mitglieder/eintrag/angebot/abcdefghijklmnopqrstuvwx', kvhs)).status).toBe(403);
		expect((await fetchWithCookie('/mitglieder/neu/profil', kvhs)).status).toBe(404);
	});
});

describe('editing an offering', () => {
	let member: BrowserSession;
	let kvhsToken: string;
	beforeAll(async () => {
		member = await openBrowser({ javaScript: false });
		await signInPage(member.page, KVHS);
		kvhsToken = await tokenOf(KVHS);
	});
	afterAll(async () => {
		await member?.close();
	});

	test('submitted, reviewed, approved: the public page changes only after approval, the log lists both steps', async () => {
		const slug = 'einstufungsberatung-haldensleben';
		const before = await offeringBySlug(slug);
		const text = `Einstufung jetzt auch donnerstags – ${Date.now()}`;

		await member.page.goto('/mitglieder');
		await member.page.getByRole('link', { name: `${before.title} bearbeiten` }).click();
		await member.page.getByLabel('Kurzbeschreibung').fill(text);
		await member.page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
		expect(new URL(member.page.url()).pathname).toBe('/mitglieder');
		expect(await member.page.getByRole('status').first().textContent()).toContain('wartet jetzt auf die Prüfung');
		const row = member.page.getByRole('row', { name: new RegExp(before.title) });
		expect(await row.textContent()).toContain('Änderung wartet auf Prüfung');

		// the public page still shows the published text
		expect(await publicSummary(slug)).toBe(before.summary);
		const publicPage = await (await fetch(site(`/de/angebote/${slug}`))).text();
		expect(publicPage).not.toContain(text);

		// the office sees the comparison in the queue and approves
		const office = await openBrowser({ javaScript: false });
		try {
			await signInPage(office.page, OFFICE);
			await office.page.goto('/koordination');
			const body = await office.page.textContent('main');
			expect(body).toContain(text);
			expect(body).toContain(before.summary);
			const note = `Danke für die Aktualisierung – ${Date.now()}`;
			// one line per queue item: the decision opens with a click on the line
			await office.page.locator('details.queue-item').filter({ hasText: before.title }).locator('summary').click();
			await office.page.getByLabel(`Hinweis zur Freigabe (freiwillig) zu „${before.title}“`).fill(note);
			await office.page.getByRole('button', { name: named(`Freigeben: ${before.title}`) }).click();
			expect(await office.page.textContent('main')).toContain('Freigegeben');
			const mail = outbox().filter((message) => String(message.to).includes(KVHS) && message.text.includes(note));
			expect(mail.map((message) => message.subject)).toEqual([`Freigegeben: ${before.title}`]);
			// the office's log has the step too, with its note
			await office.page.goto('/koordination/verlauf');
			const officeRows = await office.page.getByRole('row', { name: new RegExp(before.title) }).allTextContents();
			expect(officeRows.some((row) => row.includes('Freigegeben') && row.includes(note))).toBe(true);
		} finally {
			await office.close();
		}

		expect(await publicSummary(slug)).toBe(text);
		expect(await (await fetch(site(`/de/angebote/${slug}`))).text()).toContain(text);

		await member.page.goto('/mitglieder');
		expect(await member.page.getByRole('row', { name: new RegExp(before.title) }).textContent()).toContain('Online');
		await member.page.goto('/mitglieder/verlauf');
		const history = member.page.getByRole('row', { name: new RegExp(before.title) });
		const steps = await history.allTextContents();
		expect(steps.some((step) => step.includes('Freigegeben') && step.includes('Koordinierungsstelle'))).toBe(true);
		expect(steps.some((step) => step.includes('Zur Prüfung eingereicht') && step.includes(KVHS))).toBe(true);
	});

	test('sent back: the member sees the comment on the dashboard and in the e-mail', async () => {
		const slug = 'deutschkurs-a1-wanzleben';
		const offering = await offeringBySlug(slug);
		const saved = await cmsRest(`/api/offerings/${offering.documentId}`, { method: 'PUT', token: kvhsToken, body: { data: { summary: 'Kurs jeden Tag von 6 bis 23 Uhr.' } } });
		expect(saved.status).toBe(200);
		const comment = `Bitte die Uhrzeiten prüfen – ${Date.now()}`;

		const office = await openBrowser({ javaScript: false });
		try {
			await signInPage(office.page, OFFICE);
			await office.page.goto('/koordination');
			await office.page.locator('details.queue-item').filter({ hasText: offering.title }).locator('summary').click();
			await office.page.getByLabel(`Kommentar für die Organisation zu „${offering.title}“`).fill(comment);
			await office.page.getByRole('button', { name: named(`Zurückgeben: ${offering.title}`) }).click();
		} finally {
			await office.close();
		}

		await member.page.goto('/mitglieder');
		const row = member.page.getByRole('row', { name: new RegExp(offering.title) });
		const text = await row.textContent();
		expect(text).toContain('Zurückgegeben');
		expect(text).toContain(comment);
		const mail = outbox().filter((message) => String(message.to).includes(KVHS) && message.text.includes(comment));
		expect(mail.length).toBe(1);
		// the edit page shows the comment too
		await row.getByRole('link', { name: `${offering.title} bearbeiten` }).click();
		expect(await member.page.textContent('main')).toContain(comment);
	});

	test('without JavaScript, errors appear next to the fields, nothing typed is lost and nothing is saved', async () => {
		const offering = await offeringBySlug('alphabetisierungskurs-wolmirstedt');
		const before = await memberEntry(kvhsToken, offering.documentId);
		await member.page.goto(`/mitglieder/eintrag/angebot/${offering.documentId}`);
		await member.page.getByLabel('Titel', { exact: false }).first().fill('');
		await member.page.getByLabel('Kurzbeschreibung').fill('Neu: auch samstags');
		await member.page.getByLabel('Von (Montag)', { exact: true }).fill('14:00');
		await member.page.getByLabel('bis (Montag)', { exact: true }).fill('09:00');
		await member.page.getByLabel('E-Mail-Adresse').fill('keine-adresse');
		await member.page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();

		expect(await member.page.getByRole('alert').first().textContent()).toContain('Es wurde noch nichts eingereicht');
		const title = member.page.locator('#f-title');
		expect(await title.getAttribute('aria-invalid')).toBe('true');
		expect(await member.page.locator('#f-title-error').textContent()).toContain('Bitte ausfüllen');
		expect(await title.getAttribute('aria-describedby')).toContain('f-title-error');
		expect(await member.page.locator('#f-openingHours-monday-0-closes-error').textContent()).toContain('nach dem Beginn');
		expect(await member.page.locator('#f-contact-email-error').textContent()).toContain('E-Mail-Adresse');
		// what was typed is still there
		expect(await member.page.getByLabel('Kurzbeschreibung').inputValue()).toBe('Neu: auch samstags');
		expect(await member.page.getByLabel('Von (Montag)', { exact: true }).inputValue()).toBe('14:00');
		expect(await member.page.getByLabel('E-Mail-Adresse').inputValue()).toBe('keine-adresse');
		// and the CMS holds exactly what it held before
		const after = await memberEntry(kvhsToken, offering.documentId);
		expect(after.version).toBe(before.version);
		expect(after.state).toBe(before.state);
	});

	test('the preview shows the typed text without saving it', async () => {
		const offering = await offeringBySlug('integrationskurs-oschersleben');
		const before = await memberEntry(kvhsToken, offering.documentId);
		await member.page.goto(`/mitglieder/eintrag/angebot/${offering.documentId}`);
		await member.page.getByLabel('Kurzbeschreibung').fill('Vorschautext für die Prüfung');
		await member.page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
		const preview = member.page.getByRole('region', { name: /Vorschau der öffentlichen Seite/ });
		expect(await preview.textContent()).toContain('Vorschautext für die Prüfung');
		expect(await member.page.getByLabel('Kurzbeschreibung').inputValue()).toBe('Vorschautext für die Prüfung');
		expect((await memberEntry(kvhsToken, offering.documentId)).version).toBe(before.version);
	});

	test('a new offering with opening hours goes to review and is not public yet', async () => {
		const title = `Sprachtreff am Abend ${Date.now()}`;
		await member.page.goto('/mitglieder/neu/angebot');
		await member.page.getByLabel('Titel', { exact: false }).first().fill(title);
		await member.page.getByLabel('Thema').selectOption({ label: 'Sprache & Bildung' });
		await member.page.getByLabel('Von (Dienstag)', { exact: true }).fill('17:00');
		await member.page.getByLabel('bis (Dienstag)', { exact: true }).fill('19:00');
		await member.page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
		expect(new URL(member.page.url()).pathname).toBe('/mitglieder');
		const row = member.page.getByRole('row', { name: new RegExp(title) });
		expect(await row.textContent()).toContain('Noch nie veröffentlicht');
		const search = await cmsRest(`/api/offerings?filters[title][$eq]=${encodeURIComponent(title)}`);
		expect(search.body.data).toEqual([]);
		const entries = (await cmsRest('/api/member/entries', { token: kvhsToken })).body.data as Array<{ title: string; draft: { openingHours: { slots: unknown[] }; actor: { name: string } } }>;
		const created = entries.find((entry) => entry.title === title)!;
		expect(created.draft.openingHours.slots).toEqual([{ weekday: 'tuesday', opens: '17:00:00.000', closes: '19:00:00.000' }]);
		expect(created.draft.actor.name).toBe('Kreisvolkshochschule Börde');
	});

	test('a new event is saved for review with its times in Berlin time', async () => {
		const title = `Elterncafé mit Dolmetschenden ${Date.now()}`;
		await member.page.goto('/mitglieder/neu/termin');
		await member.page.getByLabel('Titel', { exact: false }).first().fill(title);
		await member.page.getByLabel('Beginn').fill('2027-03-04T16:30');
		await member.page.getByLabel('Ende', { exact: false }).fill('2027-03-04T18:00');
		await member.page.getByLabel('Name des Ortes').fill('Familienzentrum Haldensleben');
		await member.page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
		expect(new URL(member.page.url()).pathname, await member.page.textContent('main') ?? '').toBe('/mitglieder');
		const entries = (await cmsRest('/api/member/entries', { token: kvhsToken })).body.data as Array<{ title: string; state: string; draft: Record<string, any> }>;
		const created = entries.find((entry) => entry.title === title)!;
		expect(created.state).toBe('never_published');
		expect(created.draft.startsAt).toBe('2027-03-04T15:30:00.000Z');
		expect(created.draft.endsAt).toBe('2027-03-04T17:00:00.000Z');
		expect(created.draft.organiser.name).toBe('Kreisvolkshochschule Börde');
		expect((await cmsRest(`/api/events?filters[title][$eq]=${encodeURIComponent(title)}`)).body.data).toEqual([]);
	});

	test('a translation is written beside the German original and marked current', async () => {
		const offering = await offeringBySlug('integrationskurs-wolmirstedt');
		await member.page.goto(`/mitglieder/eintrag/angebot/${offering.documentId}/uebersetzung/uk`);
		const original = await member.page.locator('#f-title-original').textContent();
		expect(original).toBe(offering.title);
		const input = member.page.getByLabel('Titel – Ukrainisch');
		expect(await input.getAttribute('lang')).toBe('uk');
		await input.fill('Інтеграційний курс у Вольмірштедті');
		await member.page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
		const entry = await memberEntry(kvhsToken, offering.documentId);
		expect(entry.translations.uk).toBe('current');
		expect(entry.draft.translations.find((t: { locale: string }) => t.locale === 'uk').title).toBe('Інтеграційний курс у Вольмірштедті');
		await member.page.goto(`/mitglieder/eintrag/angebot/${offering.documentId}/uebersetzung/ar`);
		expect(await member.page.getByLabel('Titel – Arabisch').getAttribute('dir')).toBe('rtl');
	});

	test('the profile takes a logo (checked by content) and refuses a file that is no image', async () => {
		const entries = (await cmsRest('/api/member/entries', { token: kvhsToken })).body.data as Array<{ type: string; documentId: string }>;
		const profile = entries.find((entry) => entry.type === 'actor')!;
		await member.page.goto(`/mitglieder/eintrag/profil/${profile.documentId}`);
		await member.page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"></svg>') });
		await member.page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
		expect(await member.page.locator('#f-logo-error').textContent()).toContain('JPEG, PNG, WebP oder GIF');
		expect(await member.page.getByLabel('Kurzbeschreibung').inputValue()).not.toBe('');

		const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
		await member.page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
		await member.page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
		expect(new URL(member.page.url()).pathname).toBe('/mitglieder');
		const entry = (await cmsRest(`/api/member/entries/actor/${profile.documentId}`, { token: kvhsToken })).body.data;
		expect(entry.state).toBe('pending');
		expect(entry.draft.logo.mime).toBe('image/png');
		expect(entry.changedFields).toContain('logo');
	});

	test('"Noch aktuell" confirms in one click, "Zurückziehen" withdraws', async () => {
		const offering = await offeringBySlug('mama-lernt-deutsch-barleben');
		await member.page.goto('/mitglieder');
		await member.page.getByRole('button', { name: named(`Noch aktuell: ${offering.title}`) }).click();
		expect(await member.page.getByRole('status').first().textContent()).toContain('als aktuell bestätigt');
		const confirmed = await memberEntry(kvhsToken, offering.documentId);
		expect(Date.now() - new Date(confirmed.lastConfirmedAt).getTime()).toBeLessThan(60_000);

		await member.page.getByRole('button', { name: named(`Zurückziehen: ${offering.title}`) }).click();
		// one more question first: nothing has happened yet
		expect(await member.page.getByRole('heading', { name: /zurückziehen\?/ }).textContent()).toContain(offering.title);
		expect((await cmsRest(`/api/offerings/${offering.documentId}`)).status).toBe(200);
		await member.page.getByRole('button', { name: 'Ja, zurückziehen' }).click();
		expect(await member.page.getByRole('status').first().textContent()).toContain('zurückgezogen');
		expect((await cmsRest(`/api/offerings/${offering.documentId}`)).status).toBe(404);
		expect(await member.page.getByRole('row', { name: new RegExp(offering.title) }).textContent()).toContain('Zurückgezogen');
		// the office restores it (nothing a member does loses data)
		const restored = await cmsRest(`/api/moderation/offering/${offering.documentId}/restore`, { method: 'POST', token: await officeToken(), body: {} });
		expect(restored.status).toBe(200);
		expect((await cmsRest(`/api/offerings/${offering.documentId}`)).status).toBe(200);
	});
});

describe('working groups', () => {
	test('members download internal documents of their groups; other organisations get 403', async () => {
		const groups = await cmsRest('/api/working-groups?filters[slug][$eq]=ag-sprache');
		const group = groups.body.data[0];
		const form = new FormData();
		form.append('file', new Blob([Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')], { type: 'application/pdf' }), 'protokoll-e2e.pdf');
		form.append('title', 'Protokoll der Sitzung (e2e)');
		form.append('workingGroup', group.documentId);
		const uploaded = await fetch(new URL('/api/working-group-documents/upload', (await import('./helpers.ts')).cmsUrl()), { method: 'POST', headers: { authorization: `Bearer ${await officeToken()}` }, body: form });
		expect(uploaded.status, await uploaded.clone().text()).toBe(201);
		const documentId = (await uploaded.json()).data.documentId;

		const kvhs = await signInCookie(KVHS);
		const page = await fetchWithCookie('/mitglieder/arbeitskreise', kvhs);
		expect(page.body).toContain('AG Sprache');
		expect(page.body).toContain('Protokoll der Sitzung (e2e)');
		const file = await fetch(site(`/mitglieder/arbeitskreise/dokument/${documentId}`), { headers: { cookie: kvhs } });
		expect(file.status).toBe(200);
		expect(file.headers.get('cache-control')).toBe('private, no-store');
		expect((await file.text()).startsWith('%PDF-1.4')).toBe(true);

		const drk = await signInCookie(DRK);
		expect((await fetch(site(`/mitglieder/arbeitskreise/dokument/${documentId}`), { headers: { cookie: drk }, redirect: 'manual' })).status).toBe(403);
		expect((await fetch(site(`/mitglieder/arbeitskreise/dokument/${documentId}`), { redirect: 'manual' })).status).toBe(303);
	});
});

describe('password', () => {
	test('"Passwort vergessen" sends a link that sets a new password and signs in', async () => {
		const session = await openBrowser({ javaScript: false });
		try {
			const before = outbox().length;
			await session.page.goto('/mitglieder/anmelden');
			await session.page.getByRole('link', { name: 'Passwort vergessen?' }).click();
			await session.page.getByLabel('E-Mail-Adresse').fill(DRK);
			await session.page.getByRole('button', { name: 'Link anfordern' }).click();
			expect(await session.page.getByRole('status').textContent()).toContain('Wenn es ein Konto');
			// the CMS answers first and sends the mail within a second (equal time for unknown addresses)
			const resetMail = () => outbox().slice(before).find((message) => String(message.to).includes(DRK));
			await expect.poll(resetMail, { timeout: 5000 }).toBeDefined();
			const mail = resetMail();
			expect(mail, 'reset mail').toBeDefined();
			const link = (String(mail!.text) + String(mail!.html ?? '')).match(/https?:\/\/[^\s"<]+\/mitglieder\/passwort-neu\?code=[A-Za-z0-9]+/)?.[0];
			expect(link, String(mail!.text)).toBeDefined();
			await session.page.goto(new URL(link!).pathname + new URL(link!).search);
			await session.page.getByLabel('Neues Passwort').fill('kurz');
			await session.page.getByLabel('Passwort wiederholen').fill('kurz');
			await session.page.getByRole('button', { name: 'Passwort speichern' }).click();
			expect(await session.page.locator('#f-password-error').textContent()).toContain('mindestens 10 Zeichen');
			// the same password as before, so the other tests' demo password stays valid
			await session.page.getByLabel('Neues Passwort').fill(DEMO_PASSWORD);
			await session.page.getByLabel('Passwort wiederholen').fill(DEMO_PASSWORD);
			await session.page.getByRole('button', { name: 'Passwort speichern' }).click();
			expect(new URL(session.page.url()).pathname).toBe('/mitglieder');
			// the link works once
			await session.page.goto(new URL(link!).pathname + new URL(link!).search);
			await session.page.getByLabel('Neues Passwort').fill(DEMO_PASSWORD);
			await session.page.getByLabel('Passwort wiederholen').fill(DEMO_PASSWORD);
			await session.page.getByRole('button', { name: 'Passwort speichern' }).click();
			expect(await session.page.getByRole('alert').textContent()).toContain('nicht mehr gültig');
		} finally {
			await session.close();
		}
	});
});

describe('keyboard only', () => {
	test('a member signs in, opens an offering, changes it and submits without a mouse', async () => {
		const session = await openBrowser({ javaScript: false });
		const offering = await offeringBySlug('pruefungsvorbereitung-dtz-haldensleben');
		const page = session.page;
		const focusOn = async (predicate: () => Promise<boolean>, what: string, limit = 400) => {
			const seen: string[] = [];
			for (let presses = 0; presses < limit; presses += 1) {
				if (await predicate()) return;
				await page.keyboard.press('Tab');
				seen.push(JSON.stringify(await focused()));
			}
			throw new Error(`could not reach ${what} with Tab; focused: ${seen.slice(0, 40).join(' | ')}`);
		};
		const focused = () => page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			return { id: element?.id ?? '', text: element?.textContent?.trim() ?? '', tag: element?.tagName ?? '' };
		});
		try {
			await page.goto('/mitglieder/anmelden');
			await focusOn(async () => (await focused()).id === 'f-email', 'the e-mail field');
			await page.keyboard.type(KVHS);
			await page.keyboard.press('Tab');
			expect((await focused()).id).toBe('f-password');
			await page.keyboard.type(DEMO_PASSWORD);
			await page.keyboard.press('Enter');
			await page.waitForURL('**/mitglieder');

			// the visually hidden " bearbeiten" is read as a word of its own; textContent joins it
			await focusOn(async () => (await focused()).text.replace(/\s+/g, '') === `${offering.title}bearbeiten`.replace(/\s+/g, ''), 'the edit link');
			await page.keyboard.press('Enter');
			await page.waitForURL(`**/mitglieder/eintrag/angebot/${offering.documentId}`);
			await focusOn(async () => (await focused()).id === 'f-summary', 'the summary field');
			await page.keyboard.press('Control+A');
			const text = `Mit der Tastatur geändert ${Date.now()}`;
			await page.keyboard.type(text);
			await focusOn(async () => (await focused()).text === 'Zur Prüfung einreichen', 'the submit button', 800);
			await page.keyboard.press('Enter');
			await page.waitForURL('**/mitglieder?eingereicht=*');
			const entry = await memberEntry(await tokenOf(KVHS), offering.documentId);
			expect(entry.state).toBe('pending');
			expect(entry.draft.summary).toBe(text);
		} finally {
			await session.close();
		}
	});
});

describe('axe on every member page', () => {
	let session: BrowserSession;
	let paths: string[];
	beforeAll(async () => {
		session = await openBrowser({ javaScript: true });
		const kvhs = await tokenOf(KVHS);
		const entries = (await cmsRest('/api/member/entries', { token: kvhs })).body.data as Array<{ type: string; documentId: string }>;
		const of = (type: string) => entries.find((entry) => entry.type === type)!.documentId;
		const offering = of('offering');
		paths = [
			'/mitglieder',
			`/mitglieder/eintrag/profil/${of('actor')}`,
			`/mitglieder/eintrag/angebot/${offering}`,
			`/mitglieder/eintrag/termin/${of('event')}`,
			'/mitglieder/neu/angebot',
			'/mitglieder/neu/termin',
			`/mitglieder/eintrag/angebot/${offering}/uebersetzung`,
			`/mitglieder/eintrag/angebot/${offering}/uebersetzung/ar`,
			'/mitglieder/arbeitskreise',
			'/mitglieder/verlauf'
		];
	});
	afterAll(async () => {
		await session?.close();
	});

	test('the office log page', async () => {
		const office = await openBrowser({ javaScript: true });
		try {
			await signInPage(office.page, OFFICE);
			const response = await office.page.goto('/koordination/verlauf');
			expect(response?.status()).toBe(200);
			expect(response?.headers()['cache-control']).toBe('private, no-store');
			expect(describeViolations(await axeCheck(office.page))).toBe('');
		} finally {
			await office.close();
		}
		expect((await fetchWithCookie('/koordination/verlauf', await signInCookie(KVHS))).status).toBe(403);
	});

	test('signed-out pages: sign-in, forgotten password, set password', async () => {
		for (const path of ['/mitglieder/anmelden', '/mitglieder/passwort-vergessen', '/mitglieder/passwort-neu?code=abc', '/mitglieder/passwort-neu']) {
			await session.page.goto(path);
			expect(describeViolations(await axeCheck(session.page)), path).toBe('');
		}
		await session.page.goto('/mitglieder/anmelden');
		await session.page.getByRole('button', { name: 'Anmelden' }).click();
		expect(describeViolations(await axeCheck(session.page)), 'sign-in with errors').toBe('');
	});

	test('every member page, a form with errors and a preview', async () => {
		await signInPage(session.page, KVHS);
		for (const path of paths) {
			const response = await session.page.goto(path);
			expect(response?.status(), path).toBe(200);
			expect(describeViolations(await axeCheck(session.page)), path).toBe('');
		}
		await session.page.goto('/mitglieder/neu/termin');
		await session.page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
		expect(await session.page.locator('#f-title-error').count()).toBe(1);
		expect(describeViolations(await axeCheck(session.page)), 'new event with errors').toBe('');
		await session.page.getByLabel('Titel', { exact: false }).first().fill('Vorschau');
		await session.page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
		expect(describeViolations(await axeCheck(session.page)), 'preview').toBe('');
		await session.page.goto(`/mitglieder/eintrag/angebot/kein-eintrag`);
		expect(describeViolations(await axeCheck(session.page)), 'not found').toBe('');
	});
});
