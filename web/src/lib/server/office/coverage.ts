/**
 * The numbers behind the coverage matrix, counted by the CMS's database (office only: GET
 * /api/office/coverage with the office's own token), and the number of current offerings in all.
 */
import type { CoverageCounts } from '../../coverage.ts';
import type { CmsAs } from '../areas/cms-as.ts';

export async function loadCoverageCounts(cms: CmsAs): Promise<{ counts: CoverageCounts; message: string | null }> {
	const reply = await cms.rest<CoverageCounts>('GET', '/api/office/coverage');
	return reply.ok ? { counts: reply.data, message: null } : { counts: {}, message: reply.message };
}
