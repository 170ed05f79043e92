/**
 * Strapi "blocks" rich text: types, and the two checks the renderer (components/Blocks.svelte)
 * relies on — which link targets may become links, and which images may be loaded. No request
 * may leave the site's origin, so an image is shown only when it is served by the site itself.
 */

export interface TextNode {
	type: 'text';
	text: string;
	bold?: boolean;
	italic?: boolean;
	underline?: boolean;
	strikethrough?: boolean;
	code?: boolean;
}

export interface LinkNode {
	type: 'link';
	url: string;
	children: InlineNode[];
}

export type InlineNode = TextNode | LinkNode;

export interface BlockImage {
	url?: string;
	alternativeText?: string | null;
	width?: number | null;
	height?: number | null;
}

export type BlockNode =
	| { type: 'paragraph'; children: InlineNode[] }
	| { type: 'heading'; level: number; children: InlineNode[] }
	| { type: 'quote'; children: InlineNode[] }
	| { type: 'code'; children: InlineNode[]; language?: string }
	| { type: 'list'; format: 'ordered' | 'unordered'; children: (ListItemNode | ListNode)[] }
	| { type: 'image'; image: BlockImage; children?: InlineNode[] };

export type ListNode = Extract<BlockNode, { type: 'list' }>;
export interface ListItemNode {
	type: 'list-item';
	children: InlineNode[];
}

const ALLOWED_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const PLACEHOLDER_ORIGIN = 'https://relative.invalid';

/**
 * The href for a link in rich text, or null when it must be shown as plain text: only http,
 * https, mailto and tel, or a path on this site. Whitespace and control characters cannot
 * smuggle a scheme past the check (the URL parser removes them before reading the scheme).
 */
export function safeLinkHref(url: unknown): string | null {
	if (typeof url !== 'string') return null;
	const value = url.trim();
	if (value === '' || value.length > 2000) return null;
	// a link to a part of the same page
	if (/^#[\w-]*$/.test(value)) return value;
	let parsed: URL;
	try {
		parsed = new URL(value, `${PLACEHOLDER_ORIGIN}/`);
	} catch {
		return null;
	}
	if (!ALLOWED_LINK_PROTOCOLS.has(parsed.protocol)) return null;
	if (parsed.origin === PLACEHOLDER_ORIGIN) {
		// a relative link: keep it on this site, as a root-relative path
		return `${parsed.pathname}${parsed.search}${parsed.hash}`;
	}
	return parsed.href;
}

/** Whether a (safe) link leaves the site: then it gets rel="external noopener noreferrer". */
export function isExternalHref(href: string, siteOrigin: string): boolean {
	if (href.startsWith('/')) return false;
	try {
		const parsed = new URL(href);
		if (parsed.protocol === 'mailto:' || parsed.protocol === 'tel:') return false;
		return parsed.origin !== siteOrigin;
	} catch {
		return true;
	}
}

/**
 * The `src` for an image in rich text, or null when it must not be loaded. Allowed: files the
 * site itself serves — a root-relative path (the CMS's local uploads are `/uploads/…`, which the
 * site's server proxies from the CMS) or a URL on the site's own origin. Anything on another host
 * is refused, and the renderer shows the image's alternative text instead.
 */
export function sameOriginImageSrc(url: unknown, siteOrigin: string): string | null {
	if (typeof url !== 'string') return null;
	const value = url.trim();
	if (value === '' || value.length > 2000) return null;
	// protocol-relative (`//host/x`) and backslash tricks (`/\host`) point to another host
	if (/^[/\\]{2}/.test(value) || /^\/\\/.test(value)) return null;
	let parsed: URL;
	try {
		parsed = new URL(value, `${PLACEHOLDER_ORIGIN}/`);
	} catch {
		return null;
	}
	if (parsed.origin === PLACEHOLDER_ORIGIN && value.startsWith('/')) {
		return `${parsed.pathname}${parsed.search}`;
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
	if (parsed.origin === siteOrigin) return `${parsed.pathname}${parsed.search}`;
	return null;
}

/** Blocks JSON from the CMS as a list of block nodes (anything unexpected becomes an empty list). */
export function asBlocks(value: unknown): BlockNode[] {
	if (!Array.isArray(value)) return [];
	return value.filter((block): block is BlockNode => Boolean(block) && typeof block === 'object' && typeof (block as { type?: unknown }).type === 'string');
}

/** The plain text of blocks (for search, meta descriptions and calendar entries). */
export function blocksToText(value: unknown): string {
	const parts: string[] = [];
	const walk = (node: unknown) => {
		if (!node || typeof node !== 'object') return;
		const record = node as { type?: string; text?: unknown; children?: unknown; image?: { alternativeText?: unknown } };
		if (record.type === 'text' && typeof record.text === 'string') parts.push(record.text);
		if (Array.isArray(record.children)) record.children.forEach(walk);
		if (['paragraph', 'heading', 'list-item', 'quote', 'code'].includes(record.type ?? '')) parts.push('\n');
	};
	if (Array.isArray(value)) value.forEach(walk);
	return parts
		.join('')
		.replace(/[ \t]+\n/g, '\n')
		.replace(/\n{2,}/g, '\n')
		.trim();
}

/** A short excerpt (whole words) for meta descriptions. */
export function excerpt(text: string | null | undefined, max = 160): string {
	if (!text) return '';
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
