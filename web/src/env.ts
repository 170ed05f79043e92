import { defineEnvVars } from '@sveltejs/kit/env';

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
			'Public address of the site (e.g. https://integration-boerde.de), used for absolute links: canonical, hreflang, sitemap, Open Graph, calendar, the page address in reports. Optional; without it the address of each request is used. (adapter-node 6 no longer reads ORIGIN itself.)',
		schema: (value) => {
			if (!value || value.trim() === '') return undefined;
			return new URL(value.trim()).origin;
		}
	},
	SITE_PROXY_SECRET: {
		description:
			'Shared secret of site and CMS: sent as X-Site-Secret with public submissions so that the CMS trusts the visitor address in X-Client-Address for its rate limit. Optional; without it every visitor shares the site server’s limit.',
		schema: (value) => (value && value.trim() !== '' ? value.trim() : undefined)
	}
});
