/**
 * The office's inbox: public reports and membership applications with their handling state. The
 * state is private in the CMS (the generic REST strips it), so these are the CMS's office routes.
 */
import type { CmsAs } from '../areas/cms-as.ts';

export type HandlingState = 'open' | 'done';
export type ReportKind = 'outdated_information' | 'accessibility_feedback' | 'contact';

export interface Report {
	documentId: string;
	kind: ReportKind;
	message: string;
	name: string | null;
	email: string | null;
	subjectType: 'actor' | 'offering' | 'event' | 'page' | 'other' | null;
	subjectDocumentId: string | null;
	subject: { type: 'actor' | 'offering' | 'event'; documentId: string; title: string; slug: string | null; published: boolean } | null;
	pageUrl: string | null;
	handlingState: HandlingState;
	handledAt: string | null;
	officeNote: string | null;
	createdAt: string;
}

export interface Application {
	documentId: string;
	organisationName: string;
	contactName: string;
	email: string;
	phone: string | null;
	municipalityName: string | null;
	message: string | null;
	handlingState: HandlingState;
	handledAt: string | null;
	officeNote: string | null;
	createdAt: string;
}

export type SubmissionKind = 'report' | 'application';

export async function loadInbox(cms: CmsAs) {
	const reply = await cms.rest<{ reports: Report[]; applications: Application[] }>('GET', '/api/office/inbox');
	if (!reply.ok) return { reports: [], applications: [], message: reply.message };
	return { ...reply.data, message: null };
}

export async function setHandlingState(cms: CmsAs, kind: SubmissionKind, documentId: string, handlingState: HandlingState) {
	return cms.rest('POST', `/api/office/inbox/${kind}/${encodeURIComponent(documentId)}/state`, { data: { handlingState } });
}
