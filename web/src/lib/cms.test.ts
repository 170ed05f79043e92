import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isHttpError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmsClient, UNAVAILABLE_MESSAGE } from './cms.ts';

const QUERY = 'query { offerings { documentId } }';

async function captured(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (err) {
		return err;
	}
	throw new Error('expected the request to fail');
}

describe('cms client', () => {
	let server: Server;
	let base = '';

	beforeAll(async () => {
		// '/graphql' answers, '/broken/graphql' fails with 502, anything else never answers
		server = createServer();
		server.on('request', (req, res) => {
			if (req.url === '/graphql') {
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ data: { offerings: [{ documentId: 'a1' }] } }));
			} else if (req.url === '/broken/graphql') {
				res.writeHead(502, { 'content-type': 'text/plain' });
				res.end('bad gateway');
			}
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	});

	it('posts to `${baseUrl}/graphql` and returns data', async () => {
		const data = await createCmsClient(`${base}/`).request<{ offerings: { documentId: string }[] }>(QUERY);
		expect(data.offerings).toEqual([{ documentId: 'a1' }]);
	});

	it('maps an unreachable CMS to a 503 HttpError', async () => {
		// bind and close a port so that nothing listens there: connection refused
		const probe = createServer();
		await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
		const port = (probe.address() as AddressInfo).port;
		await new Promise((resolve) => probe.close(resolve));

		const err = await captured(createCmsClient(`http://127.0.0.1:${port}`).request(QUERY));
		expect(isHttpError(err, 503)).toBe(true);
		expect(isHttpError(err) && err.body.message).toBe(UNAVAILABLE_MESSAGE);
	});

	it('maps a timeout to a 503 HttpError', async () => {
		const err = await captured(createCmsClient(`${base}/slow`, { timeoutMs: 200 }).request(QUERY));
		expect(isHttpError(err, 503)).toBe(true);
	});

	it('maps a 5xx answer of the CMS to a 503 HttpError', async () => {
		const err = await captured(createCmsClient(`${base}/broken`).request(QUERY));
		expect(isHttpError(err, 503)).toBe(true);
	});
});
