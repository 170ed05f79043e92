import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { SITE_FONTS_DIR, siteFonts } from './scripts/site-fonts.ts';

export default defineConfig({
	// KERN's Fira Sans, subset before the build (scripts/site-fonts.ts), referenced from src/lib/styles/_fonts.scss
	resolve: { alias: { '$site-fonts': SITE_FONTS_DIR } },
	plugins: [
		...(process.env.VITEST ? [] : [siteFonts()]),
		// UI strings: messages/{locale}.json → src/lib/paraglide (generated, not committed).
		// The locale of a request comes from its URL (/de/…, /ar/…) and is put into Paraglide's
		// AsyncLocalStorage by hooks.server.ts; no cookie, no other strategy.
		// (Not under Vitest: the unit tests do not render messages, and the plugin's file watcher
		// would keep the test run from exiting.)
		...(process.env.VITEST
			? []
			: [
					paraglideVitePlugin({
						project: './project.inlang',
						outdir: './src/lib/paraglide',
						strategy: ['baseLocale'],
						emitTsDeclarations: false
					})
				]),
		sveltekit({
			adapter: adapter(),
			// root-relative links (/de/angebote), the same in every rendered page
			paths: { relative: false },
			// adapter-node 6 has no ORIGIN variable any more: behind plain http (local runs, tests)
			// request.url says https://, and Kit's exact-origin check would refuse every form post.
			// The site has no sessions and sets no cookies, so a forged post cannot act for anyone;
			// hooks.server.ts still refuses cross-site form posts (Origin host ≠ Host, Sec-Fetch-Site).
			csrf: { trustedOrigins: ['*'] },
			// Kit adds nonces for the inline scripts/styles it generates itself.
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self'],
					// Kit's route announcer (#svelte-announcer, runtime/components/root.svelte) carries
					// a fixed style attribute; allow exactly that one. static/site.css hides the
					// announcer as well, in case a Kit update changes the attribute and this hash.
					'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none']
				}
			}
		})
	],
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node'
	}
});
