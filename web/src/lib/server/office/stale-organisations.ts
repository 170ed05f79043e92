import type { StaleEntry } from './stale.ts';

/** The organisations behind the stale entries, once each, by name. */
export function organisationsOf(entries: StaleEntry[]): Array<{ documentId: string; name: string; accounts: number }> {
	const seen = new Map<string, { documentId: string; name: string; accounts: number }>();
	for (const entry of entries) {
		const organisation = entry.type === 'actor' ? { documentId: entry.documentId, name: entry.title } : entry.actor;
		if (organisation && !seen.has(organisation.documentId)) seen.set(organisation.documentId, { ...organisation, accounts: entry.accounts.length });
	}
	return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
