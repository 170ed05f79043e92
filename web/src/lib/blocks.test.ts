import { describe, expect, it } from 'vitest';
import { asBlocks, blocksToText, excerpt, isExternalHref, safeLinkHref, sameOriginImageSrc } from './blocks.ts';

describe('safeLinkHref: only http, https, mailto and tel become links', () => {
	it('keeps allowed schemes', () => {
		expect(safeLinkHref('https://example.org/x?y=1#z')).toBe('https://example.org/x?y=1#z');
		expect(safeLinkHref('http://example.org')).toBe('http://example.org/');
		expect(safeLinkHref('mailto:info@example.org')).toBe('mailto:info@example.org');
		expect(safeLinkHref('tel:+493904123')).toBe('tel:+493904123');
		expect(safeLinkHref('HTTPS://EXAMPLE.ORG/')).toBe('https://example.org/');
	});

	it('keeps links on this site as root-relative paths', () => {
		expect(safeLinkHref('/de/angebote')).toBe('/de/angebote');
		expect(safeLinkHref('/de/suche?q=kurs')).toBe('/de/suche?q=kurs');
		expect(safeLinkHref('#abschnitt')).toBe('#abschnitt');
	});

	it('refuses every other scheme, however it is disguised', () => {
		for (const url of [
			'javascript:alert(1)',
			'JavaScript:alert(1)',
			' javascript:alert(1)',
			'java\tscript:alert(1)',
			'java\nscript:alert(1)',
			'\u0000javascript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:msgbox(1)',
			'file:///etc/passwd',
			'ftp://example.org',
			'blob:https://example.org/123'
		]) {
			expect(safeLinkHref(url), url).toBeNull();
		}
	});

	it('refuses non-strings and empty values', () => {
		expect(safeLinkHref(undefined)).toBeNull();
		expect(safeLinkHref(42)).toBeNull();
		expect(safeLinkHref('   ')).toBeNull();
		expect(safeLinkHref('https://x.org/' + 'a'.repeat(3000))).toBeNull();
	});

	it('tells external links from internal ones', () => {
		expect(isExternalHref('/de/angebote', 'https://site.example')).toBe(false);
		expect(isExternalHref('https://site.example/de', 'https://site.example')).toBe(false);
		expect(isExternalHref('https://canary.example.net/x', 'https://site.example')).toBe(true);
		expect(isExternalHref('mailto:a@b.de', 'https://site.example')).toBe(false);
	});
});

describe('sameOriginImageSrc: no image from another host is ever loaded', () => {
	const site = 'https://site.example';

	it('allows files the site serves itself', () => {
		expect(sameOriginImageSrc('/uploads/photo_1.jpg', site)).toBe('/uploads/photo_1.jpg');
		expect(sameOriginImageSrc('https://site.example/uploads/a.png', site)).toBe('/uploads/a.png');
	});

	it('refuses other hosts, protocol-relative URLs and other schemes', () => {
		for (const url of [
			'https://canary.example.net/canary.jpg',
			'http://site.example/uploads/a.png', // another origin (scheme differs)
			'https://site.example.evil.net/a.png',
			'//canary.example.net/canary.jpg',
			'/\\canary.example.net/canary.jpg',
			'\\\\canary.example.net/canary.jpg',
			'data:image/png;base64,AAAA',
			'javascript:alert(1)',
			'uploads/relative.png',
			''
		]) {
			expect(sameOriginImageSrc(url, site), url).toBeNull();
		}
		expect(sameOriginImageSrc(undefined, site)).toBeNull();
	});
});

describe('blocks helpers', () => {
	const blocks = [
		{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Titel' }] },
		{ type: 'paragraph', children: [{ type: 'text', text: 'Ein ' }, { type: 'link', url: 'https://x.org', children: [{ type: 'text', text: 'Link' }] }, { type: 'text', text: '.' }] },
		{ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'eins' }] }, { type: 'list-item', children: [{ type: 'text', text: 'zwei' }] }] },
		{ type: 'image', image: { url: 'https://canary.example.net/c.jpg', alternativeText: 'Foto' }, children: [{ type: 'text', text: '' }] }
	];

	it('extracts plain text', () => {
		expect(blocksToText(blocks)).toBe('Titel\nEin Link.\neins\nzwei');
		expect(blocksToText(null)).toBe('');
		expect(blocksToText('not blocks')).toBe('');
	});

	it('accepts only arrays of typed blocks', () => {
		expect(asBlocks(blocks)).toHaveLength(4);
		expect(asBlocks([null, 1, 'x', { no: 'type' }, { type: 'paragraph', children: [] }])).toHaveLength(1);
		expect(asBlocks({ type: 'paragraph' })).toEqual([]);
	});

	it('shortens to whole words', () => {
		expect(excerpt('kurz')).toBe('kurz');
		const long = 'Wort '.repeat(100);
		const cut = excerpt(long, 50);
		expect(cut.length).toBeLessThanOrEqual(50);
		expect(cut.endsWith('Wort…')).toBe(true);
	});
});
