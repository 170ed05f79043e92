import { describe, expect, it } from 'vitest';
import { answerDeadline, isOverdue } from './office-deadlines.ts';

describe('answerDeadline', () => {
	it('is the same day of the next month', () => {
		expect(answerDeadline('2026-03-14T09:30:00.000Z').toISOString()).toBe('2026-04-14T09:30:00.000Z');
		expect(answerDeadline('2026-12-05T10:00:00.000Z').toISOString()).toBe('2027-01-05T10:00:00.000Z');
	});
	it('is the last day of a shorter next month', () => {
		expect(answerDeadline('2026-01-31T08:00:00.000Z').toISOString()).toBe('2026-02-28T08:00:00.000Z');
		expect(answerDeadline('2028-01-30T08:00:00.000Z').toISOString()).toBe('2028-02-29T08:00:00.000Z');
	});
	it('is overdue once passed', () => {
		const deadline = answerDeadline('2026-03-14T09:30:00.000Z');
		expect(isOverdue(deadline, new Date('2026-04-14T09:29:00.000Z'))).toBe(false);
		expect(isOverdue(deadline, new Date('2026-04-14T09:31:00.000Z'))).toBe(true);
	});
});
