import { approveAction, approveTranslationAction, loadQueue, sendBackAction, sendBackTranslationAction } from '#lib/server/areas/moderation.ts';
import type { Actions, PageServerLoad } from './$types';

/** The moderation queue: changes and new entries waiting for review, oldest first. */
export const load: PageServerLoad = async ({ locals }) => ({ queue: await loadQueue(locals.cms!) });

export const actions: Actions = {
	freigeben: approveAction,
	zurueckgeben: sendBackAction,
	uebersetzungFreigeben: approveTranslationAction,
	uebersetzungZurueckgeben: sendBackTranslationAction
};
