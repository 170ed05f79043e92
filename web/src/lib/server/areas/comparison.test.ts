import { describe, expect, it } from 'vitest';
import { comparisonRows, format } from './comparison.ts';

describe('format', () => {
	it('renders rich text, relations, components and enumerations as plain German text', () => {
		const blocks = [
			{ type: 'paragraph', children: [{ type: 'text', text: 'Erster ' }, { type: 'text', text: 'Absatz', bold: true }] },
			{ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Punkt' }] }] }
		];
		expect(format('description', blocks)).toEqual(['Erster Absatz', '• Punkt']);
		expect(format('languages', [{ documentId: 'a', code: 'ar' }, { documentId: 'b', code: 'de' }])).toEqual(['Arabisch, Deutsch']);
		expect(format('topic', { documentId: 't', name: 'Beratung' })).toEqual(['Beratung']);
		expect(format('venueAddress', { street: 'Markt 1', postalCode: '39340', city: 'Haldensleben' })).toEqual(['Markt 1, 39340 Haldensleben']);
		expect(format('openingHours', { slots: [{ weekday: 'tuesday', opens: '09:00:00.000', closes: '12:00:00.000' }], byAppointment: true })).toEqual([
			'Dienstag 09:00–12:00 Uhr',
			'Nach Vereinbarung'
		]);
		expect(format('registration', 'required')).toEqual(['Erforderlich']);
		expect(format('free', false)).toEqual(['Nein']);
		expect(format('summary', null)).toEqual([]);
	});
});

describe('comparisonRows', () => {
	it('lists only the changed fields of a change, translations per language and field', () => {
		const rows = comparisonRows({
			changedFields: ['summary', 'translations'],
			published: { summary: 'Alt', translations: [{ locale: 'en', title: 'Course', summary: 'Old' }] },
			draft: { summary: 'Neu', translations: [{ locale: 'en', title: 'Course', summary: 'New' }, { locale: 'uk', title: 'Курс' }] }
		});
		expect(rows).toEqual([
			{ key: 'summary', label: 'Kurzbeschreibung', before: ['Alt'], after: ['Neu'] },
			{ key: 'translations.en.summary', label: 'Englisch: Kurzbeschreibung', before: ['Old'], after: ['New'] },
			{ key: 'translations.uk.title', label: 'Ukrainisch: Titel', before: [], after: ['Курс'] }
		]);
	});

	it('shows a new entry whole, without bookkeeping', () => {
		const rows = comparisonRows({ changedFields: null, published: null, draft: { documentId: 'x', title: 'Neu', summary: '', free: true } });
		expect(rows).toEqual([
			{ key: 'title', label: 'Titel', before: null, after: ['Neu'] },
			{ key: 'free', label: 'Kostenlos', before: null, after: ['Ja'] }
		]);
	});
});

describe('links in rich text', () => {
	it('shows a changed link target, not only the unchanged link text', () => {
		const text = (url: string) => [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: 'Anmeldung' }] }] }];
		const rows = comparisonRows({ changedFields: ['description'], draft: { description: text('https://neu.example.org') }, published: { description: text('https://alt.example.org') } });
		expect(JSON.stringify(rows)).toContain('https://neu.example.org');
		expect(JSON.stringify(rows)).toContain('https://alt.example.org');
	});
});
