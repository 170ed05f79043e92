/**
 * Several site instances and a CMS that goes away, with real processes: a CMS of this file's own
 * (so it can be stopped and started again) on a fresh demo database, and three built sites in
 * front of it — A and B share their cache and its invalidation through Redis (127.0.0.1:6379,
 * keys under a prefix of this run), C keeps its pages for one second only, so that its copies are
 * past fresh and past stale-while-revalidate when the CMS stops. The CMS sends its change
 * notifications to A; one approval in the CMS shows on A and B. With the CMS stopped, cached pages
 * are still served (C: stale-if-error), uncached ones are the localized 503 page, and once the CMS
 * is back every site recovers without a restart.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cachedPage, officeApproves, withinBudget } from './cache-helpers.ts';
import { freePort, OFFICE_ACCOUNT, startCms, startSite, type Service } from './servers.ts';
import { htmlAttribute, message } from './site-helpers.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';
const run = randomUUID().slice(0, 8);
const prefix = `e2e-${run}:`;
const DETAIL = '/de/angebote/integrationskurs-haldensleben';

let workDir = '';
let cmsPort = 0;
let cms: Service | undefined;
const sites: Service[] = [];
const url = { cms: '', a: '', b: '', c: '' };

async function rest(pathname: string, options: { method?: string; token?: string; body?: unknown } = {}) {
	const response = await fetch(new URL(pathname, url.cms), {
		method: options.method ?? 'GET',
		headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
		body: options.body !== undefined ? JSON.stringify(options.body) : undefined
	});
	const text = await response.text();
	try {
		return { status: response.status, body: JSON.parse(text) };
	} catch {
		return { status: response.status, body: text };
	}
}

async function tokenOf(identifier: string, password = OFFICE_ACCOUNT.password) {
	const { status, body } = await rest('/api/auth/local', { method: 'POST', body: { identifier, password } });
	expect(status).toBe(200);
	return body.jwt as string;
}

const startTheCms = () => startCms({ port: cmsPort, workDir, siteUrl: url.a, name: 'cms-instances' });

beforeAll(async () => {
	workDir = mkdtempSync(path.join(tmpdir(), 'boerde-e2e-instances-'));
	const [portA, portB, portC] = [await freePort(), await freePort(), await freePort()];
	cmsPort = await freePort();
	url.cms = `http://127.0.0.1:${cmsPort}`;
	url.a = `http://127.0.0.1:${portA}`;
	url.b = `http://127.0.0.1:${portB}`;
	url.c = `http://127.0.0.1:${portC}`;
	cms = await startTheCms();
	// behind one address, as behind a load balancer (the public origin is part of a page, and of its cache key)
	const shared = { REDIS_URL, REDIS_PREFIX: prefix, ORIGIN: url.a };
	sites.push(await startSite({ port: portA, cmsUrl: url.cms, logFile: path.join(workDir, 'site-a.log'), env: shared, name: 'site-a' }));
	sites.push(await startSite({ port: portB, cmsUrl: url.cms, logFile: path.join(workDir, 'site-b.log'), env: shared, name: 'site-b' }));
	sites.push(
		await startSite({
			port: portC,
			cmsUrl: url.cms,
			logFile: path.join(workDir, 'site-c.log'),
			env: { SITE_CACHE_TTL_SECONDS: '1', SITE_CACHE_STALE_SECONDS: '0', SITE_CACHE_STALE_IF_ERROR_SECONDS: '3600' },
			name: 'site-c'
		})
	);
}, 300_000);

afterAll(async () => {
	for (const site of sites) await site.stop();
	await cms?.stop();
	const redis = new Redis(REDIS_URL);
	const keys = await redis.keys(`${prefix}*`);
	if (keys.length > 0) await redis.del(...keys);
	await redis.quit();
	if (process.env.E2E_KEEP !== '1') rmSync(workDir, { recursive: true, force: true });
}, 60_000);

describe('two instances with Redis', () => {
	test('a page rendered by one instance is served by the other from the shared cache', async () => {
		const first = await cachedPage(`${url.b}/de/akteure`);
		expect(first.status).toBe(200);
		expect(first.cache).toBe('miss');
		const other = await cachedPage(`${url.a}/de/akteure`);
		expect(other.cache).toBe('hit');
		expect(other.body).toBe(first.body);
	});

	test('one approval in the CMS reaches both instances within one second', async () => {
		const office = await tokenOf(OFFICE_ACCOUNT.identifier);
		const documentId = (await rest(`/api/offerings?filters[slug][$eq]=integrationskurs-haldensleben`)).body.data[0].documentId as string;
		const title = `Integrationskurs ${run}`;

		for (const base of [url.a, url.b]) {
			await cachedPage(`${base}${DETAIL}`);
			const cached = await cachedPage(`${base}${DETAIL}`);
			expect(cached.cache, base).toBe('hit');
			expect(cached.body).not.toContain(title);
		}

		const saved = await rest(`/api/offerings/${documentId}`, { method: 'PUT', token: await tokenOf('kvhs@example.org'), body: { data: { title } } });
		expect(saved.status, JSON.stringify(saved.body)).toBe(200);
		await officeApproves(rest, office, documentId);

		const shows = (base: string) => async () => {
			const page = await cachedPage(`${base}${DETAIL}`);
			return page.status === 200 && page.body.includes(title) ? null : `${page.status} ${page.cache} without the new title`;
		};
		expect(await withinBudget(1000, { 'instance A (notified by the CMS)': shows(url.a), 'instance B (through Redis)': shows(url.b) })).toEqual({});
	});
});

describe('the CMS down', () => {
	test('cached pages are still served, others are the 503 page, and the sites recover when the CMS is back', async () => {
		// an offering page nobody has asked for yet: it needs the CMS
		const slugs = (await rest('/api/offerings?fields[0]=slug&pagination[pageSize]=50')).body.data.map((offering: { slug: string }) => offering.slug) as string[];
		const other = slugs.find((slug) => !DETAIL.endsWith(`/${slug}`));
		expect(other).toBeTruthy();
		// cached on A (fresh) and on C (which keeps pages fresh for one second only)
		for (const base of [url.a, url.c]) expect((await cachedPage(`${base}${DETAIL}`)).status).toBe(200);
		const cachedOnA = await cachedPage(`${url.a}${DETAIL}`);
		expect(cachedOnA.cache).toBe('hit');
		const cachedOnC = await cachedPage(`${url.c}${DETAIL}`);
		// past C's fresh time and past its stale-while-revalidate window
		await new Promise((resolve) => setTimeout(resolve, 2100));

		await cms!.stop();
		cms = undefined;

		const servedByA = await cachedPage(`${url.a}${DETAIL}`);
		expect(servedByA.status).toBe(200);
		expect(servedByA.body).toBe(cachedOnA.body);
		const servedByC = await cachedPage(`${url.c}${DETAIL}`);
		expect(servedByC.status).toBe(200);
		expect(servedByC.cache).toBe('stale-if-error');
		expect(servedByC.body).toBe(cachedOnC.body);

		for (const locale of ['de', 'ar']) {
			const uncached = await cachedPage(`${url.a}/${locale}/angebote/${other}`);
			expect(uncached.status).toBe(503);
			expect(uncached.cacheControl).toBe('private, no-store');
			expect(htmlAttribute(uncached.body, 'lang')).toBe(locale);
			expect(uncached.body).toContain(message(locale, 'error_unavailable_title'));
		}

		cms = await startTheCms();
		// the same site processes, no restart: the next request after the CMS is back gets the page
		for (const base of [url.a, url.b, url.c]) {
			const back = await cachedPage(`${base}/de/angebote/${other}`);
			expect(back.status, base).toBe(200);
		}
		const fresh = await cachedPage(`${url.c}${DETAIL}`);
		expect(fresh.status).toBe(200);
		expect(fresh.cache).toBe('miss');
	});
});
