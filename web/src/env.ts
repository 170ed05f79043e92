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
	}
});
