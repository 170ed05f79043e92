import { describe, expect, test } from 'vitest';
import { FALLBACK_TOPIC_ICON, iconBody, TOPIC_ICONS, topicIcon } from './icons.ts';

describe('topic pictograms', () => {
	test('every mapped topic and the fallback have a pictogram in the bundled set', () => {
		for (const name of [...Object.values(TOPIC_ICONS), FALLBACK_TOPIC_ICON]) {
			expect(iconBody(name), name).toMatch(/^<(path|g) /);
		}
	});

	test('an unknown topic gets the generic pictogram; an unknown name has none', () => {
		expect(topicIcon('neues-thema')).toBe(FALLBACK_TOPIC_ICON);
		expect(topicIcon('wohnen')).toBe('house');
		expect(iconBody('no-such-icon')).toBeNull();
	});
});
