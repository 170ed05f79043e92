import { fail, redirect } from '@sveltejs/kit';
import { isDocumentId } from '#lib/area/entry-types.ts';
import { parsePage } from '#lib/facets.ts';
import { acceptApplication, declineApplication, loadInbox, setHandlingState, type HandlingState, type SubmissionKind } from '#lib/server/office/inbox.ts';
import type { Actions, PageServerLoad } from './$types';

const KINDS: readonly SubmissionKind[] = ['report', 'application'];

/** Reports page with `seite`, applications with `antraege-seite`: paging one keeps the other. */
const PAGE_PARAMETERS = { reports: 'seite', applications: 'antraege-seite' } as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	const showDone = url.searchParams.get('zeigen') === 'erledigt';
	const wanted: HandlingState = showDone ? 'done' : 'open';
	const pages = { reports: parsePage(url.searchParams, PAGE_PARAMETERS.reports), applications: parsePage(url.searchParams, PAGE_PARAMETERS.applications) };
	const inbox = await loadInbox(locals.cms!, wanted, pages);
	return {
		showDone,
		message: inbox.message,
		reports: inbox.reports,
		applications: inbox.applications,
		pagination: inbox.pagination,
		pages,
		pageParameters: PAGE_PARAMETERS,
		openCount: inbox.counts.open,
		doneCount: inbox.counts.done,
		now: new Date().toISOString()
	};
};

/** Back to the list the person came from, with a confirmation that names what happened. */
function back(url: URL, changed: string): never {
	const query = new URLSearchParams();
	if (url.searchParams.get('zeigen') === 'erledigt') query.set('zeigen', 'erledigt');
	query.set('geaendert', changed);
	redirect(303, `/koordination/eingang?${query}`);
}

/** "Erledigt" and "Wieder öffnen": one action, the new state comes with the button. */
export const actions: Actions = {
	/** A membership application: the organisation as an unpublished actor plus the invitation of its first account. */
	annehmen: async ({ locals, request, url }) => {
		const documentId = String((await request.formData()).get('id') ?? '');
		if (!isDocumentId(documentId)) return fail(400, { error: 'Dieser Antrag konnte nicht zugeordnet werden. Bitte laden Sie die Seite neu.', application: '', reason: '' });
		const reply = await acceptApplication(locals.cms!, documentId);
		if (!reply.ok) return fail(reply.status, { error: reply.message, application: documentId, reason: '' });
		back(url, 'angenommen');
	},
	/** Declined with a reason that reaches the applicant by mail. */
	ablehnen: async ({ locals, request, url }) => {
		const form = await request.formData();
		const documentId = String(form.get('id') ?? '');
		const reason = String(form.get('grund') ?? '').trim();
		if (!isDocumentId(documentId)) return fail(400, { error: 'Dieser Antrag konnte nicht zugeordnet werden. Bitte laden Sie die Seite neu.', application: '', reason: '' });
		if (!reason) return fail(400, { error: 'Bitte geben Sie einen Grund für die Ablehnung an; er geht per E-Mail an die Antragstellerin oder den Antragsteller.', application: documentId, reason: '' });
		const reply = await declineApplication(locals.cms!, documentId, reason);
		if (!reply.ok) return fail(reply.status, { error: reply.message, application: documentId, reason });
		back(url, 'abgelehnt');
	},
	status: async ({ locals, request, url }) => {
		const form = await request.formData();
		const kind = String(form.get('art') ?? '') as SubmissionKind;
		const documentId = String(form.get('id') ?? '');
		const state = String(form.get('status') ?? '');
		if (!KINDS.includes(kind) || !isDocumentId(documentId) || (state !== 'open' && state !== 'done')) {
			return fail(400, { error: 'Diese Meldung konnte nicht zugeordnet werden. Bitte laden Sie die Seite neu.' });
		}
		const reply = await setHandlingState(locals.cms!, kind, documentId, state);
		if (!reply.ok) return fail(reply.status, { error: reply.message });
		// Back to the list the person came from, with a confirmation that names what happened.
		const back = new URLSearchParams();
		if (url.searchParams.get('zeigen') === 'erledigt') back.set('zeigen', 'erledigt');
		back.set('geaendert', state === 'done' ? 'erledigt' : 'geoeffnet');
		redirect(303, `/koordination/eingang?${back}`);
	}
};
