import { error } from '@sveltejs/kit';
import { berlinDate } from '#lib/i18n.ts';
import { organizationJsonLd } from '#lib/seo.ts';
import { actorDocumentId, getActor } from '#lib/server/actors.ts';
import { reportAction } from '#lib/server/report-action.ts';
import { getTaxonomies } from '#lib/server/taxonomies.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const today = berlinDate();
	const [actor, taxonomies] = await Promise.all([getActor(params.slug, locals.locale, today), getTaxonomies(locals.locale)]);
	if (!actor) error(404, 'Not Found');
	const languages = taxonomies.languages.filter((l) => actor.languages.includes(l.code));
	locals.jsonLd.push(
		organizationJsonLd({
			name: actor.name,
			description: actor.shortDescription,
			pageUrl: `${locals.origin}${url.pathname}`,
			contact: actor.contact,
			address: actor.address,
			areaServed: actor.municipalities.map((m) => m.name),
			languages: actor.languages
		})
	);
	return { actor, today, languages, topics: taxonomies.topics, places: taxonomies.municipalities };
};

export const actions: Actions = {
	melden: async (event) => {
		const documentId = await actorDocumentId(event.params.slug);
		if (!documentId) error(404, 'Not Found');
		return reportAction(event, { form: 'fehler-melden', kind: 'outdated_information', subjectType: 'actor', subjectDocumentId: documentId });
	}
};
