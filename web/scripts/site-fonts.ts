/**
 * Vite plugin: KERN's typeface Fira Sans (from @kern-ux/native), cut to the two weights the site
 * uses (400, 600) and to the scripts of its Latin and Cyrillic locales (de, en, fr, pl, ro, ru, uk;
 * ar/fa use the system's Arabic face). About 40 KB per weight instead of 130–140 KB. Written before
 * the build into node_modules/.cache/site-fonts (not committed), where `$site-fonts/…` in
 * src/lib/styles/_fonts.scss points; Vite then bundles them with the site's other assets.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

export const SITE_FONTS_DIR = path.resolve(import.meta.dirname, '../node_modules/.cache/site-fonts');

/** Basic Latin, Latin-1, Latin Extended-A, ș/ț (Romanian), Cyrillic with ґ, punctuation, €, arrows. */
const RANGES: [number, number][] = [
	[0x20, 0x7e],
	[0xa0, 0x17f],
	[0x218, 0x21b],
	[0x400, 0x45f],
	[0x490, 0x491],
	[0x2000, 0x206f],
	[0x20ac, 0x20ac],
	[0x2190, 0x2193]
];
const WEIGHTS = ['Regular', 'SemiBold'] as const;

const exists = async (file: string) => stat(file).then(() => true, () => false);

export async function writeSiteFonts(): Promise<void> {
	const require = createRequire(import.meta.url);
	const source = path.join(path.dirname(require.resolve('@kern-ux/native/package.json')), 'dist/fonts/fira-sans');
	const { default: subsetFont } = await import('subset-font');
	const text = RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');
	await mkdir(SITE_FONTS_DIR, { recursive: true });
	for (const weight of WEIGHTS) {
		const target = path.join(SITE_FONTS_DIR, `FiraSans-${weight}.woff2`);
		if (await exists(target)) continue;
		const font = await readFile(path.join(source, `FiraSans-${weight}.woff2`));
		await writeFile(target, await subsetFont(font, text, { targetFormat: 'woff2' }));
	}
}

export function siteFonts(): Plugin {
	return {
		name: 'site-fonts',
		enforce: 'pre',
		async buildStart() {
			await writeSiteFonts();
		}
	};
}
