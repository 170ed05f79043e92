import { describe, expect, it } from 'vitest';
import {
	actorFilter,
	expandMunicipality,
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
			gemeinde: 'haldensleben',
			thema: 'wohnen',
			zielgruppe: 'frauen',
			sprache: 'ar',
			kostenlos: true,
			barrierefrei: true,
			online: true,
			sortierung: 'bestaetigt',
			seite: 3
		});
	});

	it('ignores unknown, malformed and repeated values instead of failing', () => {
		const facets = parseOfferingFacets(
			params('gemeinde=%00&thema=unbekannt&zielgruppe=<script>&sprache=xx&kostenlos=vielleicht&sortierung=drop+table&seite=-4&thema=wohnen'),
			known
		);
		expect(facets).toEqual({
			gemeinde: undefined,
			thema: undefined,
			zielgruppe: undefined,
			sprache: undefined,
			kostenlos: false,
			barrierefrei: false,
			online: false,
			sortierung: 'titel',
			seite: 1
		});
	});

	it('keeps page numbers inside GraphQL Int', () => {
		expect(parsePage(params('seite=2'))).toBe(2);
		expect(parsePage(params('seite=99999999999999'))).toBe(1);
		expect(parsePage(params('seite=999999999'))).toBe(10000);
		expect(parsePage(params('seite=1e3'))).toBe(1);
		expect(parsePage(params(''))).toBe(1);
	});

	it('parses actor facets', () => {
		expect(parseActorFacets(params('art=church&gemeinde=angern&sprache=uk&seite=2'), known)).toEqual({
			art: 'church',
			gemeinde: 'angern',
			sprache: 'uk',
			seite: 2
		});
		expect(parseActorFacets(params('art=spaceship&gemeinde=atlantis'), known)).toEqual({
			art: undefined,
			gemeinde: undefined,
			sprache: undefined,
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
			topic: 'wohnen',
			targetGroup: 'frauen',
			language: 'ar',
			free: true,
			barrierFree: 'yes',
			deliveryModes: ['online', 'hybrid']
		});
	});

	it('maps actor facets', () => {
		expect(actorFilter(parseActorFacets(params('art=church&gemeinde=verbandsgemeinde-elbe-heide&sprache=ar'), known), municipalities)).toEqual({
			kind: 'church',
			municipalities: ['verbandsgemeinde-elbe-heide', 'angern', 'rogaetz', 'zielitz'],
			language: 'ar'
		});
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
	});
});
