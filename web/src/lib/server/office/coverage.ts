/**
 * The numbers behind the coverage matrix, counted by the CMS's database (office only: GET
 * /api/office/coverage with the office's own token), and the number of current offerings in all.
 */
import type { CoverageCounts } from '../../coverage.ts';
import { isRecord, type CallerClient } from '../cms/index.ts';

const isCount = (value: unknown) => isRecord(value) && typeof value.total === 'number' && isRecord(value.topics) && Object.values(value.topics).every((count) => typeof count === 'number');
const isCoverageCounts = (value: unknown): value is CoverageCounts => isRecord(value) && Object.values(value).every(isCount);

export async function loadCoverageCounts(cms: CallerClient): Promise<{ counts: CoverageCounts; message: string | null }> {
	const reply = await cms.get('/api/office/coverage', isCoverageCounts);
	return reply.ok ? { counts: reply.data, message: null } : { counts: {}, message: reply.message };
}
