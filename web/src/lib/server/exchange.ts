/**
 * The members' exchange board (Austausch) through the signed-in person's CMS client: the CMS
 * decides who reads, writes, changes and hides (cms/src/exchange/); this shapes replies and forms.
 */
import { error, fail } from '@sveltejs/kit';
import { isRecord, listOf, withFields, type CallerClient } from '#lib/server/cms/index.ts';
import { KIND_LABELS } from '#lib/exchange/labels.ts';

export type Label = { documentId: string; name: string };
export type ExchangePost = {
	documentId: string;
	kind: string;
	title: string;
	text: string;
	status: string;
	createdAt: string;
	municipality: Label | null;
	topic: Label | null;
	workingGroup: (Label & { slug: string }) | null;
	organisation: Label | null;
	mine: boolean;
	hidden: boolean;
	hiddenReason?: string | null;
	replyCount?: number;
};
export type ExchangeReply = { documentId: string; text: string; createdAt: string; organisation: Label | null };
export type ExchangeOptions = { municipalities: Label[]; topics: Label[]; workingGroups: Array<Label & { slug: string }> };

const isPost = withFields<ExchangePost>({ documentId: 'string', kind: 'string', title: 'string', text: 'string', status: 'string', createdAt: 'string', mine: 'boolean', hidden: 'boolean' });
const isPostWithReplies = withFields<ExchangePost & { replies: ExchangeReply[] }>({ documentId: 'string', title: 'string', text: 'string', replies: 'array' });
const isOptions = withFields<ExchangeOptions>({ municipalities: 'array', topics: 'array', workingGroups: 'array' });

export const FILTER_NAMES = ['kind', 'municipality', 'topic', 'workingGroup', 'status'] as const;
export type Filters = Partial<Record<(typeof FILTER_NAMES)[number], string>> & { page?: string };

/** The list's filters from the page's query string (unknown values are left to the CMS to refuse). */
export function filtersOf(url: URL): Filters {
	const filters: Filters = {};
	for (const name of [...FILTER_NAMES, 'page'] as const) {
		const value = (url.searchParams.get(name) ?? '').trim().slice(0, 64);
		if (value) filters[name] = value;
	}
	return filters;
}

export async function loadOptions(cms: CallerClient): Promise<ExchangeOptions> {
	const reply = await cms.get('/api/exchange/options', isOptions);
	if (!reply.ok) error(reply.status === 403 ? 403 : 400, reply.message);
	return reply.data;
}

export async function loadPosts(cms: CallerClient, filters: Filters) {
	const reply = await cms.get(`/api/exchange/posts?${new URLSearchParams(filters as Record<string, string>)}`, listOf(isPost));
	if (!reply.ok) {
		if (reply.status === 400) return { posts: [] as ExchangePost[], total: 0, pageCount: 0, page: 1, filterError: 'Diese Filter passen nicht. Bitte wählen Sie neu.' };
		error(reply.status === 403 ? 403 : 400, reply.message);
	}
	const pagination = reply.meta?.pagination ?? {};
	return { posts: reply.data, total: pagination.total ?? reply.data.length, pageCount: pagination.pageCount ?? 1, page: pagination.page ?? 1, filterError: null };
}

export async function loadPost(cms: CallerClient, documentId: string) {
	if (!/^[A-Za-z0-9]{1,64}$/.test(documentId)) error(404, 'Beitrag nicht gefunden.');
	const reply = await cms.get(`/api/exchange/posts/${documentId}`, isPostWithReplies);
	if (!reply.ok) error(reply.status === 404 ? 404 : reply.status === 403 ? 403 : 400, reply.status === 404 ? 'Diesen Beitrag gibt es nicht (mehr).' : reply.message);
	return reply.data;
}

export type PostValues = { kind: string; title: string; text: string; municipality: string; topic: string; workingGroup: string };

export function postValues(form: FormData): PostValues {
	const value = (name: string) => String(form.get(name) ?? '').trim();
	return { kind: value('kind'), title: value('title'), text: value('text'), municipality: value('municipality'), topic: value('topic'), workingGroup: value('workingGroup') };
}

/** Checks the site can make before asking the CMS (which checks everything again). */
export function postErrors(values: PostValues): Record<string, string> {
	const errors: Record<string, string> = {};
	if (!(values.kind in KIND_LABELS)) errors.kind = 'Bitte wählen Sie die Art des Beitrags.';
	if (!values.title) errors.title = 'Bitte geben Sie einen Titel ein.';
	else if (values.title.length > 150) errors.title = 'Der Titel darf höchstens 150 Zeichen lang sein.';
	if (!values.text) errors.text = 'Bitte schreiben Sie einen Text.';
	else if (values.text.length > 5000) errors.text = 'Der Text darf höchstens 5000 Zeichen lang sein.';
	return errors;
}

export const postBody = (values: PostValues) => ({
	data: { ...values, municipality: values.municipality || null, topic: values.topic || null, workingGroup: values.workingGroup || null }
});

/** The CMS's per-field notes ("bitte ausfüllen") as sentences for the form. */
export function refusal<V = null>(status: number, message: string, fields: Record<string, string>, values: V = null as V) {
	const errors = Object.fromEntries(Object.entries(fields).map(([name, note]) => [name, `${note.charAt(0).toUpperCase()}${note.slice(1)}.`]));
	return fail(status, { values, errors, message });
}

export const documentIdOf = (form: FormData) => {
	const id = String(form.get('documentId') ?? '');
	return /^[A-Za-z0-9]{1,64}$/.test(id) ? id : null;
};

export { isRecord };
