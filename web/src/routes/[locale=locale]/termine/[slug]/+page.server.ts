import { error } from '@sveltejs/kit';
import { eventJsonLd } from '#lib/seo.ts';
import { blocksToText, excerpt } from '#lib/blocks.ts';
import { getEvent } from '#lib/server/events.ts';
import { reportAction } from '#lib/server/report-action.ts';
import { registrations } from '#lib/server/cms/index.ts';
import { registrationAction, sessionOnPublicPage } from '#lib/server/registration-action.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, cookies }) => {
	const event = await getEvent(params.slug, locals.locale);
	if (!event) error(404, 'Not Found');
	const pageUrl = `${locals.origin}${url.pathname}`;
	locals.jsonLd.push(
		eventJsonLd({
			name: event.title,
			description: event.summary ?? excerpt(blocksToText(event.description), 300),
			pageUrl,
			startsAt: event.startsAt,
			endsAt: event.endsAt,
			online: event.online,
			venueName: event.venueName,
			venueAddress: event.venueAddress,
			organiserName: event.organiser?.name ?? event.organiserName,
			organiserUrl: event.organiser ? `${locals.origin}/${locals.locale}/akteure/${event.organiser.slug}` : null,
			inLanguage: locals.locale
		})
	);
	const endOrStart = event.endsAt ?? event.startsAt;
	// registration through the site: places left, and who is signed in (members-only events, prefill)
	const form = event.registration.mode === 'form' ? await registrations.status(event.documentId) : null;
	const session = form ? await sessionOnPublicPage({ cookies, locals }) : null;
	const member = session ? { email: session.email, organisation: session.actor?.name ?? '' } : null;
	return { event, past: Date.parse(endOrStart) < Date.now(), registrationStatus: form, member };
};

export const actions: Actions = {
	anmelden: async (event) => {
		const found = await getEvent(event.params.slug, event.locals.locale);
		if (!found) error(404, 'Not Found');
		return registrationAction(event, found.documentId);
	},
	melden: async (event) => {
		const found = await getEvent(event.params.slug, event.locals.locale);
		if (!found) error(404, 'Not Found');
		return reportAction(event, { form: 'fehler-melden', kind: 'outdated_information', subjectType: 'event', subjectDocumentId: found.documentId });
	}
};
