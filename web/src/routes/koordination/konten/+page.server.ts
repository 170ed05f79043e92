import { fail } from '@sveltejs/kit';
import { groupAccounts, inviteErrors, isAccountList } from '#lib/server/areas/accounts.ts';
import { listOf, withFields, type CallerClient } from '#lib/server/cms/index.ts';
import type { Actions, PageServerLoad } from './$types';

/** How many organisations the picker lists at once; the search field narrows all of them down. */
const PICKER_SIZE = 50;

/** The organisation picker's search (`?organisation=`): any part of the name, case-insensitive. */
function actorQuery(search: string): string {
	const query = new URLSearchParams({ 'fields[0]': 'name', sort: 'name:asc', 'pagination[pageSize]': String(PICKER_SIZE), 'pagination[withCount]': 'true' });
	if (search) query.set('filters[name][$containsi]', search);
	return `/api/actors?${query}`;
}

/** Accounts of the member organisations and the office; inviting, deactivating, reactivating. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const cms = locals.cms!;
	const search = (url.searchParams.get('organisation') ?? '').trim().slice(0, 100);
	const [accounts, actors] = await Promise.all([
		cms.get('/api/accounts', isAccountList),
		cms.get(actorQuery(search), listOf(withFields<{ documentId: string; name: string }>({ documentId: 'string', name: 'string' })))
	]);
	const listed = (actors.ok ? actors.data : []).map(({ documentId, name }) => ({ documentId, name }));
	return {
		groups: groupAccounts(accounts.ok ? accounts.data : []),
		actors: listed,
		actorTotal: actors.ok ? (actors.meta?.pagination?.total ?? listed.length) : 0,
		search,
		ownId: locals.session!.userId
	};
};

const ID = /^\d{1,10}$/;

async function setBlocked(request: Request, cms: CallerClient, blocked: boolean) {
	const form = await request.formData();
	const id = String(form.get('id') ?? '');
	const email = String(form.get('email') ?? '').slice(0, 254);
	if (!ID.test(id)) return fail(400, { message: 'Das Formular ist unvollständig. Bitte laden Sie die Seite neu.', errors: {} as Record<string, string> });
	const reply = await cms.write('POST', `/api/accounts/${id}/${blocked ? 'deactivate' : 'activate'}`, {});
	if (!reply.ok) {
		const message = blocked && reply.status === 400 ? 'Ihr eigenes Konto können Sie nicht deaktivieren.' : reply.message;
		return fail(reply.status, { message, errors: {} as Record<string, string> });
	}
	return { success: blocked ? `Deaktiviert: ${email}. Die Person ist sofort abgemeldet und kann sich nicht mehr anmelden.` : `Wieder aktiviert: ${email}.` };
}

export const actions: Actions = {
	einladen: async ({ request, locals }) => {
		const form = await request.formData();
		const values = {
			email: String(form.get('email') ?? '').trim(),
			role: String(form.get('role') ?? ''),
			actorDocumentId: String(form.get('actorDocumentId') ?? '')
		};
		const errors: Record<string, string> = {};
		if (!values.email) errors.email = 'Bitte geben Sie die E-Mail-Adresse der Person ein.';
		else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email) || values.email.length > 254) errors.email = 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.';
		if (values.role !== 'member' && values.role !== 'coordination') errors.role = 'Bitte wählen Sie eine Rolle.';
		if (values.role === 'member' && !values.actorDocumentId) errors.actorDocumentId = 'Bitte wählen Sie die Organisation, für die die Person arbeitet.';
		if (Object.keys(errors).length > 0) return fail(400, { values, errors, message: null });

		const body = { email: values.email, role: values.role, ...(values.role === 'member' ? { actorDocumentId: values.actorDocumentId } : {}) };
		const reply = await locals.cms!.write('POST', '/api/accounts', body);
		if (!reply.ok) return fail(reply.status, { values, errors: inviteErrors(reply.fields), message: reply.message });
		return { success: `Eingeladen: ${values.email}. Die Person bekommt eine E-Mail mit einem Link, über den sie ihr Passwort festlegt.` };
	},
	deaktivieren: ({ request, locals }) => setBlocked(request, locals.cms!, true),
	aktivieren: ({ request, locals }) => setBlocked(request, locals.cms!, false)
};
