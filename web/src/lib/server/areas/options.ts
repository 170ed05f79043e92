/**
 * The choices of the edit forms' relation fields (topics, target groups, languages, municipalities,
 * working groups), by documentId, from the CMS's public GraphQL API.
 */
import { cms } from '../../cms.ts';
import type { Option, Taxonomy } from '../../area/entry-forms.ts';
import { ttlCache } from '../cache.ts';

const OptionsQuery = /* GraphQL */ `
	query EditOptions {
		topics(pagination: { pageSize: 100 }, sort: ["sortOrder:asc", "name:asc"]) {
			documentId
			name
		}
		targetGroups(pagination: { pageSize: 100 }, sort: ["sortOrder:asc", "name:asc"]) {
			documentId
			name
		}
		languages(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
			documentId
			name
		}
		municipalities(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
			documentId
			name
			kind
		}
		workingGroups(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
			documentId
			name
		}
	}
`;

type Row = { documentId: string; name: string; kind?: string };
type Reply = Record<'topics' | 'targetGroups' | 'languages' | 'municipalities' | 'workingGroups', Row[]>;

export type EditOptions = Record<Taxonomy, Option[]>;

const cache = ttlCache<'all', EditOptions>(60_000, async () => {
		const reply = await cms.request<Reply>(OptionsQuery);
		const options = (rows: Row[]) => rows.map((row) => [row.documentId, row.name] as const);
		return {
			topic: options(reply.topics),
			targetGroup: options(reply.targetGroups),
			language: options(reply.languages),
			municipality: reply.municipalities.map((row) => [row.documentId, row.kind === 'collective_municipality' ? `${row.name} (Verbandsgemeinde, ganz)` : row.name] as const),
			workingGroup: options(reply.workingGroups)
		};
});

export const editOptions = () => cache.get('all');
