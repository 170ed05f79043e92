import { defineEnvVars } from '@sveltejs/kit/env';
import { building } from '$app/env';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const variables = defineEnvVars({
	CMS_URL: {
		description: 'Base URL of the Strapi CMS, reached from the server only (no trailing /graphql).',
		schema: (value) => {
			const url = value && value.trim() !== '' ? value.trim() : 'http://127.0.0.1:1337';
			// throws on a malformed URL, so a bad deployment fails at start, not per request
			new URL(url);
			return url.replace(/\/+$/, '');
		}
	},
	ORIGIN: {
		description:
			'Public address of the site (e.g. https://integration-boerde.de), used for absolute links: canonical, hreflang, sitemap, Open Graph, calendar, the page address in reports. Required in production (NODE_ENV=production), and https there unless the host is localhost / 127.0.0.1 / ::1; outside production optional (the address of each request is used). (adapter-node 6 no longer reads ORIGIN itself.)',
		schema: (value) => {
			// the running server only: `vite build` analyses the app with NODE_ENV=production and no ORIGIN
			const production = process.env.NODE_ENV === 'production' && !building;
			if (!value || value.trim() === '') {
				if (production) throw new Error('ORIGIN is missing: the site refuses to start in production without its public address, e.g. ORIGIN=https://integration-boerde.de');
				return undefined;
			}
			const url = new URL(value.trim());
			if (production && url.protocol !== 'https:' && !LOCAL_HOSTS.has(url.hostname)) {
				throw new Error(`ORIGIN must be an https:// address in production (got ${url.origin}); plain http is allowed for localhost only`);
			}
			return url.origin;
		}
	},
	LOG_LEVEL: {
		description: 'How much the site logs (JSON lines on stdout, src/lib/server/log.ts): fatal, error, warn, info (default), debug, silent.',
		schema: (value) => {
			const level = value && value.trim() !== '' ? value.trim() : 'info';
			if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(level)) throw new Error(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got ${level})`);
			return level;
		}
	},
	SITE_PROXY_SECRET: {
		description:
			'Shared secret of site and CMS: sent as X-Site-Secret with public submissions so that the CMS trusts the visitor address in X-Client-Address for its rate limit. Optional; without it every visitor shares the site server’s limit.',
		schema: (value) => (value && value.trim() !== '' ? value.trim() : undefined)
	}
});
