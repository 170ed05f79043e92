import { describe, expect, it } from 'vitest';
import { createPageCache } from './page-cache.ts';
import { createCachePolicy } from './page-cache-policy.ts';

/** A clock the test moves by hand, and a render that counts its calls and says what it answered. */
function setup(ttlMs = 1000, staleMs = 1000, staleIfErrorMs = 10_000) {
	let time = 1_000_000;
	const clock = { now: () => time, advance: (ms: number) => (time += ms) };
	const cache = createPageCache({ ttlMs, staleMs, staleIfErrorMs, maxBytes: 1024 * 1024, now: clock.now });
	let version = 0;
	let status = 200;
	let renders = 0;
	const render = async () => {
		renders += 1;
		return new Response(`page v${version}`, { status, headers: { 'content-type': 'text/html' } });
	};
	const cacheable = (response: Response) => response.status === 200;
	const get = async (key = '/de/angebote') => {
		const { response, state } = await cache.serve(key, render, cacheable);
		return { state, body: await response.text(), status: response.status };
	};
	return {
		cache,
		clock,
		get,
		setVersion: (v: number) => (version = v),
		setStatus: (s: number) => (status = s),
		renders: () => renders
	};
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the page cache', () => {
	it('renders once and serves the copy while it is fresh', async () => {
		const t = setup();
		expect(await t.get()).toEqual({ state: 'miss', body: 'page v0', status: 200 });
		t.setVersion(1);
		expect(await t.get()).toEqual({ state: 'hit', body: 'page v0', status: 200 });
		expect(t.renders()).toBe(1);
	});

	it('serves a stale copy while one background render replaces it (stale-while-revalidate)', async () => {
		const t = setup();
		await t.get();
		t.setVersion(1);
		t.clock.advance(1500);
		expect(await t.get()).toMatchObject({ state: 'stale', body: 'page v0' });
		await settle();
		expect(await t.get()).toMatchObject({ state: 'hit', body: 'page v1' });
		expect(t.renders()).toBe(2);
	});

	it('serves an older copy when the CMS is down (stale-if-error), the 503 page without one, and recovers', async () => {
		const t = setup();
		await t.get('/de/angebote');
		t.clock.advance(5000); // beyond fresh + stale-while-revalidate, within stale-if-error
		t.setStatus(503);
		expect(await t.get('/de/angebote')).toEqual({ state: 'stale-if-error', body: 'page v0', status: 200 });
		expect(await t.get('/de/akteure')).toEqual({ state: 'miss', body: 'page v0', status: 503 });
		t.setStatus(200);
		t.setVersion(2);
		expect(await t.get('/de/angebote')).toMatchObject({ state: 'miss', body: 'page v2', status: 200 });
		expect(await t.get('/de/angebote')).toMatchObject({ state: 'hit', body: 'page v2' });
	});

	it('does not serve a copy older than the stale-if-error window', async () => {
		const t = setup();
		await t.get();
		t.clock.advance(12_000);
		t.setStatus(503);
		expect(await t.get()).toMatchObject({ state: 'miss', status: 503 });
	});

	it('drops everything on a change, and keeps out a render that started before it', async () => {
		const t = setup();
		await t.get('/a');
		t.cache.invalidate();
		t.setVersion(1);
		expect(await t.get('/a')).toMatchObject({ state: 'miss', body: 'page v1' });

		// a slow render that a change overtakes: its (old) page is not stored
		let release: () => void = () => {};
		const slow = () => new Promise<Response>((resolve) => (release = () => resolve(new Response('old'))));
		const pending = t.cache.serve('/b', slow, () => true);
		await settle();
		t.cache.invalidate();
		release();
		expect(await (await pending).response.text()).toBe('old');
		expect(await t.get('/b')).toMatchObject({ state: 'miss', body: 'page v1' });
	});

	it('shares one render between concurrent misses of a URL', async () => {
		const t = setup();
		const results = await Promise.all([t.get(), t.get(), t.get()]);
		expect(results.map((r) => r.body)).toEqual(['page v0', 'page v0', 'page v0']);
		expect(t.renders()).toBe(1);
	});

	it('keeps uncacheable answers out and gives each caller its own', async () => {
		const t = setup();
		t.setStatus(404);
		const results = await Promise.all([t.get(), t.get()]);
		expect(results.map((r) => [r.state, r.status, r.body])).toEqual([
			['miss', 404, 'page v0'],
			['miss', 404, 'page v0']
		]);
		expect(t.cache.size).toBe(0);
	});
});

describe('the cache policy', () => {
	const cache = () => createPageCache({ ttlMs: 60_000, staleMs: 1000, staleIfErrorMs: 1000, maxBytes: 1024 * 1024 });
	const options = { ttlSeconds: 300, staleSeconds: 60, staleIfErrorSeconds: 86400, proxySeconds: 60 };
	const request = (overrides: Partial<{ method: string; path: string; hasSessionCookie: boolean }> = {}) => ({
		method: overrides.method ?? 'GET',
		url: new URL(`http://site.test${overrides.path ?? '/de/angebote'}`),
		origin: 'http://site.test',
		hasSessionCookie: overrides.hasSessionCookie ?? false
	});
	const page = (status = 200, headers: Record<string, string> = {}) => async () => new Response('x', { status, headers });

	it('marks anonymous public pages public for proxies, with stale-while-revalidate and stale-if-error', async () => {
		const policy = createCachePolicy({ cache: cache(), ...options });
		const response = await policy.respond(request(), page());
		expect(response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60, stale-if-error=86400');
		expect(response.headers.get('x-site-cache')).toBe('miss');
		expect((await policy.respond(request(), page(500))).headers.get('x-site-cache')).toBe('hit');
	});

	it('keeps signed-in visitors, posts and error pages private and out of the cache', async () => {
		const store = cache();
		const policy = createCachePolicy({ cache: store, ...options });
		for (const [req, render] of [
			[request({ hasSessionCookie: true }), page()],
			[request({ method: 'POST' }), page()],
			[request({ path: '/de/angebote/gibt-es-nicht' }), page(404)],
			[request({ path: '/de/akteure' }), page(503)],
			[request({ path: '/de/termine' }), page(200, { 'set-cookie': 'a=b' })]
		] as const) {
			const response = await policy.respond(req, render);
			expect(response.headers.get('cache-control'), `${req.method} ${req.url.pathname}`).toBe('private, no-store');
		}
		expect(store.size).toBe(0);
	});

	it('renders search pages fresh every time (the index changes apart from the cache), still public for proxies', async () => {
		const store = cache();
		const policy = createCachePolicy({ cache: store, ...options });
		let renders = 0;
		const counted = async () => {
			renders += 1;
			return new Response(`result ${renders}`, { status: 200 });
		};
		const search = request({ path: '/ar/suche' });
		const first = await policy.respond(search, counted);
		const second = await policy.respond(search, counted);
		expect([await first.text(), await second.text()]).toEqual(['result 1', 'result 2']);
		expect(second.headers.get('cache-control')).toMatch(/^public, /);
		expect(store.size).toBe(0);
	});

	it('with SITE_CACHE=off renders every time but still tells proxies', async () => {
		const policy = createCachePolicy({ cache: null, ...options });
		const response = await policy.respond(request(), page());
		expect(response.headers.get('x-site-cache')).toBe('off');
		expect(response.headers.get('cache-control')).toMatch(/^public, /);
	});
});
