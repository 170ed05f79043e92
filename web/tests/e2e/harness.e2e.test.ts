/**
 * The harness checks itself, so that a green "no request to another origin" means something:
 * the request log sees a request to another origin, and the CMS helpers reach the real CMS.
 */
import { describe, expect, test } from 'vitest';
import { cmsGraphql, cmsRest, cmsUrl, officeToken, withBrowser } from './helpers.ts';

describe('the e2e harness', () => {
	test('records a request that leaves the site origin', async () => {
		await withBrowser({ javaScript: false }, async ({ page, foreignRequests }) => {
			await page.goto('/', { waitUntil: 'load' });
			expect(foreignRequests()).toEqual([]);
			await page.goto(`${cmsUrl()}/_health`).catch(() => undefined);
			expect(foreignRequests().map(({ url }) => url)).toContain(`${cmsUrl()}/_health`);
		});
	});

	test('reaches the CMS with demo data, as the public and as the coordination office', async () => {
		const { status, data } = await cmsGraphql<{ offerings: Array<{ documentId: string }> }>('{ offerings { documentId } }');
		expect(status).toBe(200);
		expect(data?.offerings.length).toBeGreaterThan(0);
		const me = await cmsRest('/api/users/me', { token: await officeToken() });
		expect(me.status).toBe(200);
		expect(me.body.email).toBe('koordination@example.org');
	});
});
