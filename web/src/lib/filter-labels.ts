/** Labels of the list filters' chips and the municipality facet's options, in the visitor's language. */
import { m } from './paraglide/messages.js';
import { actorKindLabel } from './labels.ts';
import type { FilterChip } from './facets.ts';

interface Named {
	slug: string;
	name: string;
}

interface TaxonomyLabels {
	municipalities: Named[];
	topics?: Named[];
	targetGroups?: Named[];
	languages: Array<{ code: string; name: string }>;
}

const nameOf = (list: Named[] | undefined, slug: string) => list?.find((item) => item.slug === slug)?.name ?? slug;

export function chipLabel(chip: FilterChip, taxonomies: TaxonomyLabels): string {
	switch (chip.facet) {
		case 'gemeinde':
			return `${m.filter_municipality()}: ${nameOf(taxonomies.municipalities, chip.value)}`;
		case 'thema':
			return `${m.filter_topic()}: ${nameOf(taxonomies.topics, chip.value)}`;
		case 'zielgruppe':
			return `${m.filter_target_group()}: ${nameOf(taxonomies.targetGroups, chip.value)}`;
		case 'sprache':
			return `${m.filter_language()}: ${taxonomies.languages.find((l) => l.code === chip.value)?.name ?? chip.value}`;
		case 'art':
			return `${m.filter_kind()}: ${actorKindLabel(chip.value)}`;
		case 'kostenlos':
			return m.filter_free();
		case 'barrierefrei':
			return m.filter_barrier_free();
		case 'online':
			return m.filter_online();
		case 'nahe':
			return m.filter_near_chip({ name: nameOf(taxonomies.municipalities, chip.value) });
		default:
			return chip.value;
	}
}

/** The municipality facet's options: unitary municipalities, then each Verbandsgemeinde ("all of …") with its members indented. */
export function municipalityOptions(groups: {
	unitary: Named[];
	collective: Array<Named & { memberMunicipalities: Named[] }>;
}): Array<{ value: string; label: string; nested?: boolean }> {
	return [
		...groups.unitary.map((mu) => ({ value: mu.slug, label: mu.name })),
		...groups.collective.flatMap((vg) => [
			{ value: vg.slug, label: m.filter_municipality_whole({ name: vg.name }) },
			...vg.memberMunicipalities.map((member) => ({ value: member.slug, label: member.name, nested: true }))
		])
	];
}
