import { defineEnvVars } from '@sveltejs/kit/env';
import { building } from '$app/env';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A whole number of seconds (or megabytes) with a default; anything else stops the start. */
const whole = (name: string, fallback: number) => (value: string | undefined) => {
	if (value === undefined || value.trim() === '') return fallback;
	const number = Number(value.trim());
	if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be a whole number ≥ 0`);
	return number;
};
const optional = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined);

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
	},
	SITE_CACHE: {
		description: 'The page cache of anonymous public pages (lib/server/cms/page-cache.ts): `on` (default) or `off` (benchmarks compare both).',
		schema: (value) => {
			const setting = (value ?? '').trim().toLowerCase() || 'on';
			if (setting !== 'on' && setting !== 'off') throw new Error('SITE_CACHE must be on or off');
			return setting as 'on' | 'off';
		}
	},
	SITE_CACHE_TTL_SECONDS: {
		description: 'How long a cached page is fresh in the site (default 300); changes reach the site within a second anyway (SITE_CHANGES_SECRET).',
		schema: whole('SITE_CACHE_TTL_SECONDS', 300)
	},
	SITE_CACHE_STALE_SECONDS: {
		description: 'After that, how long a stale page is still served while it is rebuilt in the background (stale-while-revalidate; default 60).',
		schema: whole('SITE_CACHE_STALE_SECONDS', 60)
	},
	SITE_CACHE_STALE_IF_ERROR_SECONDS: {
		description: 'How long a cached page is served when the CMS cannot be reached (stale-if-error; default 86400).',
		schema: whole('SITE_CACHE_STALE_IF_ERROR_SECONDS', 86_400)
	},
	SITE_CACHE_MAX_MB: {
		description: 'Upper bound of the in-memory page cache in megabytes (least recently used pages go first; default 64).',
		schema: whole('SITE_CACHE_MAX_MB', 64)
	},
	SITE_CACHE_PROXY_SECONDS: {
		description: 's-maxage for a proxy or CDN in front of the site (default 60): a proxy does not learn about changes, so keep it short.',
		schema: whole('SITE_CACHE_PROXY_SECONDS', 60)
	},
	REDIS_URL: {
		description: 'Optional (redis://host:6379): the page cache is shared between site instances and changes are fanned out to all of them (pub/sub). Without it each instance keeps its own cache.',
		schema: optional
	},
	REDIS_PREFIX: {
		description: 'Prefix of every Redis key and channel of the site (default `boerde:site:`), so several sites or test runs can share one Redis.',
		schema: (value) => optional(value) ?? 'boerde:site:'
	},
	SITE_CHANGES_SECRET: {
		description:
			'Shared secret of site and CMS that signs the CMS’s change notifications (POST /_intern/inhalte-geaendert, HMAC-SHA256). Without it the endpoint refuses everything and cached pages only expire by time.',
		schema: optional
	}
});
