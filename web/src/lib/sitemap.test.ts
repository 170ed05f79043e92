import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseSitemap, parseSitemapIndex } from 'sitemap';
import { LOCALE_CODES } from './i18n.ts';
import { SITEMAP_PART_SIZE, sitemapIndexXml, sitemapItems, sitemapPartCount, sitemapPartXml, type SitemapEntry } from './sitemap.ts';

const ORIGIN = 'https://integration.example';
const entries = (count: number): SitemapEntry[] =>
	Array.from({ length: count }, (_, index) => ({ path: `/angebote/angebot-${index}`, lastModified: index % 2 ? '2026-11-03T10:00:00.000Z' : null }));

describe('the sitemap index and its parts', () => {
	it('splits 120,000 URLs into parts below 50,000 URLs each, and the index lists every part', async () => {
		const items = sitemapItems(ORIGIN, entries(13_334));
		expect(items.length).toBe(120_006);
		expect(SITEMAP_PART_SIZE).toBeLessThan(50_000);
		const parts = sitemapPartCount(items.length);
		expect(parts).toBe(Math.ceil(120_006 / SITEMAP_PART_SIZE));
		expect(parts).toBe(3);
		expect(sitemapPartCount(0)).toBe(1);

		const index = await parseSitemapIndex(Readable.from([await sitemapIndexXml(ORIGIN, parts)]));
		expect(index.map((part) => part.url)).toEqual(Array.from({ length: parts }, (_, n) => `${ORIGIN}/sitemap-${n + 1}.xml`));

		const first = await parseSitemap(Readable.from([(await sitemapPartXml(items, 1))!]));
		expect(first.length).toBe(SITEMAP_PART_SIZE);
		const last = await parseSitemap(Readable.from([(await sitemapPartXml(items, parts))!]));
		expect(last.length).toBe(120_006 - (parts - 1) * SITEMAP_PART_SIZE);
		expect(last.at(-1)!.url).toBe(`${ORIGIN}/${LOCALE_CODES.at(-1)}/angebote/angebot-13333`);
		expect(await sitemapPartXml(items, parts + 1)).toBeNull();
		expect(await sitemapPartXml(items, 0)).toBeNull();
		// rendering and parsing 45,000 URLs takes seconds on a busy machine
	}, 120_000);

	it('puts every URL in exactly one part, in every locale, with its date', async () => {
		const items = sitemapItems(ORIGIN, entries(25));
		const parts = sitemapPartCount(items.length, 40);
		expect(parts).toBe(6);
		const seen: string[] = [];
		for (let part = 1; part <= parts; part++) {
			const xml = (await sitemapPartXml(items, part, 40))!;
			expect(xml).toMatch(/^<\?xml/);
			const parsed = await parseSitemap(Readable.from([xml]));
			expect(parsed.length).toBeLessThanOrEqual(40);
			for (const item of parsed) seen.push(item.url);
		}
		expect(seen.length).toBe(25 * LOCALE_CODES.length);
		expect(new Set(seen)).toEqual(new Set(items.map((item) => item.url)));
		const dated = (await parseSitemap(Readable.from([(await sitemapPartXml(items, 1, 40))!]))).find((item) => item.url === `${ORIGIN}/ar/angebote/angebot-1`);
		expect(dated?.lastmod).toMatch(/^2026-11-03/);
	});
});
