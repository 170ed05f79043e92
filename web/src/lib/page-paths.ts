/** Where each CMS page (by its key) lives on the site. */
export const PAGE_PATHS: Record<string, string> = {
	about: 'netzwerk#ueber-das-netzwerk',
	coordination_group: 'netzwerk#koordinierungsgruppe',
	coordination_office: 'netzwerk#koordinierungsstelle',
	imprint: 'impressum',
	privacy: 'datenschutz',
	accessibility: 'barrierefreiheit',
	easy_language: 'leichte-sprache'
};

/** The path (without locale and leading slash) of a page key, or null for pages without a place. */
export function pagePath(key: string): string | null {
	return PAGE_PATHS[key] ?? null;
}
