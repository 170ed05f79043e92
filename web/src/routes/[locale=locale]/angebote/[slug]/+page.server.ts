import { error } from '@sveltejs/kit';
import { berlinDate } from '#lib/i18n.ts';
import { getOffering, offeringDocumentId } from '#lib/server/offerings.ts';
import { reportAction } from '#lib/server/report-action.ts';
import { getTaxonomies } from '#lib/server/taxonomies.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const [offering, taxonomies] = await Promise.all([getOffering(params.slug, locals.locale), getTaxonomies(locals.locale)]);
	if (!offering) error(404, 'Not Found');
	const today = berlinDate();
	return {
		offering,
		taxonomies,
		today,
		ended: Boolean(offering.validUntil && offering.validUntil < today)
	};
};

export const actions: Actions = {
	// "Fehler melden": a report about this offering for the coordination office
	melden: async (event) => {
		const documentId = await offeringDocumentId(event.params.slug);
		if (!documentId) error(404, 'Not Found');
		return reportAction(event, { form: 'fehler-melden', kind: 'outdated_information', subjectType: 'offering', subjectDocumentId: documentId });
	}
};
