import { openData } from '#lib/server/cms/index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const metadata = await openData.metadata();
	return { licence: metadata.licence, datasets: metadata.datasets };
};
