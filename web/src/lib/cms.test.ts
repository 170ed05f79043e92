import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isHttpError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmsClient, createSubmitter, UNAVAILABLE_MESSAGE, withGermanFallback } from './cms.ts';
import { OfferingIdDocument } from './graphql/generated/graphql.ts';

const QUERY = OfferingIdDocument;
const VARIABLES = { slug: 'deutschkurs' };

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
	const bodies: unknown[] = [];

	beforeAll(async () => {
		// '/graphql' answers, '/broken/graphql' fails with 502, anything else never answers
		server = createServer();
		server.on('request', (req, res) => {
			if (req.url === '/graphql') {
				let raw = '';
				req.on('data', (chunk) => (raw += chunk));
				req.on('end', () => {
					bodies.push(JSON.parse(raw));
					res.writeHead(200, { 'content-type': 'application/json' });
					res.end(JSON.stringify({ data: { offerings: [{ documentId: 'a1' }] } }));
				});
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
		const data = await createCmsClient(`${base}/`).request(QUERY, VARIABLES);
		expect(data.offerings).toEqual([{ documentId: 'a1' }]);
	});

	it('sends the trusted document’s hash and the variables, never the document text', async () => {
		bodies.length = 0;
		await createCmsClient(base).request(QUERY, VARIABLES);
		const hash = String(QUERY.__meta__?.hash).replace(/^sha256:/, '');
		expect(hash).toMatch(/^[0-9a-f]{64}$/);
		expect(bodies).toEqual([{ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: VARIABLES }]);
	});

	it('maps an unreachable CMS to a 503 HttpError', async () => {
		// bind and close a port so that nothing listens there: connection refused
		const probe = createServer();
		await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
		const port = (probe.address() as AddressInfo).port;
		await new Promise((resolve) => probe.close(resolve));

		const err = await captured(createCmsClient(`http://127.0.0.1:${port}`).request(QUERY, VARIABLES));
		expect(isHttpError(err, 503)).toBe(true);
		expect(isHttpError(err) && err.body.message).toBe(UNAVAILABLE_MESSAGE);
	});

	it('maps a timeout to a 503 HttpError', async () => {
		const err = await captured(createCmsClient(`${base}/slow`, { timeoutMs: 200 }).request(QUERY, VARIABLES));
		expect(isHttpError(err, 503)).toBe(true);
	});

	it('maps a 5xx answer of the CMS to a 503 HttpError', async () => {
		const err = await captured(createCmsClient(`${base}/broken`).request(QUERY, VARIABLES));
		expect(isHttpError(err, 503)).toBe(true);
	});
});

describe('withGermanFallback', () => {
	it('uses the visitor’s locale when that version exists', async () => {
		const asked: string[] = [];
		const result = await withGermanFallback('ar', async (locale) => {
			asked.push(locale);
			return { title: `title-${locale}` };
		});
		expect(result).toEqual({ value: { title: 'title-ar' }, fallback: false });
		expect(asked).toEqual(['ar']);
	});

	it('falls back to German and says so', async () => {
		const result = await withGermanFallback('uk', async (locale) => (locale === 'de' ? { title: 'Titel' } : null));
		expect(result).toEqual({ value: { title: 'Titel' }, fallback: true });
	});

	it('is no fallback for German itself, and null when nothing exists', async () => {
		expect(await withGermanFallback('de', async () => ({ title: 'Titel' }))).toEqual({ value: { title: 'Titel' }, fallback: false });
		expect(await withGermanFallback('fa', async () => null)).toBeNull();
	});
});

describe('public submissions', () => {
	let server: Server;
	let base = '';
	const received: { url: string; headers: Record<string, string | string[] | undefined>; body: string }[] = [];

	beforeAll(async () => {
		// /ok → 201, /invalid → 400 with per-field messages, /limited → 429, /broken → 500
		server = createServer((req, res) => {
			let body = '';
			req.on('data', (chunk) => (body += chunk));
			req.on('end', () => {
				received.push({ url: req.url ?? '', headers: req.headers, body });
				const prefix = (req.url ?? '').split('/')[1];
				const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
					res.writeHead(status, { 'content-type': 'application/json', ...headers });
					res.end(JSON.stringify(json));
				};
				if (prefix === 'ok') send(201, { data: { receivedAt: '2026-11-26T10:00:00.000Z' } });
				else if (prefix === 'invalid')
					send(400, { data: null, error: { status: 400, name: 'ValidationError', message: 'Bitte die markierten Felder prüfen', details: { fields: { email: 'keine gültige E-Mail-Adresse', other: 7 } } } });
				else if (prefix === 'limited') send(429, { error: { status: 429, details: { retryAfter: 120 } } });
				else send(500, { error: { status: 500 } });
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	});

	const data = { kind: 'contact', message: 'Hallo', website: '' };

	it('posts JSON with the visitor’s address and the shared secret', async () => {
		const submit = createSubmitter(`${base}/ok`, { secret: 's3cret' });
		expect(await submit('/api/reports/submit', data, '203.0.113.7')).toEqual({ ok: true });
		const request = received.at(-1)!;
		expect(request.url).toBe('/ok/api/reports/submit');
		expect(request.headers['x-client-address']).toBe('203.0.113.7');
		expect(request.headers['x-site-secret']).toBe('s3cret');
		expect(request.headers['content-type']).toBe('application/json');
		expect(JSON.parse(request.body)).toEqual(data);
	});

	it('sends no address header without a secret (the CMS would ignore it)', async () => {
		await createSubmitter(`${base}/ok`)('/api/reports/submit', data, '203.0.113.7');
		expect(received.at(-1)!.headers['x-client-address']).toBeUndefined();
		expect(received.at(-1)!.headers['x-site-secret']).toBeUndefined();
	});

	it('returns the per-field messages of a 400', async () => {
		expect(await createSubmitter(`${base}/invalid`)('/api/reports/submit', data, null)).toEqual({
			ok: false,
			reason: 'invalid',
			message: 'Bitte die markierten Felder prüfen',
			fields: { email: 'keine gültige E-Mail-Adresse' }
		});
	});

	it('reports the rate limit', async () => {
		expect(await createSubmitter(`${base}/limited`)('/api/reports/submit', data, null)).toEqual({
			ok: false,
			reason: 'rate_limited',
			retryAfterSeconds: 120
		});
	});

	it('treats a broken or unreachable CMS as unavailable, never as an exception', async () => {
		expect(await createSubmitter(`${base}/broken`)('/api/reports/submit', data, null)).toEqual({ ok: false, reason: 'unavailable' });
		const probe = createServer();
		await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
		const port = (probe.address() as AddressInfo).port;
		await new Promise((resolve) => probe.close(resolve));
		expect(await createSubmitter(`http://127.0.0.1:${port}`)('/api/reports/submit', data, null)).toEqual({ ok: false, reason: 'unavailable' });
		expect(await createSubmitter(`${base}/slow-never-answers`, { timeoutMs: 1 })('/api/reports/submit', data, null)).toMatchObject({ ok: false });
	});
});
