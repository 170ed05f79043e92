/** The CMS's translation overview: every online entry with the state of each of its translations. */
import type { EntryType, TranslationLocale } from '../../office-labels.ts';
import type { CmsAs } from '../areas/cms-as.ts';

export type TranslationState = 'current' | 'outdated' | 'missing';

export interface TranslationItem {
	type: EntryType;
	documentId: string;
	title: string;
	slug: string | null;
	textChangedAt: string | null;
	translations: Record<TranslationLocale, TranslationState>;
}

export async function loadTranslationOverview(cms: CmsAs) {
	const reply = await cms.rest<TranslationItem[]>('GET', '/api/office/translations');
	return reply.ok ? { items: reply.data, message: null } : { items: [], message: reply.message };
}
