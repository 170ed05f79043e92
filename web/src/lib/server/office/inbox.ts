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

export interface PageInfo {
	page: number;
	pageSize: number;
	total: number;
	pageCount: number;
}

export interface InboxPage {
	reports: Report[];
	applications: Application[];
	pagination: { reports: PageInfo; applications: PageInfo };
	counts: { open: number; done: number };
}

/** How many reports and applications one page of the inbox shows. */
export const INBOX_PAGE_SIZE = 25;

/** One page of the open (or done) reports and of the applications, with the totals. */
export async function loadInbox(cms: CmsAs, state: HandlingState, pages: { reports: number; applications: number }) {
	const query = new URLSearchParams({ state, reportsPage: String(pages.reports), applicationsPage: String(pages.applications), pageSize: String(INBOX_PAGE_SIZE) });
	const reply = await cms.rest<InboxPage>('GET', `/api/office/inbox?${query}`);
	if (!reply.ok) {
		const none = { page: 1, pageSize: INBOX_PAGE_SIZE, total: 0, pageCount: 0 };
		return { reports: [], applications: [], pagination: { reports: none, applications: none }, counts: { open: 0, done: 0 }, message: reply.message };
	}
	return { ...reply.data, message: null };
}

export async function setHandlingState(cms: CmsAs, kind: SubmissionKind, documentId: string, handlingState: HandlingState) {
	return cms.rest('POST', `/api/office/inbox/${kind}/${encodeURIComponent(documentId)}/state`, { data: { handlingState } });
}
