/**
 * The office's inbox: public reports and membership applications with their handling state. The
 * state is private in the CMS (the generic REST strips it), so these are the CMS's office routes.
 */
import { listOf, withFields, type CallerClient } from '../cms/index.ts';

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
	/** the office's decision (accept: the organisation's draft actor; decline: the reason the applicant got) */
	decision?: 'accepted' | 'declined' | null;
	declineReason?: string | null;
	actorDocumentId?: string | null;
}

const isInbox = withFields<{ reports: Report[]; applications: Application[] }>({ reports: 'array', applications: 'array' });
const isReport = withFields<Report>({ documentId: 'string', kind: 'string', handlingState: 'string' });
const isApplication = withFields<Application>({ documentId: 'string', handlingState: 'string' });
const isInboxAnswer = (value: unknown): value is { reports: Report[]; applications: Application[] } =>
	isInbox(value) && listOf(isReport)(value.reports) && listOf(isApplication)(value.applications);

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

const isPageInfo = withFields<PageInfo>({ page: 'number', pageSize: 'number', total: 'number', pageCount: 'number' });
const isInboxPage = (value: unknown): value is InboxPage =>
	isInboxAnswer(value) &&
	withFields<{ pagination: InboxPage['pagination']; counts: InboxPage['counts'] }>({ pagination: 'object', counts: 'object' })(value) &&
	isPageInfo(value.pagination.reports) &&
	isPageInfo(value.pagination.applications) &&
	withFields<InboxPage['counts']>({ open: 'number', done: 'number' })(value.counts);

/** How many reports and applications one page of the inbox shows. */
export const INBOX_PAGE_SIZE = 25;

/** One page of the open (or done) reports and of the applications, with the totals. */
export async function loadInbox(cms: CallerClient, state: HandlingState, pages: { reports: number; applications: number }) {
	const query = new URLSearchParams({ state, reportsPage: String(pages.reports), applicationsPage: String(pages.applications), pageSize: String(INBOX_PAGE_SIZE) });
	const reply = await cms.get(`/api/office/inbox?${query}`, isInboxPage);
	if (!reply.ok) {
		const none = { page: 1, pageSize: INBOX_PAGE_SIZE, total: 0, pageCount: 0 };
		return { reports: [], applications: [], pagination: { reports: none, applications: none }, counts: { open: 0, done: 0 }, message: reply.message };
	}
	return { ...reply.data, message: null };
}

export async function setHandlingState(cms: CallerClient, kind: SubmissionKind, documentId: string, handlingState: HandlingState) {
	return cms.write('POST', `/api/office/inbox/${kind}/${encodeURIComponent(documentId)}/state`, { data: { handlingState } });
}

/** Accept: the CMS creates the organisation as an unpublished actor and invites its first account (one transaction). */
export async function acceptApplication(cms: CallerClient, documentId: string) {
	return cms.write('POST', `/api/office/applications/${encodeURIComponent(documentId)}/accept`);
}

/** Decline with a reason, which the CMS mails to the applicant. */
export async function declineApplication(cms: CallerClient, documentId: string, reason: string) {
	return cms.write('POST', `/api/office/applications/${encodeURIComponent(documentId)}/decline`, { data: { reason } });
}
