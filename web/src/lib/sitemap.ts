/**
 * The sitemap, written with the `sitemap` package: an index at /sitemap.xml and its parts at
 * /sitemap-<n>.xml, each page in every locale. The hreflang alternates stay on the pages themselves
 * (<link rel="alternate" hreflang>, as before): repeating them here would make every URL nine links
 * long, the parts ten times larger and their rendering ten times slower (measured: 10,000 URLs with
 * alternates 5.6 s and 8.3 MB, 45,000 without 2.3 s and 2.6 MB).
 */
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import { LOCALE_CODES } from './i18n.ts';

export interface SitemapEntry {
	/** path after the locale, e.g. "/angebote/x" */
	path: string;
	lastModified: string | null;
}

/** URLs per part: the protocol allows 50,000 URLs and 50 MB per file; a part stays below both. */
export const SITEMAP_PART_SIZE = 45_000;

/** Every URL of the site: each entry in every locale, the locales of one entry side by side. */
export function sitemapItems(origin: string, entries: SitemapEntry[]): SitemapItemLoose[] {
	return entries.flatMap((entry) => LOCALE_CODES.map((locale) => ({ url: `${origin}/${locale}${entry.path}`, lastmod: entry.lastModified ?? undefined })));
}

/** How many parts `urlCount` URLs need (at least one, so the index is never empty). */
export function sitemapPartCount(urlCount: number, partSize = SITEMAP_PART_SIZE): number {
	return Math.max(1, Math.ceil(urlCount / partSize));
}

/** The sitemap index: one <sitemap> per part, /sitemap-1.xml … */
export async function sitemapIndexXml(origin: string, partCount: number): Promise<string> {
	const parts = Array.from({ length: partCount }, (_, index) => ({ url: `${origin}/sitemap-${index + 1}.xml` }));
	return (await streamToPromise(Readable.from(parts).pipe(new SitemapIndexStream()))).toString('utf8');
}

/** Part `part` (1-based) of the URLs, or null if there is no such part. */
export async function sitemapPartXml(items: SitemapItemLoose[], part: number, partSize = SITEMAP_PART_SIZE): Promise<string | null> {
	if (!Number.isInteger(part) || part < 1 || part > sitemapPartCount(items.length, partSize)) return null;
	const slice = items.slice((part - 1) * partSize, part * partSize);
	return (await streamToPromise(Readable.from(slice).pipe(new SitemapStream({ xmlns: { news: false, video: false, image: false, xhtml: false }, lastmodDateOnly: true })))).toString('utf8');
}
