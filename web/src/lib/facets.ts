/**
 * Facets of the offerings and actors lists: parsed from the query string of a GET form (so that
 * every filter works without JavaScript and every URL is shareable), checked against the known
 * values, and mapped to the scalar variables of the lists' trusted GraphQL documents (the filters
 * are written in the documents; a variable left out filters nothing). Unknown or malformed
 * parameters are ignored.
 */

export const PAGE_SIZE = 20;
/** Far beyond any real page count, and safely inside GraphQL's Int. */
const MAX_PAGE = 10_000;

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

export type OfferingSort = 'titel' | 'bestaetigt';
export const OFFERING_SORTS: readonly OfferingSort[] = ['titel', 'bestaetigt'];

export const ACTOR_KINDS = [
	'counselling_service',
	'association',
	'church',
	'administration',
	'shelter',
	'support_service',
	'education_provider',
	'initiative',
	'volunteer_guide',
	'other'
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface OfferingFacets {
	/** municipality slug; a Verbandsgemeinde includes its member municipalities */
	gemeinde?: string;
	/** topic slug */
	thema?: string;
	/** target group slug */
	zielgruppe?: string;
	/** ISO 639-1 code of a language spoken */
	sprache?: string;
	kostenlos: boolean;
	barrierefrei: boolean;
	online: boolean;
	sortierung: OfferingSort;
	seite: number;
}

export interface ActorFacets {
	art?: ActorKind;
	gemeinde?: string;
	sprache?: string;
	seite: number;
}

/** The values that exist, to drop unknown ones (a stale bookmark must not end in "0 results"). */
export interface KnownValues {
	municipalities: MunicipalityNode[];
	topics?: string[];
	targetGroups?: string[];
	languages: string[];
}

export interface MunicipalityNode {
	slug: string;
	kind: 'unitary_municipality' | 'collective_municipality' | 'member_municipality';
	members: string[];
}

/** The first value of a parameter, trimmed; repeated parameters beyond the first are ignored. */
function first(params: URLSearchParams, name: string): string | undefined {
	const value = params.get(name);
	if (value === null) return undefined;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
}

function slugParam(params: URLSearchParams, name: string): string | undefined {
	const value = first(params, name)?.toLowerCase();
	return value && SLUG.test(value) ? value : undefined;
}

function flag(params: URLSearchParams, name: string): boolean {
	const value = first(params, name)?.toLowerCase();
	return value === '1' || value === 'true' || value === 'ja' || value === 'on';
}

export function parsePage(params: URLSearchParams, name = 'seite'): number {
	const value = first(params, name);
	if (!value || !/^\d{1,9}$/.test(value)) return 1;
	return Math.min(Math.max(Number(value), 1), MAX_PAGE);
}

export function parseOfferingFacets(params: URLSearchParams, known?: KnownValues): OfferingFacets {
	const sort = first(params, 'sortierung');
	const language = first(params, 'sprache')?.toLowerCase();
	const facets: OfferingFacets = {
		gemeinde: slugParam(params, 'gemeinde'),
		thema: slugParam(params, 'thema'),
		zielgruppe: slugParam(params, 'zielgruppe'),
		sprache: language && LANGUAGE_CODE.test(language) ? language : undefined,
		kostenlos: flag(params, 'kostenlos'),
		barrierefrei: flag(params, 'barrierefrei'),
		online: flag(params, 'online'),
		sortierung: OFFERING_SORTS.includes(sort as OfferingSort) ? (sort as OfferingSort) : 'titel',
		seite: parsePage(params)
	};
	if (known) {
		if (facets.gemeinde && !known.municipalities.some((m) => m.slug === facets.gemeinde)) facets.gemeinde = undefined;
		if (facets.thema && known.topics && !known.topics.includes(facets.thema)) facets.thema = undefined;
		if (facets.zielgruppe && known.targetGroups && !known.targetGroups.includes(facets.zielgruppe)) facets.zielgruppe = undefined;
		if (facets.sprache && !known.languages.includes(facets.sprache)) facets.sprache = undefined;
	}
	return facets;
}

export function parseActorFacets(params: URLSearchParams, known?: KnownValues): ActorFacets {
	const kind = first(params, 'art');
	const language = first(params, 'sprache')?.toLowerCase();
	const facets: ActorFacets = {
		art: ACTOR_KINDS.includes(kind as ActorKind) ? (kind as ActorKind) : undefined,
		gemeinde: slugParam(params, 'gemeinde'),
		sprache: language && LANGUAGE_CODE.test(language) ? language : undefined,
		seite: parsePage(params)
	};
	if (known) {
		if (facets.gemeinde && !known.municipalities.some((m) => m.slug === facets.gemeinde)) facets.gemeinde = undefined;
		if (facets.sprache && !known.languages.includes(facets.sprache)) facets.sprache = undefined;
	}
	return facets;
}

/**
 * The municipality slugs a choice stands for: a Verbandsgemeinde (collective municipality) and
 * all its member municipalities; any other municipality just itself.
 */
export function expandMunicipality(slug: string, municipalities: MunicipalityNode[]): string[] {
	const node = municipalities.find((m) => m.slug === slug);
	if (node?.kind === 'collective_municipality') return [slug, ...node.members.filter((member) => member !== slug)];
	return [slug];
}

/** The offering list's facets as variables of its document (server/offerings.ts); absent ones filter nothing. */
export interface OfferingFilterVariables {
	/** offerings still valid on this day (YYYY-MM-DD, Berlin): no end date, or ending today or later */
	today: string;
	municipalities?: string[];
	topic?: string;
	targetGroup?: string;
	language?: string;
	free?: boolean;
	barrierFree?: 'yes';
	deliveryModes?: string[];
}

export function offeringFilter(facets: OfferingFacets, municipalities: MunicipalityNode[], today: string): OfferingFilterVariables {
	const variables: OfferingFilterVariables = { today };
	if (facets.gemeinde) variables.municipalities = expandMunicipality(facets.gemeinde, municipalities);
	if (facets.thema) variables.topic = facets.thema;
	if (facets.zielgruppe) variables.targetGroup = facets.zielgruppe;
	if (facets.sprache) variables.language = facets.sprache;
	if (facets.kostenlos) variables.free = true;
	if (facets.barrierefrei) variables.barrierFree = 'yes';
	if (facets.online) variables.deliveryModes = ['online', 'hybrid'];
	return variables;
}

/** The actor list's facets as variables of its document (server/actors.ts); absent ones filter nothing. */
export interface ActorFilterVariables {
	kind?: ActorKind;
	municipalities?: string[];
	language?: string;
}

export function actorFilter(facets: ActorFacets, municipalities: MunicipalityNode[]): ActorFilterVariables {
	const variables: ActorFilterVariables = {};
	if (facets.art) variables.kind = facets.art;
	if (facets.gemeinde) variables.municipalities = expandMunicipality(facets.gemeinde, municipalities);
	if (facets.sprache) variables.language = facets.sprache;
	return variables;
}

/** Whether any filter (not sort or page) is set. */
export function hasOfferingFilters(facets: OfferingFacets): boolean {
	return Boolean(facets.gemeinde || facets.thema || facets.zielgruppe || facets.sprache || facets.kostenlos || facets.barrierefrei || facets.online);
}

/** The query string for a list URL with these facets (defaults left out, so URLs stay short). */
export function offeringSearchParams(facets: OfferingFacets, overrides: Partial<OfferingFacets> = {}): string {
	const merged = { ...facets, ...overrides };
	const params = new URLSearchParams();
	if (merged.gemeinde) params.set('gemeinde', merged.gemeinde);
	if (merged.thema) params.set('thema', merged.thema);
	if (merged.zielgruppe) params.set('zielgruppe', merged.zielgruppe);
	if (merged.sprache) params.set('sprache', merged.sprache);
	if (merged.kostenlos) params.set('kostenlos', '1');
	if (merged.barrierefrei) params.set('barrierefrei', '1');
	if (merged.online) params.set('online', '1');
	if (merged.sortierung !== 'titel') params.set('sortierung', merged.sortierung);
	if (merged.seite > 1) params.set('seite', String(merged.seite));
	const query = params.toString();
	return query ? `?${query}` : '';
}

export function actorSearchParams(facets: ActorFacets, overrides: Partial<ActorFacets> = {}): string {
	const merged = { ...facets, ...overrides };
	const params = new URLSearchParams();
	if (merged.art) params.set('art', merged.art);
	if (merged.gemeinde) params.set('gemeinde', merged.gemeinde);
	if (merged.sprache) params.set('sprache', merged.sprache);
	if (merged.seite > 1) params.set('seite', String(merged.seite));
	const query = params.toString();
	return query ? `?${query}` : '';
}
