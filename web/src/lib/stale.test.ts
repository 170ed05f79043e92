import { describe, expect, it } from 'vitest';
import { isStale } from './stale.ts';

describe('isStale', () => {
	it('notes entries not confirmed for 13 months or never, not younger ones', () => {
		expect(isStale('2025-11-01T10:00:00Z', '2026-12-02')).toBe(true);
		expect(isStale('2025-11-03T10:00:00Z', '2026-12-02')).toBe(false);
		expect(isStale('2026-11-30T10:00:00Z', '2026-12-02')).toBe(false);
		expect(isStale(null, '2026-12-02')).toBe(true);
	});
});
