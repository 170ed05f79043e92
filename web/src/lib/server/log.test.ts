import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLog } from './log.ts';
import { runInRequest } from './request-context.ts';
import { requestIdFrom } from './request-id.ts';

function capture() {
	const lines: Array<Record<string, unknown>> = [];
	const stream = new Writable({
		write(chunk, _encoding, done) {
			lines.push(...chunk.toString().trim().split('\n').map((line: string) => JSON.parse(line)));
			done();
		}
	});
	return { lines, log: createLog(stream) };
}

describe('site log', () => {
	it('writes JSON lines with the current request id', () => {
		const { lines, log } = capture();
		runInRequest({ requestId: 'req-42' }, () => log.info({ path: '/de' }, 'request'));
		log.info('outside a request');
		expect(lines[0]).toMatchObject({ level: 'info', service: 'site', requestId: 'req-42', path: '/de', msg: 'request' });
		expect(lines[1].requestId).toBeUndefined();
	});

	it('redacts secret-looking keys at the top and two levels down', () => {
		const { lines, log } = capture();
		log.error({ password: 'secret-1', email: 'secret-2@example.org', code: 'secret-3', form: { text: 'secret-4' }, cms: { token: 'secret-5', nested: { authorization: 'Bearer secret-6', cookie: 'nib_session=secret-7' } } }, 'oops');
		const text = JSON.stringify(lines[0]);
		expect(text).not.toContain('secret-');
		expect(text).toContain('oops');
		expect(lines[0].password).toBe('[redacted]');
	});
});

describe('request ids', () => {
	it('keeps a sane incoming id and replaces anything else with a UUID', () => {
		expect(requestIdFrom('0b6f2c1e-caddy-id')).toBe('0b6f2c1e-caddy-id');
		for (const bad of [null, '', 'x'.repeat(101), 'a b', 'id"}\n{"level":"error"', 'ü']) {
			expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		}
	});
});
