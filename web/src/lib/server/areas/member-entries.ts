/**
 * A member organisation's entries through the CMS's member routes (cms/src/api/member): each with
 * its state, both versions and the translation status. The CMS decides what belongs to whom.
 */
import { error } from '@sveltejs/kit';
import { ENTRY_TYPES, isDocumentId, type EntrySegment, type EntryType } from '../../area/entry-types.ts';
import { listOf, withFields, type CallerClient, type CmsReply } from '../cms/index.ts';

type Content = Record<string, any>;

export interface MemberEntry {
	type: EntryType;
	documentId: string;
	title: string;
	state: 'live' | 'pending' | 'sent_back' | 'withdrawn' | 'never_published';
	reviewComment: string | null;
	submittedAt: string | null;
	withdrawnAt: string | null;
	lastConfirmedAt: string | null;
	translations: Record<string, 'current' | 'outdated' | 'missing'>;
	/** translations written but not yet approved (the CMS's pendingTranslations) */
	pendingTranslations?: string[];
	changedFields: string[] | null;
	draft: Content | null;
	published: Content | null;
}

const isMemberEntry = withFields<MemberEntry>({ type: 'string', documentId: 'string', title: 'string?', state: 'string', translations: 'object?', draft: 'object?', published: 'object?' });

export function checkDocumentId(documentId: string): string {
	if (!isDocumentId(documentId)) error(404, 'Diesen Eintrag gibt es nicht.');
	return documentId;
}

export async function memberEntries(api: CallerClient): Promise<MemberEntry[]> {
	const reply = await api.get('/api/member/entries', listOf(isMemberEntry));
	if (!reply.ok) error(reply.status === 403 ? 403 : 400, reply.message);
	return reply.data;
}

/** One entry of the member's own organisation; another organisation's entry is a 403 page. */
export async function memberEntry(api: CallerClient, segment: EntrySegment, documentId: string): Promise<MemberEntry> {
	const reply = await api.get(`/api/member/entries/${ENTRY_TYPES[segment].type}/${checkDocumentId(documentId)}`, isMemberEntry);
	if (!reply.ok) {
		if (reply.status === 403) error(403, 'Dieser Eintrag gehört zu einer anderen Organisation. Sie können nur die Einträge Ihrer eigenen Organisation bearbeiten.');
		if (reply.status === 404) error(404, 'Diesen Eintrag gibt es nicht (mehr).');
		error(400, reply.message);
	}
	return reply.data;
}

/** Saves a change as a draft for review (the CMS makes every member write a submitted draft). */
export function saveEntry(api: CallerClient, segment: EntrySegment, documentId: string | null, data: Content, actorDocumentId: string): Promise<CmsReply<Content>> {
	const { rest, ownerField } = ENTRY_TYPES[segment];
	if (documentId) return api.write('PUT', `/api/${rest}/${checkDocumentId(documentId)}`, { data });
	return api.write('POST', `/api/${rest}`, { data: ownerField ? { ...data, [ownerField]: actorDocumentId } : data });
}

/** "Noch aktuell" and "Zurückziehen": the CMS's moderation routes a member may use on own entries. */
export function entryDecision(api: CallerClient, type: EntryType, documentId: string, decision: 'confirm' | 'withdraw'): Promise<CmsReply<unknown>> {
	return api.write('POST', `/api/moderation/${type}/${checkDocumentId(documentId)}/${decision}`, {});
}
