import { describe, expect, it } from 'vitest';
import {
	actorChips,
	actorFilter,
	actorSelection,
	expandMunicipality,
	offeringChips,
	offeringSelection,
	offeringFilter,
	offeringSearchParams,
	parseActorFacets,
	parseOfferingFacets,
	parsePage,
	type MunicipalityNode
} from './facets.ts';

const municipalities: MunicipalityNode[] = [
	{ slug: 'haldensleben', kind: 'unitary_municipality', members: [] },
	{ slug: 'verbandsgemeinde-elbe-heide', kind: 'collective_municipality', members: ['angern', 'rogaetz', 'zielitz'] },
	{ slug: 'angern', kind: 'member_municipality', members: [] },
	{ slug: 'rogaetz', kind: 'member_municipality', members: [] },
	{ slug: 'zielitz', kind: 'member_municipality', members: [] }
];
const known = { municipalities, topics: ['wohnen', 'sprache-bildung'], targetGroups: ['frauen'], languages: ['ar', 'de', 'uk'] };
const params = (query: string) => new URLSearchParams(query);
const TODAY = '2026-11-26';

describe('parsing facets from the query string', () => {
	it('reads every facet', () => {
		const facets = parseOfferingFacets(
			params('gemeinde=haldensleben&thema=wohnen&zielgruppe=frauen&sprache=ar&kostenlos=1&barrierefrei=1&online=1&sortierung=bestaetigt&seite=3'),
			known
		);
		expect(facets).toEqual({
			gemeinde: ['haldensleben'],
			thema: ['wohnen'],
			zielgruppe: ['frauen'],
			sprache: ['ar'],
			kostenlos: true,
			barrierefrei: true,
			online: true,
			sortierung: 'bestaetigt',
			nahe: undefined,
			seite: 3
		});
	});

	it('ignores unknown and malformed values instead of failing; repeated values add up', () => {
		const facets = parseOfferingFacets(
			params('gemeinde=%00&thema=unbekannt&zielgruppe=<script>&sprache=xx&kostenlos=vielleicht&sortierung=drop+table&seite=-4&thema=wohnen'),
			known
		);
		expect(facets).toEqual({
			gemeinde: [],
			thema: ['wohnen'],
			zielgruppe: [],
			sprache: [],
			kostenlos: false,
			barrierefrei: false,
			online: false,
			sortierung: 'titel',
			nahe: undefined,
			seite: 1
		});
	});

	it('reads several values per facet, each once, and "near" a known municipality', () => {
		const facets = parseOfferingFacets(params('thema=wohnen&thema=sprache-bildung&thema=wohnen&sprache=AR&sprache=uk&nahe=angern'), known);
		expect(facets.thema).toEqual(['wohnen', 'sprache-bildung']);
		expect(facets.sprache).toEqual(['ar', 'uk']);
		expect(facets.nahe).toBe('angern');
		expect(parseOfferingFacets(params('nahe=atlantis'), known).nahe).toBeUndefined();
		// a URL cannot ask for unbounded lists
		const many = new URLSearchParams(Array.from({ length: 100 }, (_, i) => ['gemeinde', `ort-${i}`]));
		expect(parseOfferingFacets(many).gemeinde.length).toBeLessThanOrEqual(40);
	});

	it('keeps page numbers inside GraphQL Int', () => {
		expect(parsePage(params('seite=2'))).toBe(2);
		expect(parsePage(params('seite=99999999999999'))).toBe(1);
		expect(parsePage(params('seite=999999999'))).toBe(10000);
		expect(parsePage(params('seite=1e3'))).toBe(1);
		expect(parsePage(params(''))).toBe(1);
	});

	it('parses actor facets', () => {
		expect(parseActorFacets(params('art=church&art=shelter&gemeinde=angern&sprache=uk&seite=2'), known)).toEqual({
			art: ['church', 'shelter'],
			gemeinde: ['angern'],
			sprache: ['uk'],
			nahe: undefined,
			seite: 2
		});
		expect(parseActorFacets(params('art=spaceship&gemeinde=atlantis'), known)).toEqual({
			art: [],
			gemeinde: [],
			sprache: [],
			nahe: undefined,
			seite: 1
		});
	});
});

describe('municipality hierarchy', () => {
	it('expands a Verbandsgemeinde to itself and its members', () => {
		expect(expandMunicipality('verbandsgemeinde-elbe-heide', municipalities)).toEqual([
			'verbandsgemeinde-elbe-heide',
			'angern',
			'rogaetz',
			'zielitz'
		]);
	});

	it('keeps any other municipality as it is', () => {
		expect(expandMunicipality('angern', municipalities)).toEqual(['angern']);
		expect(expandMunicipality('haldensleben', municipalities)).toEqual(['haldensleben']);
		expect(expandMunicipality('unknown', municipalities)).toEqual(['unknown']);
	});
});

describe('facets → variables of the lists’ documents', () => {
	const none = parseOfferingFacets(params(''));

	it('always excludes offerings past their end date, and filters nothing else without facets', () => {
		expect(offeringFilter(none, municipalities, TODAY)).toEqual({ today: TODAY });
	});

	it('maps every facet to its variable', () => {
		const facets = parseOfferingFacets(
			params('gemeinde=verbandsgemeinde-elbe-heide&thema=wohnen&zielgruppe=frauen&sprache=ar&kostenlos=1&barrierefrei=1&online=1'),
			known
		);
		expect(offeringFilter(facets, municipalities, TODAY)).toEqual({
			today: TODAY,
			municipalities: ['verbandsgemeinde-elbe-heide', 'angern', 'rogaetz', 'zielitz'],
			topics: ['wohnen'],
			targetGroups: ['frauen'],
			languages: ['ar'],
			free: true,
			barrierFree: 'yes',
			deliveryModes: ['online', 'hybrid']
		});
	});

	it('maps actor facets', () => {
		expect(actorFilter(parseActorFacets(params('art=church&gemeinde=verbandsgemeinde-elbe-heide&sprache=ar'), known), municipalities)).toEqual({
			kinds: ['church'],
			municipalities: ['verbandsgemeinde-elbe-heide', 'angern', 'rogaetz', 'zielitz'],
			languages: ['ar']
		});
	});

	it('ORs values within a facet: several municipalities expand together, each once', () => {
		const facets = parseOfferingFacets(params('gemeinde=verbandsgemeinde-elbe-heide&gemeinde=angern&gemeinde=haldensleben&thema=wohnen&thema=sprache-bildung'), known);
		const variables = offeringFilter(facets, municipalities, TODAY);
		expect(variables.municipalities).toEqual(['verbandsgemeinde-elbe-heide', 'angern', 'rogaetz', 'zielitz', 'haldensleben']);
		expect(variables.topics).toEqual(['wohnen', 'sprache-bildung']);
		expect(offeringSelection(facets).toString()).toBe(
			'municipality=verbandsgemeinde-elbe-heide&municipality=angern&municipality=haldensleben&topic=wohnen&topic=sprache-bildung'
		);
		expect(actorSelection(parseActorFacets(params('art=church&sprache=ar&sprache=uk'), known)).toString()).toBe('kind=church&language=ar&language=uk');
		expect(actorFilter(parseActorFacets(params('')), municipalities)).toEqual({});
	});
});


describe('facets → shareable URLs', () => {
	it('round-trips and leaves defaults out', () => {
		const facets = parseOfferingFacets(params('thema=wohnen&kostenlos=1&seite=2'), known);
		expect(offeringSearchParams(facets)).toBe('?thema=wohnen&kostenlos=1&seite=2');
		expect(offeringSearchParams(facets, { seite: 1 })).toBe('?thema=wohnen&kostenlos=1');
		expect(parseOfferingFacets(params(offeringSearchParams(facets).slice(1)), known)).toEqual(facets);
		expect(offeringSearchParams(parseOfferingFacets(params('')))).toBe('');
		const multi = parseOfferingFacets(params('thema=wohnen&thema=sprache-bildung&nahe=angern'), known);
		expect(offeringSearchParams(multi)).toBe('?thema=wohnen&thema=sprache-bildung&nahe=angern');
		expect(parseOfferingFacets(params(offeringSearchParams(multi).slice(1)), known)).toEqual(multi);
	});

	it('gives each active value a chip whose link removes just that value', () => {
		const facets = parseOfferingFacets(params('thema=wohnen&thema=sprache-bildung&kostenlos=1&nahe=angern&seite=3'), known);
		expect(offeringChips(facets)).toEqual([
			{ facet: 'thema', value: 'wohnen', query: '?thema=sprache-bildung&kostenlos=1&nahe=angern' },
			{ facet: 'thema', value: 'sprache-bildung', query: '?thema=wohnen&kostenlos=1&nahe=angern' },
			{ facet: 'kostenlos', value: '1', query: '?thema=wohnen&thema=sprache-bildung&nahe=angern' },
			{ facet: 'nahe', value: 'angern', query: '?thema=wohnen&thema=sprache-bildung&kostenlos=1' }
		]);
		expect(actorChips(parseActorFacets(params('art=church&art=shelter'), known))).toEqual([
			{ facet: 'art', value: 'church', query: '?art=shelter' },
			{ facet: 'art', value: 'shelter', query: '?art=church' }
		]);
	});
});
