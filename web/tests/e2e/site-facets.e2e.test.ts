/**
 * The offerings facets, as a visitor without JavaScript uses them: the GET filter form is filled in
 * and sent in Chromium with JavaScript off, and the offerings shown over all result pages are
 * compared with the set the CMS's public data says belongs there — not just "fewer than before".
 * The expected sets are computed here from every published offering with its relations: ended
 * offerings (validUntil before today, Berlin time) never count; a Verbandsgemeinde stands for
 * itself and its member municipalities.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowser, type BrowserSession } from './helpers.ts';
import {
	berlinToday,
	cmsMunicipalities,
	cmsOfferings,
	collectOfferingList,
	isCurrent,
	offeringListAt,
	type CmsMunicipality,
	type CmsOffering
} from './site-helpers.ts';

let session: BrowserSession;
let offerings: CmsOffering[];
let current: CmsOffering[];
let municipalities: CmsMunicipality[];

beforeAll(async () => {
	[offerings, municipalities] = await Promise.all([cmsOfferings(), cmsMunicipalities()]);
	const today = berlinToday();
	current = offerings.filter((o) => isCurrent(o, today));
	session = await openBrowser({ javaScript: false });
});

afterAll(async () => {
	await session?.close();
});

// --- what the database says ------------------------------------------------------------------------

type Predicate = (o: CmsOffering) => boolean;

/** The municipality slugs a choice stands for: a Verbandsgemeinde with its members, else itself. */
function municipalityScope(slug: string): Set<string> {
	const chosen = municipalities.find((m) => m.slug === slug);
	if (!chosen) throw new Error(`no municipality ${slug} in the CMS`);
	return new Set([slug, ...(chosen.kind === 'collective_municipality' ? chosen.members.map((m) => m.slug) : [])]);
}

const inMunicipality = (slug: string): Predicate => {
	const scope = municipalityScope(slug);
	return (o) => o.municipalities.some((m) => scope.has(m.slug));
};
const withTopic = (slug: string): Predicate => (o) => o.topic?.slug === slug;
const forTargetGroup = (slug: string): Predicate => (o) => o.targetGroups.some((t) => t.slug === slug);
const inLanguage = (code: string): Predicate => (o) => o.languages.some((l) => l.code === code);
const free: Predicate = (o) => o.free === true;
const barrierFree: Predicate = (o) => o.barrierFree === 'yes';
/** Can be taken part in online: purely online, or hybrid (on site and online). */
const online: Predicate = (o) => o.deliveryMode === 'online' || o.deliveryMode === 'hybrid';

const expectedSlugs = (...predicates: Predicate[]) =>
	current
		.filter((o) => predicates.every((p) => p(o)))
		.map((o) => o.slug)
		.sort();

/** The value of a facet with the most current offerings that is not all of them (a filter that filters). */
function busiestValue(values: string[], predicate: (value: string) => Predicate): string {
	const ranked = values
		.map((value) => ({ value, count: expectedSlugs(predicate(value)).length }))
		.filter(({ count }) => count > 0 && count < current.length)
		.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
	if (ranked.length === 0) throw new Error('no facet value selects a proper subset of the current offerings');
	return ranked[0].value;
}

const distinct = (values: Array<string | undefined>) => [...new Set(values.filter((v): v is string => Boolean(v)))].sort();

// --- the site in a browser ----------------------------------------------------------------------------

/**
 * Opens the list, opens the filter disclosure, ticks the facet values and properties as a visitor
 * would (every facet value is a checkbox: several per facet are possible), sends the form with its
 * submit button, and collects the offerings over all result pages.
 */
async function submitFilterForm(fields: { choose?: Record<string, string>; check?: string[] }, locale = 'de') {
	const { page } = session;
	const response = await page.goto(`/${locale}/angebote`, { waitUntil: 'load' });
	expect(response?.status()).toBe(200);
	const form = page.locator('main form[method="get"]').filter({ has: page.locator('input[name="gemeinde"]') });
	expect(await form.count(), 'one filter form with the municipality facet').toBe(1);
	await page.locator('main details.filter-disclosure > summary').click();
	for (const [name, value] of Object.entries(fields.choose ?? {})) await form.locator(`input[type="checkbox"][name="${name}"][value="${value}"]`).check();
	for (const name of fields.check ?? []) await form.locator(`input[type="checkbox"][name="${name}"]`).check();
	const [navigation] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), form.locator('button[type="submit"]').click()]);
	expect(navigation?.status()).toBe(200);
	const url = new URL(page.url());
	expect(url.pathname, 'the form is sent to the list itself, as GET').toBe(`/${locale}/angebote`);
	const listed = await collectOfferingList(page, locale);
	return { url, listed };
}

function expectListToEqual(listed: { slugs: string[]; counts: number[]; pages: string[] }, expected: string[], label: string) {
	const shown = [...listed.slugs].sort();
	expect(new Set(shown).size, `${label}: no offering is shown twice across the result pages (${listed.pages.join(', ')})`).toBe(shown.length);
	const missing = expected.filter((slug) => !shown.includes(slug));
	const extra = shown.filter((slug) => !expected.includes(slug));
	expect({ missing, extra }, `${label}: offerings shown vs. the CMS`).toEqual({ missing: [], extra: [] });
	for (const count of listed.counts) expect(count, `${label}: the result count shown`).toBe(expected.length);
}

describe('the offerings list without JavaScript', () => {
	test('without a filter: exactly the current offerings, ended ones left out, and their count', async () => {
		expect(current.length).toBeGreaterThan(0);
		expect(current.length, 'the demo data has ended offerings, so that leaving them out is tested').toBeLessThan(offerings.length);
		const listed = await offeringListAt(session.page, 'de', '');
		expect(listed.pages.length, 'more than one page of results (pagination is exercised)').toBeGreaterThan(1);
		expectListToEqual(listed, expectedSlugs(), 'unfiltered');
	});

	test('the same in Arabic', async () => {
		expectListToEqual(await offeringListAt(session.page, 'ar', ''), expectedSlugs(), 'unfiltered, ar');
	});

	test('municipality, a Verbandsgemeinde: the form shows its offerings and those of all its member municipalities', async () => {
		// the Verbandsgemeinde where including the members makes the biggest difference
		const collectives = municipalities
			.filter((m) => m.kind === 'collective_municipality' && m.members.length > 0)
			.map((m) => ({
				slug: m.slug,
				withMembers: expectedSlugs(inMunicipality(m.slug)).length,
				ownOnly: expectedSlugs((o) => o.municipalities.some((x) => x.slug === m.slug)).length
			}))
			.map((m) => ({ ...m, gain: m.withMembers - m.ownOnly }))
			.sort((a, b) => b.gain - a.gain || a.slug.localeCompare(b.slug));
		expect(collectives.length, 'the demo data has Verbandsgemeinden with members').toBeGreaterThan(0);
		const vg = collectives[0];
		expect(vg.gain, `offerings of the members of ${vg.slug} are not tagged with the Verbandsgemeinde itself`).toBeGreaterThan(0);
		const { url, listed } = await submitFilterForm({ choose: { gemeinde: vg.slug } });
		expect(url.searchParams.get('gemeinde')).toBe(vg.slug);
		expectListToEqual(listed, expectedSlugs(inMunicipality(vg.slug)), `gemeinde=${vg.slug} (Verbandsgemeinde)`);
	});

	test('municipality, a member municipality: only its own offerings', async () => {
		const members = distinct(municipalities.filter((m) => m.kind === 'collective_municipality').flatMap((m) => m.members.map((x) => x.slug)));
		const member = busiestValue(members, inMunicipality);
		const { listed } = await submitFilterForm({ choose: { gemeinde: member } });
		expectListToEqual(listed, expectedSlugs(inMunicipality(member)), `gemeinde=${member} (member municipality)`);
	});

	test('municipality, a unitary municipality', async () => {
		const unitary = municipalities.filter((m) => m.kind === 'unitary_municipality').map((m) => m.slug);
		const choice = busiestValue(unitary, inMunicipality);
		const { listed } = await submitFilterForm({ choose: { gemeinde: choice } });
		expectListToEqual(listed, expectedSlugs(inMunicipality(choice)), `gemeinde=${choice}`);
	});

	test('topic', async () => {
		const topic = busiestValue(distinct(offerings.map((o) => o.topic?.slug)), withTopic);
		const { url, listed } = await submitFilterForm({ choose: { thema: topic } });
		expect(url.searchParams.get('thema')).toBe(topic);
		expectListToEqual(listed, expectedSlugs(withTopic(topic)), `thema=${topic}`);
	});

	test('target group', async () => {
		const group = busiestValue(distinct(offerings.flatMap((o) => o.targetGroups.map((t) => t.slug))), forTargetGroup);
		const { url, listed } = await submitFilterForm({ choose: { zielgruppe: group } });
		expect(url.searchParams.get('zielgruppe')).toBe(group);
		expectListToEqual(listed, expectedSlugs(forTargetGroup(group)), `zielgruppe=${group}`);
	});

	test('language spoken', async () => {
		// not German: nearly everything is offered in German; a language of newcomers is the real use
		const languages = distinct(offerings.flatMap((o) => o.languages.map((l) => l.code))).filter((code) => code !== 'de');
		const language = busiestValue(languages, inLanguage);
		const { url, listed } = await submitFilterForm({ choose: { sprache: language } });
		expect(url.searchParams.get('sprache')).toBe(language);
		expectListToEqual(listed, expectedSlugs(inLanguage(language)), `sprache=${language}`);
	});

	test('free of charge', async () => {
		const { listed } = await submitFilterForm({ check: ['kostenlos'] });
		expectListToEqual(listed, expectedSlugs(free), 'kostenlos');
	});

	test('barrier-free', async () => {
		const { listed } = await submitFilterForm({ check: ['barrierefrei'] });
		expectListToEqual(listed, expectedSlugs(barrierFree), 'barrierefrei');
	});

	test('online (online or hybrid)', async () => {
		const { listed } = await submitFilterForm({ check: ['online'] });
		expectListToEqual(listed, expectedSlugs(online), 'online');
	});

	test('facets combine: Verbandsgemeinde, topic and free of charge together', async () => {
		const vg = municipalities.find((m) => m.kind === 'collective_municipality' && expectedSlugs(inMunicipality(m.slug), free).length > 0);
		expect(vg, 'a Verbandsgemeinde with free offerings').toBeDefined();
		const topic = busiestValue(distinct(offerings.map((o) => o.topic?.slug)), (t) => (o) => withTopic(t)(o) && inMunicipality(vg!.slug)(o));
		const { listed } = await submitFilterForm({ choose: { gemeinde: vg!.slug, thema: topic }, check: ['kostenlos'] });
		expectListToEqual(listed, expectedSlugs(inMunicipality(vg!.slug), withTopic(topic), free), `gemeinde=${vg!.slug}&thema=${topic}&kostenlos`);
	});

	test('the filters work the same from the Arabic page', async () => {
		const language = busiestValue(distinct(offerings.flatMap((o) => o.languages.map((l) => l.code))).filter((c) => c !== 'de'), inLanguage);
		const { listed } = await submitFilterForm({ choose: { sprache: language }, check: ['kostenlos'] }, 'ar');
		expectListToEqual(listed, expectedSlugs(inLanguage(language), free), `ar: sprache=${language}&kostenlos`);
	});

	test('the form offers every municipality, topic, target group and language the offerings use', async () => {
		const { page } = session;
		await page.goto('/de/angebote', { waitUntil: 'load' });
		const options = async (name: string) =>
			(await page.locator(`main input[name="${name}"]`).evaluateAll((nodes) => nodes.map((n) => (n as HTMLInputElement).value))).filter(Boolean);
		const offered = {
			gemeinde: await options('gemeinde'),
			thema: await options('thema'),
			zielgruppe: await options('zielgruppe'),
			sprache: await options('sprache')
		};
		const used = {
			gemeinde: distinct(current.flatMap((o) => o.municipalities.map((m) => m.slug))),
			thema: distinct(current.map((o) => o.topic?.slug)),
			zielgruppe: distinct(current.flatMap((o) => o.targetGroups.map((t) => t.slug))),
			sprache: distinct(current.flatMap((o) => o.languages.map((l) => l.code)))
		};
		for (const facet of Object.keys(used) as Array<keyof typeof used>) {
			expect(used[facet].filter((value) => !offered[facet].includes(value)), `values of ${facet} used by offerings but not offered in the form`).toEqual([]);
		}
		expect(offered.gemeinde, 'every Verbandsgemeinde can be chosen as a whole').toEqual(
			expect.arrayContaining(municipalities.filter((m) => m.kind === 'collective_municipality').map((m) => m.slug))
		);
	});

	test('every value of every facet, as the shareable GET URL, shows exactly what the CMS says', async () => {
		const { page } = session;
		await page.goto('/de/angebote', { waitUntil: 'load' });
		const facets: Array<{ name: string; predicate: (value: string) => Predicate }> = [
			{ name: 'gemeinde', predicate: inMunicipality },
			{ name: 'thema', predicate: withTopic },
			{ name: 'zielgruppe', predicate: forTargetGroup },
			{ name: 'sprache', predicate: inLanguage }
		];
		const values: Array<{ name: string; value: string; predicate: Predicate }> = [];
		for (const { name, predicate } of facets) {
			const options = await page.locator(`main input[name="${name}"]`).evaluateAll((nodes) => nodes.map((n) => (n as HTMLInputElement).value));
			for (const value of options.filter(Boolean)) values.push({ name, value, predicate: predicate(value) });
		}
		expect(values.length).toBeGreaterThan(0);
		const failures: string[] = [];
		for (const { name, value, predicate } of values) {
			const listed = await offeringListAt(page, 'de', `?${new URLSearchParams({ [name]: value })}`);
			const expected = expectedSlugs(predicate);
			const shown = [...listed.slugs].sort();
			if (JSON.stringify(shown) !== JSON.stringify(expected) || listed.counts.some((c) => c !== expected.length)) {
				failures.push(
					`${name}=${value}: shown ${shown.length} (count ${listed.counts.join('/')}), expected ${expected.length}; ` +
						`missing ${expected.filter((s) => !shown.includes(s)).join(', ') || '–'}; extra ${shown.filter((s) => !expected.includes(s)).join(', ') || '–'}`
				);
			}
		}
		expect(failures).toEqual([]);
	}, 240_000);
});
