import { parsePage } from '#lib/facets.ts';
import { listEvents, type EventPeriod } from '#lib/server/events.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	// ?zeitraum=vergangen: past events; anything else: upcoming
	const period: EventPeriod = url.searchParams.get('zeitraum') === 'vergangen' ? 'past' : 'upcoming';
	const page = parsePage(url.searchParams);
	const result = await listEvents(locals.locale, period, page);
	return { period, result };
};
