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

describe('pictures', () => {
	const logo = (url: string, alternativeText: string | null = null) => ({ id: 1, name: 'bild.png', url, mime: 'image/png', width: 120, height: 60, alternativeText });

	it('shows the old and the new logo beside their names', () => {
		const rows = comparisonRows({ changedFields: ['logo'], published: { logo: logo('/uploads/bild_alt.png', 'Logo der KVHS') }, draft: { logo: logo('/uploads/bild_neu.png') } });
		expect(rows).toEqual([
			{
				key: 'logo',
				label: 'Logo',
				before: ['Logo der KVHS'],
				after: ['bild.png'],
				images: {
					before: [{ src: '/uploads/bild_alt.png', alt: 'Logo der KVHS', width: 120, height: 60 }],
					after: [{ src: '/uploads/bild_neu.png', alt: 'Bild ohne Alternativtext', width: 120, height: 60 }]
				}
			}
		]);
	});

	it('shows a logo that is new or removed on its one side', () => {
		const added = comparisonRows({ changedFields: ['logo'], published: { logo: null }, draft: { logo: logo('/uploads/a.png') } });
		expect(added[0].images).toEqual({ before: [], after: [{ src: '/uploads/a.png', alt: 'Bild ohne Alternativtext', width: 120, height: 60 }] });
		const removed = comparisonRows({ changedFields: ['logo'], published: { logo: logo('/uploads/a.png') }, draft: { logo: null } });
		expect(removed[0].images?.before).toHaveLength(1);
		expect(removed[0].images?.after).toEqual([]);
	});

	it('shows every image of rich text, in both versions', () => {
		const text = (...urls: string[]) => [
			{ type: 'paragraph', children: [{ type: 'text', text: 'Unser Haus' }] },
			...urls.map((url, index) => ({ type: 'image', image: { url, alternativeText: `Foto ${index + 1}`, mime: 'image/jpeg' }, children: [{ type: 'text', text: '' }] }))
		];
		const rows = comparisonRows({ changedFields: ['description'], published: { description: text('/uploads/haus.jpg') }, draft: { description: text('/uploads/haus.jpg', '/uploads/garten.webp') } });
		expect(rows[0].images).toEqual({
			before: [{ src: '/uploads/haus.jpg', alt: 'Foto 1' }],
			after: [
				{ src: '/uploads/haus.jpg', alt: 'Foto 1' },
				{ src: '/uploads/garten.webp', alt: 'Foto 2' }
			]
		});
	});

	it('loads nothing from another origin or outside /uploads; the text line stays', () => {
		for (const url of ['https://evil.example/x.png', '//evil.example/x.png', '/uploads/../koordination', '/uploads/a/b.png', 'javascript:alert(1)', '/etc/passwd']) {
			const rows = comparisonRows({ changedFields: ['logo'], published: { logo: null }, draft: { logo: logo(url, 'Logo') } });
			expect(rows[0].images, url).toBeUndefined();
			expect(rows[0].after).toEqual(['Logo']);
		}
	});

	it('a new entry shows its pictures', () => {
		const rows = comparisonRows({ changedFields: null, published: null, draft: { name: 'Neu', logo: logo('/uploads/n.png') } });
		expect(rows.find((row) => row.key === 'logo')?.images).toEqual({ before: [], after: [{ src: '/uploads/n.png', alt: 'Bild ohne Alternativtext', width: 120, height: 60 }] });
	});
});
