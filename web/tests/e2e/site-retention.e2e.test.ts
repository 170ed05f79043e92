/**
 * The privacy page states how long personal data is kept, from the CMS's retention settings (the
 * same ones its deletion job uses; defaults 6, 24 and 12 months), in the visitor's language.
 */
import { describe, expect, test } from 'vitest';
import { cmsRest, fetchSite } from './helpers.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('retention periods on the privacy page', () => {
	test('German and English pages state the periods the CMS publishes', async () => {
		const policy = (await cmsRest('/api/retention-policy')).body.data;
		expect(policy).toEqual({ handledMonths: 6, openMonths: 24, accountMonths: 12, registrationMonths: 3 });

		const german = await fetchSite('/de/datenschutz');
		expect(german.final.status).toBe(200);
		expect(text(german.body)).toContain('Meldungen und Mitgliedsanträge löschen wir 6 Monate, nachdem sie erledigt sind, unbearbeitete spätestens nach 24 Monaten.');
		expect(text(german.body)).toContain('Deaktivierte Zugänge von Mitgliedern anonymisieren wir nach 12 Monaten.');

		const english = await fetchSite('/en/datenschutz');
		expect(english.final.status).toBe(200);
		expect(text(english.body)).toContain('We delete reports and membership applications 6 months after they have been dealt with, and unprocessed ones after 24 months at the latest.');
	});
});
