/**
 * The choices of the edit forms' relation fields (topics, target groups, languages, municipalities,
 * working groups), by documentId, from the CMS's public GraphQL API.
 */
import { cms } from '../cms/index.ts';
import { graphql } from '../../graphql/generated/gql.ts';
import type { Option, Taxonomy } from '../../area/entry-forms.ts';
import { ttlCache } from '../cache.ts';
import { groupMunicipalities, type MunicipalityGroup } from '../../area/municipality-groups.ts';

const OptionsQuery = graphql(`
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
			parent {
				documentId
			}
			location {
				latitude
				longitude
			}
		}
		workingGroups(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
			documentId
			name
		}
	}
`);


export type EditOptions = Record<Taxonomy, Option[]> & {
	/** municipalities by Verbandsgemeinde, for the grouped checkboxes */
	municipalityGroups: MunicipalityGroup[];
	/** municipality centres by documentId: the map picker's dots and "take the municipality's centre" */
	municipalityCentres: Record<string, { name: string; latitude: number; longitude: number }>;
};

const cache = ttlCache<'all', EditOptions>(60_000, async () => {
		const reply = await cms.request(OptionsQuery);
		// GraphQL lists may hold nulls (entries the caller cannot see)
		const options = (rows: Array<{ documentId: string; name: string } | null>) => rows.flatMap((row) => (row ? [[row.documentId, row.name] as const] : []));
		return {
			topic: options(reply.topics),
			targetGroup: options(reply.targetGroups),
			language: options(reply.languages),
			municipality: options(reply.municipalities.map((row) => row && { ...row, name: row.kind === 'collective_municipality' ? `${row.name} (Verbandsgemeinde, ganz)` : row.name })),
			workingGroup: options(reply.workingGroups),
			municipalityGroups: groupMunicipalities(reply.municipalities.flatMap((row) => (row ? [{ documentId: row.documentId, name: row.name, kind: row.kind, parent: row.parent?.documentId ?? null }] : []))),
			municipalityCentres: Object.fromEntries(
				reply.municipalities.flatMap((row) =>
					row?.location?.latitude != null && row.location.longitude != null ? [[row.documentId, { name: row.name, latitude: row.location.latitude, longitude: row.location.longitude }]] : []
				)
			)
		};
});

export const editOptions = () => cache.get('all');
