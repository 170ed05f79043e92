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
	/** municipality slugs; a Verbandsgemeinde includes its member municipalities */
	gemeinde: string[];
	/** topic slugs */
	thema: string[];
	/** target group slugs */
	zielgruppe: string[];
	/** ISO 639-1 codes of languages spoken */
	sprache: string[];
	kostenlos: boolean;
	barrierefrei: boolean;
	online: boolean;
	sortierung: OfferingSort;
	/** municipality slug: order by distance from its centre ("near …") instead of `sortierung` */
	nahe?: string;
	seite: number;
}

export interface ActorFacets {
	art: ActorKind[];
	gemeinde: string[];
	sprache: string[];
	/** municipality slug: order by distance from its centre */
	nahe?: string;
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

/** At most this many values per facet are read (a URL cannot make the CMS query unbounded). */
const MAX_VALUES = 40;

/** The first value of a parameter, trimmed. */
function first(params: URLSearchParams, name: string): string | undefined {
	const value = params.get(name);
	if (value === null) return undefined;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
}

/**
 * Every value of a repeated parameter (`thema=a&thema=b`: OR within the facet), lower-cased,
 * malformed ones dropped, each once, in the order given.
 */
function values(params: URLSearchParams, name: string, pattern: RegExp): string[] {
	const found = params
		.getAll(name)
		.map((value) => value.trim().toLowerCase())
		.filter((value) => pattern.test(value));
	return [...new Set(found)].slice(0, MAX_VALUES);
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

const knownMunicipality = (known: KnownValues | undefined, slug: string) => !known || known.municipalities.some((m) => m.slug === slug);
const within = (list: string[] | undefined) => (value: string) => !list || list.includes(value);

export function parseOfferingFacets(params: URLSearchParams, known?: KnownValues): OfferingFacets {
	const sort = first(params, 'sortierung');
	const near = slugParam(params, 'nahe');
	return {
		gemeinde: values(params, 'gemeinde', SLUG).filter((slug) => knownMunicipality(known, slug)),
		thema: values(params, 'thema', SLUG).filter(within(known?.topics)),
		zielgruppe: values(params, 'zielgruppe', SLUG).filter(within(known?.targetGroups)),
		sprache: values(params, 'sprache', LANGUAGE_CODE).filter(within(known?.languages)),
		kostenlos: flag(params, 'kostenlos'),
		barrierefrei: flag(params, 'barrierefrei'),
		online: flag(params, 'online'),
		sortierung: OFFERING_SORTS.includes(sort as OfferingSort) ? (sort as OfferingSort) : 'titel',
		nahe: near && knownMunicipality(known, near) ? near : undefined,
		seite: parsePage(params)
	};
}

export function parseActorFacets(params: URLSearchParams, known?: KnownValues): ActorFacets {
	const near = slugParam(params, 'nahe');
	return {
		art: params.getAll('art').filter((kind): kind is ActorKind => ACTOR_KINDS.includes(kind as ActorKind)).filter((kind, i, all) => all.indexOf(kind) === i),
		gemeinde: values(params, 'gemeinde', SLUG).filter((slug) => knownMunicipality(known, slug)),
		sprache: values(params, 'sprache', LANGUAGE_CODE).filter(within(known?.languages)),
		nahe: near && knownMunicipality(known, near) ? near : undefined,
		seite: parsePage(params)
	};
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

/** Every municipality slug the chosen ones stand for (Verbandsgemeinden with their members), each once. */
export function expandMunicipalities(slugs: string[], municipalities: MunicipalityNode[]): string[] {
	return [...new Set(slugs.flatMap((slug) => expandMunicipality(slug, municipalities)))];
}

const some = (list: string[]) => (list.length > 0 ? list : undefined);

/** The offering list's facets as variables of its document (server/offerings.ts); absent ones filter nothing. */
export interface OfferingFilterVariables {
	/** offerings still valid on this day (YYYY-MM-DD, Berlin): no end date, or ending today or later */
	today: string;
	municipalities?: string[];
	topics?: string[];
	targetGroups?: string[];
	languages?: string[];
	free?: boolean;
	barrierFree?: 'yes';
	deliveryModes?: string[];
}

export function offeringFilter(facets: OfferingFacets, municipalities: MunicipalityNode[], today: string): OfferingFilterVariables {
	const variables: OfferingFilterVariables = { today };
	if (facets.gemeinde.length > 0) variables.municipalities = expandMunicipalities(facets.gemeinde, municipalities);
	if (some(facets.thema)) variables.topics = facets.thema;
	if (some(facets.zielgruppe)) variables.targetGroups = facets.zielgruppe;
	if (some(facets.sprache)) variables.languages = facets.sprache;
	if (facets.kostenlos) variables.free = true;
	if (facets.barrierefrei) variables.barrierFree = 'yes';
	if (facets.online) variables.deliveryModes = ['online', 'hybrid'];
	return variables;
}

/** The actor list's facets as variables of its document (server/actors.ts); absent ones filter nothing. */
export interface ActorFilterVariables {
	kinds?: ActorKind[];
	municipalities?: string[];
	languages?: string[];
}

export function actorFilter(facets: ActorFacets, municipalities: MunicipalityNode[]): ActorFilterVariables {
	const variables: ActorFilterVariables = {};
	if (facets.art.length > 0) variables.kinds = facets.art;
	if (facets.gemeinde.length > 0) variables.municipalities = expandMunicipalities(facets.gemeinde, municipalities);
	if (some(facets.sprache)) variables.languages = facets.sprache;
	return variables;
}

/**
 * The same choice as the CMS's facet counts and positions take it (GET /api/offering-facets,
 * /api/actor-facets …): facet names of the CMS, values repeated; the CMS expands Verbandsgemeinden.
 */
export function offeringSelection(facets: OfferingFacets): URLSearchParams {
	const params = new URLSearchParams();
	for (const slug of facets.gemeinde) params.append('municipality', slug);
	for (const slug of facets.thema) params.append('topic', slug);
	for (const slug of facets.zielgruppe) params.append('targetGroup', slug);
	for (const code of facets.sprache) params.append('language', code);
	if (facets.kostenlos) params.set('free', '1');
	if (facets.barrierefrei) params.set('barrierFree', '1');
	if (facets.online) params.set('online', '1');
	return params;
}

export function actorSelection(facets: ActorFacets): URLSearchParams {
	const params = new URLSearchParams();
	for (const kind of facets.art) params.append('kind', kind);
	for (const slug of facets.gemeinde) params.append('municipality', slug);
	for (const code of facets.sprache) params.append('language', code);
	return params;
}

/** Whether any filter (not sort, "near" or page) is set. */
export function hasOfferingFilters(facets: OfferingFacets): boolean {
	return Boolean(
		facets.gemeinde.length || facets.thema.length || facets.zielgruppe.length || facets.sprache.length || facets.kostenlos || facets.barrierefrei || facets.online
	);
}

export function hasActorFilters(facets: ActorFacets): boolean {
	return Boolean(facets.art.length || facets.gemeinde.length || facets.sprache.length);
}

/** The query string for a list URL with these facets (defaults left out, so URLs stay short). */
export function offeringSearchParams(facets: OfferingFacets, overrides: Partial<OfferingFacets> = {}): string {
	const merged = { ...facets, ...overrides };
	const params = new URLSearchParams();
	for (const slug of merged.gemeinde) params.append('gemeinde', slug);
	for (const slug of merged.thema) params.append('thema', slug);
	for (const slug of merged.zielgruppe) params.append('zielgruppe', slug);
	for (const code of merged.sprache) params.append('sprache', code);
	if (merged.kostenlos) params.set('kostenlos', '1');
	if (merged.barrierefrei) params.set('barrierefrei', '1');
	if (merged.online) params.set('online', '1');
	if (merged.sortierung !== 'titel') params.set('sortierung', merged.sortierung);
	if (merged.nahe) params.set('nahe', merged.nahe);
	if (merged.seite > 1) params.set('seite', String(merged.seite));
	const query = params.toString();
	return query ? `?${query}` : '';
}

export function actorSearchParams(facets: ActorFacets, overrides: Partial<ActorFacets> = {}): string {
	const merged = { ...facets, ...overrides };
	const params = new URLSearchParams();
	for (const kind of merged.art) params.append('art', kind);
	for (const slug of merged.gemeinde) params.append('gemeinde', slug);
	for (const code of merged.sprache) params.append('sprache', code);
	if (merged.nahe) params.set('nahe', merged.nahe);
	if (merged.seite > 1) params.set('seite', String(merged.seite));
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** A chip of an active filter: its label and the list URL without that one value (page back to 1). */
export interface FilterChip {
	facet: string;
	value: string;
	query: string;
}

export function offeringChips(facets: OfferingFacets): FilterChip[] {
	const without = (key: 'gemeinde' | 'thema' | 'zielgruppe' | 'sprache', value: string) =>
		offeringSearchParams(facets, { [key]: facets[key].filter((v) => v !== value), seite: 1 });
	const chips: FilterChip[] = [];
	for (const key of ['gemeinde', 'thema', 'zielgruppe', 'sprache'] as const) {
		for (const value of facets[key]) chips.push({ facet: key, value, query: without(key, value) });
	}
	for (const key of ['kostenlos', 'barrierefrei', 'online'] as const) {
		if (facets[key]) chips.push({ facet: key, value: '1', query: offeringSearchParams(facets, { [key]: false, seite: 1 }) });
	}
	if (facets.nahe) chips.push({ facet: 'nahe', value: facets.nahe, query: offeringSearchParams(facets, { nahe: undefined, seite: 1 }) });
	return chips;
}

export function actorChips(facets: ActorFacets): FilterChip[] {
	const chips: FilterChip[] = [];
	for (const key of ['art', 'gemeinde', 'sprache'] as const) {
		for (const value of facets[key]) {
			chips.push({ facet: key, value, query: actorSearchParams(facets, { [key]: (facets[key] as string[]).filter((v) => v !== value), seite: 1 }) });
		}
	}
	if (facets.nahe) chips.push({ facet: 'nahe', value: facets.nahe, query: actorSearchParams(facets, { nahe: undefined, seite: 1 }) });
	return chips;
}
