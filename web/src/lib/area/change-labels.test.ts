import { describe, expect, it } from 'vitest';
import { changeLabel, changeSummary } from './change-labels.ts';

describe('history rows', () => {
	it('name the changed fields and translations in German', () => {
		expect(changeLabel('openingHours')).toBe('Öffnungszeiten');
		expect(changeLabel('translations.en')).toBe('Übersetzung Englisch');
		expect(changeLabel('shortDescription')).toBe('Profiltext (Kurzbeschreibung)');
	});

	it('make an edit and its translation two different rows', () => {
		const edit = changeSummary(['summary', 'openingHours'], 'Änderung');
		const translation = changeSummary(['translations.en'], 'Änderung');
		expect(edit).toBe('Kurzbeschreibung, Öffnungszeiten');
		expect(translation).toBe('Übersetzung Englisch');
		expect(edit).not.toBe(translation);
	});

	it('keep a decision comment and fall back to it without named fields', () => {
		expect(changeSummary(['translations.fr'], 'Bitte den Titel kürzen.')).toBe('Übersetzung Französisch – Bitte den Titel kürzen.');
		expect(changeSummary(null, 'neu angelegt')).toBe('neu angelegt');
		expect(changeSummary([], null)).toBe('');
	});
});
