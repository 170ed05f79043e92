/**
 * Entries nobody has confirmed for a year: actors and offerings that are online (published, not
 * withdrawn; offerings not ended), oldest confirmation first, never confirmed before all. Events are
 * left out: they carry their own date and leave the public lists once they are over.
 */
import { graphql } from '../../graphql/generated/gql.ts';
import { berlinDate } from '../../i18n.ts';
import { listOf, withFields, type CallerClient } from '../cms/index.ts';

/** The office sees at most this many per type (the oldest); the page says when there are more. */
const LIMIT = 100;

const StaleEntriesQuery = graphql(`
	query StaleEntries($before: DateTime!, $today: Date!, $limit: Int!) {
		actors_connection(
			filters: { withdrawnAt: { null: true }, or: [{ lastConfirmedAt: { null: true } }, { lastConfirmedAt: { lt: $before } }] }
			pagination: { pageSize: $limit }
			sort: ["lastConfirmedAt:asc", "name:asc"]
		) {
			pageInfo {
				total
			}
			nodes {
				documentId
				name
				slug
				lastConfirmedAt
				contact {
					contactPerson
					email
					phone
				}
			}
		}
		offerings_connection(
			filters: {
				withdrawnAt: { null: true }
				and: [
					{ or: [{ lastConfirmedAt: { null: true } }, { lastConfirmedAt: { lt: $before } }] }
					{ or: [{ validUntil: { null: true } }, { validUntil: { gte: $today } }] }
				]
			}
			pagination: { pageSize: $limit }
			sort: ["lastConfirmedAt:asc", "title:asc"]
		) {
			pageInfo {
				total
			}
			nodes {
				documentId
				title
				slug
				lastConfirmedAt
				contact {
					contactPerson
					email
					phone
				}
				actor {
					documentId
					name
					contact {
						email
						phone
					}
				}
			}
		}
	}
`);

export interface Contact {
	person: string | null;
	email: string | null;
	phone: string | null;
}

export interface StaleEntry {
	type: 'actor' | 'offering';
	documentId: string;
	title: string;
	slug: string | null;
	lastConfirmedAt: string | null;
	contact: Contact;
	/** the organisation behind an offering, for offerings */
	actor: { documentId: string; name: string } | null;
	/** e-mail addresses of the organisation's active member accounts */
	accounts: string[];
}

type Account = { email: string; blocked: boolean; actor: { documentId: string } | null };
const isAccounts = listOf(withFields<Account>({ email: 'string', blocked: 'boolean', actor: 'object?' }));

/** Twelve months before `now`, as the cut-off for "not confirmed for a year". */
export function staleBefore(now: Date = new Date()): Date {
	const before = new Date(now);
	before.setUTCFullYear(before.getUTCFullYear() - 1);
	return before;
}

const oldestFirst = (a: StaleEntry, b: StaleEntry) =>
	(a.lastConfirmedAt ?? '').localeCompare(b.lastConfirmedAt ?? '') || a.title.localeCompare(b.title, 'de');

export async function loadStaleEntries(cms: CallerClient, now: Date = new Date()) {
	const [data, accountsReply] = await Promise.all([
		cms.graphql(StaleEntriesQuery, { before: staleBefore(now).toISOString(), today: berlinDate(now), limit: LIMIT }),
		cms.get('/api/accounts', isAccounts)
	]);
	const accounts = new Map<string, string[]>();
	for (const account of accountsReply.ok ? accountsReply.data : []) {
		if (account.blocked || !account.actor) continue;
		accounts.set(account.actor.documentId, [...(accounts.get(account.actor.documentId) ?? []), account.email]);
	}
	const actors: StaleEntry[] = (data.actors_connection?.nodes ?? []).map((node) => ({
		type: 'actor',
		documentId: node.documentId,
		title: node.name,
		slug: node.slug ?? null,
		lastConfirmedAt: node.lastConfirmedAt ?? null,
		contact: { person: node.contact?.contactPerson ?? null, email: node.contact?.email ?? null, phone: node.contact?.phone ?? null },
		actor: null,
		accounts: accounts.get(node.documentId) ?? []
	}));
	const offerings: StaleEntry[] = (data.offerings_connection?.nodes ?? []).map((node) => ({
		type: 'offering',
		documentId: node.documentId,
		title: node.title,
		slug: node.slug ?? null,
		lastConfirmedAt: node.lastConfirmedAt ?? null,
		// The offering's own contact, else its organisation's.
		contact: {
			person: node.contact?.contactPerson ?? null,
			email: node.contact?.email ?? node.actor?.contact?.email ?? null,
			phone: node.contact?.phone ?? node.actor?.contact?.phone ?? null
		},
		actor: node.actor ? { documentId: node.actor.documentId, name: node.actor.name } : null,
		accounts: node.actor ? (accounts.get(node.actor.documentId) ?? []) : []
	}));
	return {
		entries: [...actors, ...offerings].sort(oldestFirst),
		totals: { actors: data.actors_connection?.pageInfo.total ?? 0, offerings: data.offerings_connection?.pageInfo.total ?? 0 },
		limit: LIMIT,
		accountsKnown: accountsReply.ok
	};
}

/** "Send reminder now" for one organisation (office only, logged; cms/src/reminders/send.ts). */
export async function sendReminderNow(cms: CallerClient, actorDocumentId: string) {
	return cms.write('POST', `/api/office/reminders/${encodeURIComponent(actorDocumentId)}`);
}

