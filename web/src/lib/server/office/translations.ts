/** The CMS's translation overview: every online entry with the state of each of its translations. */
import type { EntryType, TranslationLocale } from '../../office-labels.ts';
import { listOf, withFields, type CallerClient } from '../cms/index.ts';

export type TranslationState = 'current' | 'outdated' | 'missing';

export interface TranslationItem {
	type: EntryType;
	documentId: string;
	title: string;
	slug: string | null;
	textChangedAt: string | null;
	translations: Record<TranslationLocale, TranslationState>;
}

const isOverview = listOf(withFields<TranslationItem>({ type: 'string', documentId: 'string', title: 'string?', slug: 'string?', translations: 'object' }));

export async function loadTranslationOverview(cms: CallerClient) {
	const reply = await cms.get('/api/office/translations', isOverview);
	return reply.ok ? { items: reply.data, message: null } : { items: [], message: reply.message };
}
