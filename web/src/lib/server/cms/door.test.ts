import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isHttpError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfferingIdDocument } from '../../graphql/generated/graphql.ts';
import { runInRequest } from '../request-context.ts';
import { createAuth } from './auth.ts';
import { createCallerClient } from './caller.ts';
import { CmsUnavailableError, UNAVAILABLE_MESSAGE } from './errors.ts';
import { createPublicClient, withGermanFallback } from './public.ts';
import { listOf, withFields } from './shape.ts';
import { createSubmitter as submitterFor } from './submissions.ts';
import { createTransport, type TransportOptions } from './transport.ts';

const createCmsClient = (baseUrl: string, options: Omit<TransportOptions, 'baseUrl'> = {}) => {
	const client = createPublicClient(createTransport({ baseUrl, ...options }));
	return { request: client.request };
};
const createSubmitter = (baseUrl: string, options: { secret?: string; timeoutMs?: number } = {}) =>
	submitterFor(createTransport({ baseUrl, proxySecret: options.secret, timeoutMs: options.timeoutMs }));

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

describe('the public GraphQL client', () => {
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

describe('one transport, one error policy', () => {
	let server: Server;
	let base = '';
	const seen: Array<{ url: string; headers: Record<string, string | string[] | undefined> }> = [];
	// what each path answers: [status, JSON body]
	const answers: Record<string, [number, unknown]> = {
		'/api/session': [200, { data: { id: 7, email: 'a@example.org', role: 'member', actor: { documentId: 'x1', name: 'KVHS' } } }],
		'/expired/api/session': [401, { error: { message: 'Unauthorized' } }],
		'/norole/api/session': [403, { error: { message: 'no role' } }],
		'/down/api/session': [502, { error: {} }],
		'/api/list': [200, { data: [{ documentId: 'a', name: 'A' }] }],
		'/api/wrong-shape': [200, { data: [{ documentId: 1 }] }],
		'/api/busy': [429, { error: { message: 'Too many requests' } }],
		'/api/conflict': [409, { error: { message: 'The draft has changed since you reviewed it', details: { errors: [{ path: ['title'], message: 'title must be at most 10 characters' }] } } }]
	};

	beforeAll(async () => {
		server = createServer((req, res) => {
			seen.push({ url: req.url ?? '', headers: req.headers });
			req.resume();
			const [status, body] = answers[req.url ?? ''] ?? [404, { error: { message: 'Not Found' } }];
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	});

	it('sends the current request id and the caller’s token', async () => {
		const caller = createCallerClient(createTransport({ baseUrl: base }), 'jwt-1');
		await runInRequest({ requestId: 'req-42' }, () => caller.get('/api/list', listOf(withFields({ documentId: 'string' }))));
		expect(seen.at(-1)?.headers['x-request-id']).toBe('req-42');
		expect(seen.at(-1)?.headers.authorization).toBe('Bearer jwt-1');
	});

	it('checks a session: the person, ended only by a 401 (cookie cleared) or a 403, an outage is thrown', async () => {
		expect(await createAuth(createTransport({ baseUrl: base })).checkSession('t')).toEqual({
			state: 'valid',
			person: { userId: 7, email: 'a@example.org', role: 'member', actor: { documentId: 'x1', name: 'KVHS' } }
		});
		expect(await createAuth(createTransport({ baseUrl: `${base}/expired` })).checkSession('t')).toEqual({ state: 'ended', clearCookie: true });
		expect(await createAuth(createTransport({ baseUrl: `${base}/norole` })).checkSession('t')).toEqual({ state: 'ended', clearCookie: false });
		expect(await captured(createAuth(createTransport({ baseUrl: `${base}/down` })).checkSession('t'))).toBeInstanceOf(CmsUnavailableError);
		expect(await captured(createAuth(createTransport({ baseUrl: 'http://127.0.0.1:9' })).checkSession('t'))).toBeInstanceOf(CmsUnavailableError);
	});

	it('narrows REST answers: the expected shape is data, another shape is the 503 page', async () => {
		const caller = createCallerClient(createTransport({ baseUrl: base }), 'jwt-1');
		const guard = listOf(withFields<{ documentId: string }>({ documentId: 'string' }));
		expect(await caller.get('/api/list', guard)).toEqual({ ok: true, status: 200, data: [{ documentId: 'a', name: 'A' }] });
		expect(isHttpError(await captured(caller.get('/api/wrong-shape', guard)), 503)).toBe(true);
	});

	it('a 429 to a read is an outage; to a write, the person’s own limit in German', async () => {
		const caller = createCallerClient(createTransport({ baseUrl: base }), 'jwt-1');
		expect(isHttpError(await captured(caller.get('/api/busy', listOf(withFields({})))), 503)).toBe(true);
		expect(await caller.write('POST', '/api/busy', {})).toMatchObject({ ok: false, status: 429, message: 'Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten.' });
	});

	it('a refusal is a typed result with German messages per field', async () => {
		const caller = createCallerClient(createTransport({ baseUrl: base }), 'jwt-1');
		expect(await caller.write('PUT', '/api/conflict', { data: {} })).toEqual({
			ok: false,
			status: 409,
			message: 'Der Eintrag wurde inzwischen geändert. Bitte laden Sie die Seite neu und prüfen Sie die aktuelle Fassung.',
			fields: { title: 'Höchstens 10 Zeichen.' }
		});
		expect(await caller.get('/api/missing', listOf(withFields({})))).toMatchObject({ ok: false, status: 404 });
	});
});
