/**
 * Pictograms from the Lucide set (@iconify-json/lucide, ISC licence), inlined as SVG when the page
 * is rendered: bundled at build time, nothing fetched at run time. One place for the mapping of
 * topic slugs to pictograms (a topic without its own pictogram gets the generic one).
 */
import lucide from '@iconify-json/lucide/icons.json' with { type: 'json' };

export const TOPIC_ICONS: Record<string, string> = {
	'sprache-bildung': 'languages',
	beratung: 'messages-square',
	'arbeit-ausbildung': 'briefcase',
	wohnen: 'house',
	gesundheit: 'heart-pulse',
	'kinder-familie': 'baby',
	'freizeit-sport-ehrenamt': 'volleyball',
	'recht-aufenthalt': 'scale',
	begegnung: 'handshake'
};

export const FALLBACK_TOPIC_ICON = 'info';

/** The inner SVG markup of a Lucide pictogram (24 × 24, stroke in currentColor), or null when unknown. */
export function iconBody(name: string): string | null {
	const icons = lucide.icons as Record<string, { body: string } | undefined>;
	return icons[name]?.body ?? null;
}

export function topicIcon(slug: string): string {
	return TOPIC_ICONS[slug] ?? FALLBACK_TOPIC_ICON;
}
