/**
 * Issue 13 items 1, 2 and 5 in Chromium with JavaScript off, against the real CMS: an organisation
 * applies on "Mitmachen" (bad input → the form again, nothing stored; good input → a confirmation
 * page), the office accepts it in the inbox (an unpublished actor and an invitation mail); the
 * office sends a reminder now, the mail's link opens the confirmation page (GET changes nothing), the
 * button confirms exactly that entry and its "may be out of date" note disappears; the open data
 * files are downloadable, hold published entries only and no private field, with licence and date.
 * axe finds nothing on Mitmachen, Offene Daten and the confirmation page in de and ar.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signInPage, submitForm } from './area-helpers.ts';
import { axeCheck, cmsRest, describeViolations, fetchSite, officeToken, openBrowser, outbox, type BrowserSession } from './helpers.ts';

const run = randomUUID().slice(0, 8);
const organisationName = `Nachbarschaftshilfe ${run}`;
const applicantEmail = `antrag-${run}@example.org`;

let visitor: BrowserSession;
let office: BrowserSession;

beforeAll(async () => {
	visitor = await openBrowser({ javaScript: false });
	office = await openBrowser({ javaScript: false });
	await signInPage(office.page, 'koordination@example.org');
});

afterAll(async () => {
	await visitor?.close();
	await office?.close();
});

async function axeClean(path: string) {
	const response = await visitor.page.goto(path, { waitUntil: 'load' });
	expect(response?.status(), path).toBe(200);
	expect(describeViolations(await axeCheck(visitor.page)), path).toBe('');
	return response!;
}

const applications = async () => (await cmsRest('/api/office/inbox?state=open&pageSize=100', { token: await officeToken() })).body.data.applications as Array<{ documentId: string; organisationName: string; decision?: string | null; actorDocumentId?: string | null }>;

describe('joining the network', () => {
	test.each(['de', 'ar'])('Mitmachen and Offene Daten pass axe (%s) and are linked from the footer', async (locale) => {
		await axeClean(`/${locale}/mitmachen`);
		const footer = visitor.page.locator('footer');
		expect(await footer.locator(`a[href="/${locale}/mitmachen"]`).count()).toBe(1);
		expect(await footer.locator(`a[href="/${locale}/offene-daten"]`).count()).toBe(1);
		await axeClean(`/${locale}/offene-daten`);
	});

	test('bad input shows the form again with messages and stores nothing; good input ends on the confirmation page', async () => {
		const before = (await applications()).length;
		await visitor.page.goto('/de/mitmachen', { waitUntil: 'load' });
		await visitor.page.getByLabel(/E-Mail-Adresse/).fill('keine-adresse');
		expect(await submitForm(visitor.page, visitor.page.getByRole('button', { name: 'Antrag senden' }))).toBe(400);
		const alert = visitor.page.getByRole('alert');
		expect(await alert.textContent()).toContain('Bitte geben Sie den Namen der Organisation an.');
		expect(await alert.textContent()).toContain('Bitte geben Sie eine gültige E-Mail-Adresse an.');
		expect(await visitor.page.getByLabel(/E-Mail-Adresse/).inputValue()).toBe('keine-adresse');
		expect((await applications()).length).toBe(before);

		await visitor.page.getByLabel(/Name der Organisation/).fill(organisationName);
		await visitor.page.getByLabel(/Ansprechperson/).fill('Erika Muster');
		await visitor.page.getByLabel(/E-Mail-Adresse/).fill(applicantEmail);
		await visitor.page.getByLabel(/Ort \(Gemeinde\)/).fill('Haldensleben');
		await visitor.page.getByLabel(/Was macht Ihre Organisation/).fill('Wir begleiten Familien bei Behördengängen.');
		expect(await submitForm(visitor.page, visitor.page.getByRole('button', { name: 'Antrag senden' }))).toBe(200);
		expect(new URL(visitor.page.url()).pathname).toBe('/de/mitmachen/danke');
		expect(await visitor.page.getByRole('status').textContent()).toContain('Ihr Mitgliedsantrag ist bei der Koordinierungsstelle für Migration angekommen.');
		expect((await applications()).filter((application) => application.organisationName === organisationName)).toHaveLength(1);
	});

	test('the office accepts: an unpublished actor and the invitation mail', async () => {
		const application = (await applications()).find((entry) => entry.organisationName === organisationName)!;
		await office.page.goto('/koordination/eingang', { waitUntil: 'load' });
		const card = office.page.locator(`[data-application="${application.documentId}"]`);
		expect(await submitForm(office.page, card.getByRole('button', { name: /^Annehmen/ }))).toBe(200);
		expect(await office.page.getByRole('status').first().textContent()).toContain('Antrag angenommen');

		const { body } = await cmsRest(`/api/office/inbox?state=done&pageSize=100`, { token: await officeToken() });
		const decided = (body.data.applications as typeof application[]).find((entry) => entry.documentId === application.documentId)!;
		expect(decided.decision).toBe('accepted');
		// a draft: the office sees it, the public does not
		const draft = await cmsRest(`/api/actors/${decided.actorDocumentId}?status=draft`, { token: await officeToken() });
		expect(draft.status).toBe(200);
		expect(draft.body.data).toMatchObject({ name: organisationName, publishedAt: null });
		expect((await cmsRest(`/api/actors/${decided.actorDocumentId}`)).status).toBe(404);
		const invitation = outbox().filter((mail) => String(mail.to).includes(applicantEmail));
		expect(invitation).toHaveLength(1);
		expect(invitation[0].subject).toBe('Ihr Zugang zum Netzwerk Integration Börde');
		expect(invitation[0].text).toMatch(/\/mitglieder\/passwort-neu\?code=[0-9a-f]{64}/);
	});
});

describe('staying current', () => {
	let link: URL;
	let entryPath: string;
	let title: string;

	test('"send reminder now" mails the organisation one link per stale entry', async () => {
		const drk = (await cmsRest('/api/actors?filters[slug][$eq]=drk-kreisverband-boerde')).body.data[0];
		await office.page.goto('/koordination/veraltet', { waitUntil: 'load' });
		const before = outbox().length;
		const row = office.page.locator(`[data-organisation="${drk.documentId}"]`);
		expect(await submitForm(office.page, row.getByRole('button', { name: /Erinnerung senden/ }))).toBe(200);
		expect(await office.page.getByRole('status').filter({ hasText: `Erinnerung an ${drk.name} gesendet` }).count()).toBe(1);
		const mails = outbox().slice(before);
		expect(mails).toHaveLength(1);
		expect(String(mails[0].to)).toBe('drk@example.org');
		expect(mails[0].subject).toBe(`Bitte bestätigen: Einträge von ${drk.name}`);
		const first = /^• (.+) \((?:Angebot|Profil der Organisation)\).*\n\s+Noch aktuell\? (\S+)$/m.exec(mails[0].text)!;
		title = first[1];
		link = new URL(first[2]);
		expect(link.pathname).toMatch(/^\/de\/bestaetigen\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
	});

	test('the link shows the entry (private, no-store; GET changes nothing), the button confirms it, the stale note goes', async () => {
		const path = `${link.pathname}${link.search}`;
		const response = await axeClean(path);
		expect(response.headers()['cache-control']).toBe('private, no-store');
		expect(await visitor.page.locator('h2').first().textContent()).toContain(title);
		entryPath = (await visitor.page.getByRole('link', { name: 'Eintrag auf der Website ansehen' }).getAttribute('href'))!;
		await axeClean(path.replace('/de/', '/ar/'));

		const slug = entryPath.split('/').pop()!;
		const kind = entryPath.includes('/angebote/') ? 'offerings' : 'actors';
		const confirmedAt = async () => (await cmsRest(`/api/${kind}?filters[slug][$eq]=${slug}`)).body.data[0].lastConfirmedAt as string | null;
		const before = await confirmedAt();
		// a mail scanner following the link twice confirms nothing
		expect((await fetchSite(path)).final.status).toBe(200);
		expect(await confirmedAt()).toBe(before);
		// the oldest entry of the mail (the DRK's clothing store, confirmed 612 days before the demo data was seeded)
		expect(!before || Date.now() - new Date(before).getTime() > 400 * 24 * 3600 * 1000, 'the entry is past 13 months').toBe(true);
		await visitor.page.goto(entryPath, { waitUntil: 'load' });
		expect(await visitor.page.locator('[data-stale-note]').count(), 'note before').toBe(1);

		await visitor.page.goto(path, { waitUntil: 'load' });
		expect(await submitForm(visitor.page, visitor.page.getByRole('button', { name: 'Ja, die Angaben sind noch aktuell' }))).toBe(200);
		expect(await visitor.page.getByRole('status').textContent()).toContain('Der Eintrag ist als aktuell bestätigt.');
		expect(Date.now() - new Date((await confirmedAt())!).getTime()).toBeLessThan(60_000);

		// the change notification empties the page cache
		let notes = 1;
		for (let attempt = 0; attempt < 20 && notes > 0; attempt++) {
			await visitor.page.goto(entryPath, { waitUntil: 'load' });
			notes = await visitor.page.locator('[data-stale-note]').count();
			if (notes > 0) await new Promise((resolve) => setTimeout(resolve, 250));
		}
		expect(notes, 'note after').toBe(0);

		// single use
		await visitor.page.goto(path, { waitUntil: 'load' });
		expect(await visitor.page.getByRole('alert').textContent()).toContain('bereits verwendet');
		expect(await visitor.page.getByRole('button', { name: 'Ja, die Angaben sind noch aktuell' }).count()).toBe(0);
	});
});

describe('open data', () => {
	test('CSV and JSON of the published directory, with licence and date, without private fields or drafts', async () => {
		for (const file of ['angebote', 'akteure', 'gemeinden', 'termine']) {
			const csv = await fetchSite(`/offene-daten/${file}.csv`);
			expect(csv.final.status, file).toBe(200);
			expect(csv.final.headers.get('content-type')).toContain('text/csv');
			const lines = csv.body.trim().split('\n');
			expect(lines[0]).toMatch(/^# .*Lizenz: Datenlizenz Deutschland – Namensnennung 2\.0 \(https:\/\/www\.govdata\.de\/dl-de\/by-2-0\); Stand: \d{4}-\d{2}-\d{2}T/);
			expect(lines[1].split(','), file).not.toEqual(expect.arrayContaining(['email', 'phone', 'contactPerson']));

			const json = await fetchSite(`/offene-daten/${file}.json`);
			expect(json.final.status).toBe(200);
			const parsed = JSON.parse(json.body);
			expect(parsed.meta.licence.name).toBe('Datenlizenz Deutschland – Namensnennung 2.0');
			expect(Date.parse(parsed.meta.exportedAt)).not.toBeNaN();
			if (file !== 'termine') expect(parsed.data.length, file).toBeGreaterThan(0);
			expect(json.body).not.toMatch(/contactPerson|reviewState|reviewComment|officeNote/);
		}
		expect((await fetchSite('/offene-daten/akteure.csv')).body).not.toContain('@');
		const actors = JSON.parse((await fetchSite('/offene-daten/akteure.json')).body).data as Array<{ name: string }>;
		expect(actors.map((actor) => actor.name)).toContain('Kreisvolkshochschule Börde');
		expect(actors.map((actor) => actor.name)).not.toContain(organisationName);
		expect((await fetchSite('/offene-daten/konten.csv')).final.status).toBe(404);
	});
});
