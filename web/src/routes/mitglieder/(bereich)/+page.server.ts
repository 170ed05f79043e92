import { fail } from '@sveltejs/kit';
import { entryDecision, memberEntries } from '#lib/server/areas/member-entries.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const entries = await memberEntries(locals.cms!);
	return {
		organisation: locals.session!.actor?.name ?? '',
		profile: entries.filter((entry) => entry.type === 'actor'),
		offerings: entries.filter((entry) => entry.type === 'offering'),
		events: entries.filter((entry) => entry.type === 'event'),
		// only a title of the organisation's own entries (a crafted link cannot put words on this page)
		submitted: submittedTitle(url.searchParams.get('eingereicht'), entries.map((entry) => entry.title))
	};
};

function submittedTitle(value: string | null, titles: string[]): string | null {
	if (!value) return null;
	return titles.some((title) => value === title || value.startsWith(`${title} (`)) ? value : null;
}

async function decide(locals: App.Locals, form: FormData, decision: 'confirm' | 'withdraw') {
	const type = String(form.get('type') ?? '');
	const documentId = String(form.get('documentId') ?? '');
	const title = String(form.get('title') ?? '');
	if (!['actor', 'offering', 'event'].includes(type) || !documentId) return fail(400, { decision, documentId, ok: false, message: 'Unvollständige Angaben.' });
	// Withdrawing takes the entry off the site at once: ask once more (only the office can restore).
	if (decision === 'withdraw' && form.get('confirmed') !== 'yes') {
		return { decision, documentId, ok: true, message: null, confirm: { type, documentId, title } };
	}
	const reply = await entryDecision(locals.cms!, type as 'actor', documentId, decision);
	if (!reply.ok) return fail(reply.status, { decision, documentId, ok: false, message: reply.message });
	return {
		decision,
		documentId,
		ok: true,
		message: decision === 'confirm' ? `Danke! „${title}“ ist als aktuell bestätigt.` : `„${title}“ ist zurückgezogen und nicht mehr öffentlich. Die Koordinierungsstelle kann ihn wiederherstellen.`
	};
}

export const actions: Actions = {
	confirm: async ({ locals, request }) => decide(locals, await request.formData(), 'confirm'),
	withdraw: async ({ locals, request }) => decide(locals, await request.formData(), 'withdraw')
};
