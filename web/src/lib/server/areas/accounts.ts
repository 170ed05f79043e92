/** The accounts list of the office (GET /api/accounts), grouped by organisation, and invite errors in German. */
import { listOf, withFields } from '../cms/shape.ts';

export interface Account {
	id: number;
	email: string;
	blocked: boolean;
	role: string | null;
	actor: { documentId: string; name: string } | null;
}

/** Narrows GET /api/accounts at the door. */
export const isAccountList = listOf(withFields<Account>({ id: 'number', email: 'string', blocked: 'boolean', role: 'string?', actor: 'object?' }));

export interface AccountGroup {
	key: string;
	heading: string;
	accounts: Account[];
}

/** The office first, then each member organisation by name, then accounts without one. */
export function groupAccounts(accounts: Account[]): AccountGroup[] {
	const office = accounts.filter((account) => account.role === 'coordination');
	const byActor = new Map<string, AccountGroup>();
	const loose: Account[] = [];
	for (const account of accounts) {
		if (account.role === 'coordination') continue;
		if (!account.actor) {
			loose.push(account);
			continue;
		}
		const group = byActor.get(account.actor.documentId) ?? { key: account.actor.documentId, heading: account.actor.name, accounts: [] };
		group.accounts.push(account);
		byActor.set(account.actor.documentId, group);
	}
	return [
		...(office.length > 0 ? [{ key: 'office', heading: 'Koordinierungsstelle', accounts: office }] : []),
		...[...byActor.values()].sort((a, b) => a.heading.localeCompare(b.heading, 'de')),
		...(loose.length > 0 ? [{ key: 'none', heading: 'Ohne Organisation', accounts: loose }] : [])
	];
}

const KNOWN: Record<string, Array<[RegExp, string]>> = {
	email: [
		[/already exists|schon ein Konto/i, 'Für diese E-Mail-Adresse gibt es schon ein Konto.'],
		[/gültig|valid|email/i, 'Bitte geben Sie eine gültige E-Mail-Adresse ein.']
	],
	role: [[/./, 'Bitte wählen Sie eine Rolle.']],
	actorDocumentId: [
		[/unknown|unbekannt/i, 'Diese Organisation gibt es nicht (mehr). Bitte wählen Sie eine aus der Liste.'],
		[/./, 'Bitte wählen Sie die Organisation, für die die Person arbeitet.']
	]
};

/** The CMS's field messages for an invitation, as plain German sentences. */
export function inviteErrors(fields: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [field, message] of Object.entries(fields)) {
		const match = KNOWN[field]?.find(([pattern]) => pattern.test(message));
		out[field] = match ? match[1] : message;
	}
	return out;
}
