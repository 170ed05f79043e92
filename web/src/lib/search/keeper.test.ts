import { describe, expect, it } from 'vitest';
import type { SearchEntry, SearchType, Taxonomy } from './engine.ts';
import { SearchKeeper, type SearchSources } from './keeper.ts';

const TODAY = '2026-06-01';

/** In-memory documents standing in for what the CMS returns (this tests the keeping, not the CMS). */
function world() {
	const docs = new Map<string, SearchEntry>();
	const put = (type: SearchType, documentId: string, title: string, extra: Partial<SearchEntry> = {}) =>
		docs.set(`${type}:${documentId}`, { id: `${type}:${documentId}`, type, path: `${type}/${documentId}`, text: { de: { title, summary: '', body: '' } }, ...extra });
	let taxonomy: Taxonomy = { topics: new Map(), municipalities: new Map([['m1', { slug: 'haldensleben', name: 'Haldensleben', parentId: null }]]) };
	/** while set, reading a whole type waits for it */
	let gate: Promise<void> | null = null;
	let failing = false;
	const calls: string[] = [];
	const read = (type: SearchType) => async (documentId?: string) => {
		calls.push(documentId ? `${type}:${documentId}` : type);
		if (failing) throw new Error('CMS unavailable');
		if (!documentId && gate) await gate;
		return [...docs.values()].filter((doc) => doc.type === type && (!documentId || doc.id === `${type}:${documentId}`));
	};
	const sources: SearchSources = {
		taxonomy: async () => taxonomy,
		entries: { offering: read('offering'), actor: read('actor'), event: read('event'), news: read('news'), page: read('page') }
	};
	return {
		docs,
		put,
		sources,
		calls,
		setTaxonomy: (next: Taxonomy) => (taxonomy = next),
		hold() {
			let open = () => {};
			gate = new Promise((resolve) => (open = resolve));
			return () => {
				gate = null;
				open();
			};
		},
		fail: (value: boolean) => (failing = value)
	};
}

const titles = async (keeper: SearchKeeper, query: string) =>
	(await keeper.index()).search(query, 'de', { today: TODAY }).hits.map((hit) => hit.entry.text.de.title);

describe('search keeper', () => {
	it('reads a document once when it is reported again before its update started (approve, then publish)', async () => {
		const w = world();
		w.put('offering', 'o1', 'Nähkurs');
		const keeper = new SearchKeeper(w.sources);
		await keeper.index();
		// a whole-type rebuild holds the queue, so both reports of o2 wait behind it
		const open = w.hold();
		const rebuild = keeper.change({ type: 'event' });
		w.put('offering', 'o2', 'Schwimmkurs');
		const first = keeper.change({ type: 'offering', documentId: 'o2', action: 'approve' });
		const second = keeper.change({ type: 'offering', documentId: 'o2', action: 'publish' });
		open();
		await Promise.all([rebuild, first, second]);
		expect(w.calls.filter((call) => call === 'offering:o2')).toEqual(['offering:o2']);
		expect(await titles(keeper, 'Schwimmkurs')).toEqual(['Schwimmkurs']);
	});

	it('builds once from every source and answers from it', async () => {
		const w = world();
		w.put('offering', 'o1', 'Nähkurs');
		w.put('news', 'n1', 'Neues Sprachcafé');
		const keeper = new SearchKeeper(w.sources);
		const [a, b] = await Promise.all([keeper.index(), keeper.index()]);
		expect(a).toBe(b);
		expect(await titles(keeper, 'Nähkurs')).toEqual(['Nähkurs']);
		expect(await titles(keeper, 'Sprachcafé')).toEqual(['Neues Sprachcafé']);
		expect(w.calls.sort()).toEqual(['actor', 'event', 'news', 'offering', 'page']);
	});

	it('replaces a changed document and removes one that is gone, fetching only that one', async () => {
		const w = world();
		w.put('offering', 'o1', 'Nähkurs');
		w.put('offering', 'o2', 'Fahrradwerkstatt');
		const keeper = new SearchKeeper(w.sources);
		await keeper.index();
		w.calls.length = 0;
		w.put('offering', 'o1', 'Strickkurs');
		await keeper.change({ type: 'offering', documentId: 'o1' });
		expect(await titles(keeper, 'Nähkurs')).toEqual([]);
		expect(await titles(keeper, 'Strickkurs')).toEqual(['Strickkurs']);
		w.docs.delete('offering:o2');
		await keeper.change({ type: 'offering', documentId: 'o2' });
		expect(await titles(keeper, 'Fahrradwerkstatt')).toEqual([]);
		expect(w.calls).toEqual(['offering:o1', 'offering:o2']);
	});

	it("indexes an actor's new name with its offerings", async () => {
		const w = world();
		w.put('actor', 'a1', 'Kreisvolkshochschule');
		w.put('offering', 'o1', 'Nähkurs', { actorId: 'a1' });
		const keeper = new SearchKeeper(w.sources);
		expect(await titles(keeper, 'Nähkurs Kreisvolkshochschule')).toEqual(['Nähkurs']);
		w.put('actor', 'a1', 'Familienzentrum');
		await keeper.change({ type: 'actor', documentId: 'a1' });
		expect(await titles(keeper, 'Nähkurs Kreisvolkshochschule')).toEqual([]);
		expect(await titles(keeper, 'Nähkurs Familienzentrum')).toEqual(['Nähkurs']);
	});

	it('rebuilds a whole type beside the current index: searches meanwhile use the old one', async () => {
		const w = world();
		w.put('offering', 'o1', 'Nähkurs');
		w.put('event', 'e1', 'Sommerfest');
		const keeper = new SearchKeeper(w.sources);
		await keeper.index();
		w.docs.delete('offering:o1');
		w.put('offering', 'o3', 'Schwimmkurs');
		const open = w.hold();
		const applied = keeper.change({ type: 'offering' });
		await new Promise((resolve) => setTimeout(resolve, 10));
		// the rebuild waits for its source: the current index still answers, complete
		expect(await titles(keeper, 'Nähkurs')).toEqual(['Nähkurs']);
		expect(await titles(keeper, 'Sommerfest')).toEqual(['Sommerfest']);
		open();
		await applied;
		expect(await titles(keeper, 'Nähkurs')).toEqual([]);
		expect(await titles(keeper, 'Schwimmkurs')).toEqual(['Schwimmkurs']);
		expect(await titles(keeper, 'Sommerfest')).toEqual(['Sommerfest']); // kept, not fetched again
	});

	it('takes new municipality names and rebuilds everything on "*"', async () => {
		const w = world();
		w.put('offering', 'o1', 'Nähkurs', { municipalityIds: ['m1'] });
		const keeper = new SearchKeeper(w.sources);
		expect(await titles(keeper, 'Nähkurs Haldensleben')).toEqual(['Nähkurs']);
		w.setTaxonomy({ topics: new Map(), municipalities: new Map([['m1', { slug: 'haldensleben', name: 'Hundisburg', parentId: null }]]) });
		await keeper.change({ type: 'municipality', documentId: 'm1' });
		expect(await titles(keeper, 'Nähkurs Hundisburg')).toEqual(['Nähkurs']);
		w.put('page', 'p1', 'Impressum');
		await keeper.change({ type: '*' });
		expect(await titles(keeper, 'Impressum')).toEqual(['Impressum']);
	});

	it('applies a change that arrives during the first build after it, and ignores types it does not index', async () => {
		const w = world();
		w.put('offering', 'o1', 'Nähkurs');
		const keeper = new SearchKeeper(w.sources);
		const open = w.hold();
		const first = keeper.index();
		w.put('offering', 'o1', 'Strickkurs');
		const applied = keeper.change({ type: 'offering', documentId: 'o1' });
		const ignored = keeper.change({ type: 'language' });
		open();
		await Promise.all([first, applied, ignored]);
		expect(await titles(keeper, 'Strickkurs')).toEqual(['Strickkurs']);
	});

	it('keeps the index when an update fails and rebuilds it on the next search', async () => {
		const w = world();
		w.put('offering', 'o1', 'Nähkurs');
		const log: string[] = [];
		const keeper = new SearchKeeper(w.sources, { log: (message) => log.push(message) });
		await keeper.index();
		w.fail(true);
		w.put('offering', 'o1', 'Strickkurs');
		await keeper.change({ type: 'offering', documentId: 'o1' });
		expect(log).toHaveLength(1);
		w.fail(false);
		expect(await titles(keeper, 'Nähkurs')).toEqual(['Nähkurs']); // this search starts the rebuild
		await keeper.change({ type: 'event', documentId: 'none' }); // queued after the rebuild
		expect(await titles(keeper, 'Strickkurs')).toEqual(['Strickkurs']);
	});
});
