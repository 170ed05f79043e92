/**
 * The district's municipalities (with the Verbandsgemeinde hierarchy), topics, target groups and
 * languages, with their labels in one locale. Used by facets, tiles and labels on many pages, so
 * cached for a minute per locale.
 */
import { cms } from './cms/index.ts';
import { graphql } from '../graphql/generated/gql.ts';
import type { Locale } from '../i18n.ts';
import type { MunicipalityNode } from '../facets.ts';
import { ttlCache } from './cache.ts';
import type { Position } from '../geo.ts';

const TaxonomiesQuery = graphql(`
	query Taxonomies($locale: String!) {
		municipalities(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
			slug
			name
			kind
			location {
				latitude
				longitude
			}
			parent {
				slug
			}
			members(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
				slug
			}
		}
		topics(pagination: { pageSize: 100 }, sort: ["sortOrder:asc", "name:asc"]) {
			slug
			name
			localized(locale: $locale) {
				name
				description
				fallbackFields
			}
		}
		targetGroups(pagination: { pageSize: 100 }, sort: ["sortOrder:asc", "name:asc"]) {
			slug
			name
			localized(locale: $locale) {
				name
				fallbackFields
			}
		}
		languages(pagination: { pageSize: 100 }, sort: ["name:asc"]) {
			code
			name
			nativeName
			localized(locale: $locale) {
				name
				fallbackFields
			}
		}
	}
`);

export interface Label {
	slug: string;
	name: string;
	/** the label is the German one (no translation in this locale) */
	fallback: boolean;
	description?: string | null;
}

export interface LanguageLabel {
	code: string;
	name: string;
	nativeName: string | null;
	fallback: boolean;
}

export interface Municipality extends MunicipalityNode {
	name: string;
	parent: string | null;
	/** the centre (seed: cms/src/seed/data/municipalities.ts) */
	position: Position | null;
}

export interface Taxonomies {
	municipalities: Municipality[];
	topics: Label[];
	targetGroups: Label[];
	languages: LanguageLabel[];
}

const cache = ttlCache<Locale, Taxonomies>(60_000, async (locale) => {
	const data = await cms.request(TaxonomiesQuery, { locale });
	return {
		municipalities: data.municipalities.flatMap((m) =>
			m?.slug
				? [
						{
							slug: m.slug,
							name: m.name,
							kind: m.kind,
							parent: m.parent?.slug ?? null,
							position: m.location ? { latitude: Number(m.location.latitude), longitude: Number(m.location.longitude) } : null,
							members: m.members.flatMap((member) => (member?.slug ? [member.slug] : []))
						}
					]
				: []
		),
		topics: data.topics.flatMap((t) =>
			t?.slug
				? [{ slug: t.slug, name: t.localized.name ?? t.name, fallback: t.localized.fallbackFields.includes('name'), description: t.localized.description }]
				: []
		),
		targetGroups: data.targetGroups.flatMap((t) =>
			t?.slug ? [{ slug: t.slug, name: t.localized.name ?? t.name, fallback: t.localized.fallbackFields.includes('name') }] : []
		),
		languages: data.languages.flatMap((l) =>
			l ? [{ code: l.code, name: l.localized.name ?? l.name, nativeName: l.nativeName ?? null, fallback: l.localized.fallbackFields.includes('name') }] : []
		)
	};
});

export function getTaxonomies(locale: Locale): Promise<Taxonomies> {
	return cache.get(locale);
}

/** Municipalities as the facet and the /gemeinden page show them: unitary ones, then each Verbandsgemeinde with its members. */
export function municipalityGroups(municipalities: Municipality[]) {
	const bySlug = new Map(municipalities.map((m) => [m.slug, m]));
	const unitary = municipalities.filter((m) => m.kind === 'unitary_municipality');
	const collective = municipalities
		.filter((m) => m.kind === 'collective_municipality')
		.map((vg) => ({
			...vg,
			memberMunicipalities: vg.members.map((slug) => bySlug.get(slug)).filter((m): m is Municipality => Boolean(m))
		}));
	return { unitary, collective };
}

export function labelOf(labels: Label[], slug: string | null | undefined): Label | undefined {
	return slug ? labels.find((label) => label.slug === slug) : undefined;
}
