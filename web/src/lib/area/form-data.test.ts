import { describe, expect, it } from 'vitest';
import { blocksToText, textToBlocks } from './blocks-text.ts';
import { fromLocalInput, toLocalInput } from './berlin-time.ts';
import { isIsoDate, readForm, valuesFromEntry } from './form-data.ts';

const form = (entries: Record<string, string | string[]>) => {
	const data = new FormData();
	for (const [name, value] of Object.entries(entries)) for (const item of [value].flat()) data.append(name, item);
	return data;
};

const offering = {
	title: 'Sprachcafé',
	summary: 'Jeden Dienstag',
	description: [
		{ type: 'paragraph', children: [{ type: 'text', text: 'Erster Absatz.' }] },
		{ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Punkt' }] }] }
	],
	topic: { documentId: 'topic1', name: 'Sprache' },
	free: true,
	registration: 'not_required',
	deliveryMode: 'on_site',
	barrierFree: 'unknown',
	openingHours: {
		byAppointment: false,
		temporarilyClosed: false,
		slots: ['09:00', '11:00', '13:00'].map((opens, index) => ({ weekday: 'monday', opens: `${opens}:00.000`, closes: `${['10:00', '12:00', '14:00'][index]}:00.000` }))
	}
};

describe('reading the edit form', () => {
	it('keeps a description whose text is unchanged, even with the CRLF line breaks browsers send', () => {
		const values = valuesFromEntry('offering', offering);
		const posted = form({ ...(values as Record<string, string>), description: String(values.description).replace(/\n/g, '\r\n') });
		const { data, errors } = readForm('offering', posted, offering);
		expect(errors).toEqual({});
		expect('description' in data).toBe(false);
	});

	it('counts characters without the CR of CRLF', () => {
		const values = valuesFromEntry('offering', offering) as Record<string, string>;
		const summary = `${'a'.repeat(249)}\r\n${'b'.repeat(250)}`;
		const { errors, data } = readForm('offering', form({ ...values, summary }), offering);
		expect(errors.summary).toBeUndefined();
		expect(data.summary).toHaveLength(500);
	});

	it('keeps a third opening-hours slot of a day', () => {
		const values = valuesFromEntry('offering', offering) as Record<string, string>;
		expect(values['openingHours.monday.2.opens']).toBe('13:00');
		const { data } = readForm('offering', form(values), offering);
		expect(data.openingHours.slots).toHaveLength(3);
	});

	it('refuses impossible dates and times', () => {
		const values = valuesFromEntry('offering', offering) as Record<string, string>;
		const { errors } = readForm('offering', form({ ...values, validUntil: '2026-02-30', 'openingHours.closedUntil': '1', 'openingHours.tuesday.0.opens': '25:00', 'openingHours.tuesday.0.closes': '26:00' }), offering);
		expect(errors.validUntil).toBeDefined();
		expect(errors['openingHours.closedUntil']).toBeDefined();
		expect(errors['openingHours.tuesday.0.opens']).toBeDefined();
		expect(isIsoDate('2028-02-29')).toBe(true);
		expect(isIsoDate('2027-02-29')).toBe(false);
	});

	it('requires the fields the content model requires', () => {
		const { errors } = readForm('offering', form({ title: '', registration: 'sometimes' }), null);
		expect(errors.title).toBe('Bitte ausfüllen.');
		expect(errors.topic).toBe('Bitte auswählen.');
		expect(errors.registration).toBeDefined();
	});
});

describe('rich text as plain text', () => {
	it('round-trips paragraphs, lists and headings', () => {
		const text = 'Einleitung\n\n## Ablauf\n\n- eins\n- zwei\n\nSchluss';
		expect(blocksToText(textToBlocks(text))).toBe(text);
	});
});

describe('Berlin time', () => {
	it('converts local input to UTC and back, in winter and summer', () => {
		expect(fromLocalInput('2027-01-15T18:00')).toBe('2027-01-15T17:00:00.000Z');
		expect(fromLocalInput('2027-07-15T18:00')).toBe('2027-07-15T16:00:00.000Z');
		expect(toLocalInput('2027-07-15T16:00:00.000Z')).toBe('2027-07-15T18:00');
		expect(fromLocalInput('2027-02-30T10:00')).toBeNull();
		expect(fromLocalInput('kein Datum')).toBeNull();
		expect(fromLocalInput('2027-01-15T12:99')).toBeNull();
	});
});
