/**
 * Feedback on accessibility must be answered within a month (EU Web Accessibility Directive
 * 2016/2102, Art. 7; BITV 2.0 § 7 with the Land's rules): the deadline is the same day of the next
 * month, or the month's last day when that day does not exist (31 January → 28/29 February).
 */
export function answerDeadline(createdAt: string): Date {
	const received = new Date(createdAt);
	const deadline = new Date(received);
	deadline.setUTCDate(1);
	deadline.setUTCMonth(deadline.getUTCMonth() + 1);
	const lastDay = new Date(Date.UTC(deadline.getUTCFullYear(), deadline.getUTCMonth() + 1, 0)).getUTCDate();
	deadline.setUTCDate(Math.min(received.getUTCDate(), lastDay));
	return deadline;
}

export const isOverdue = (deadline: Date, now: Date = new Date()) => deadline.getTime() < now.getTime();
