import { describe, expect, it } from 'vitest';
import { createChangeVerifier, signChange } from './change-signature.ts';

const SECRET = 'shared-secret';
const NOW = 1_800_000_000_000;
const body = JSON.stringify({ type: 'offering', documentId: 'abc123', action: 'publish' });
const seconds = (ms: number) => String(Math.floor(ms / 1000));

describe('change notifications', () => {
	const verifier = () => createChangeVerifier({ secret: SECRET, now: () => NOW });

	it('accepts a correctly signed, current notification once', () => {
		const verify = verifier();
		const timestamp = seconds(NOW);
		const signature = signChange(SECRET, timestamp, body);
		expect(verify(timestamp, signature, body)).toEqual({ ok: true, change: { type: 'offering', documentId: 'abc123', action: 'publish' } });
		expect(verify(timestamp, signature, body)).toEqual({ ok: false, status: 401, message: 'This notification was already received (replay).' });
	});

	it('refuses a missing signature or timestamp', () => {
		expect(verifier()(null, null, body)).toMatchObject({ ok: false, status: 401 });
		expect(verifier()(seconds(NOW), null, body)).toMatchObject({ ok: false, status: 401 });
	});

	it('refuses a wrong secret, a changed body and a changed timestamp', () => {
		const timestamp = seconds(NOW);
		expect(verifier()(timestamp, signChange('other', timestamp, body), body)).toMatchObject({ ok: false, status: 401, message: 'The signature does not match.' });
		expect(verifier()(timestamp, signChange(SECRET, timestamp, body), body.replace('abc123', 'xyz789'))).toMatchObject({ ok: false, status: 401 });
		expect(verifier()(seconds(NOW - 1000), signChange(SECRET, timestamp, body), body)).toMatchObject({ ok: false, status: 401 });
	});

	it('refuses a notification older or newer than the replay window', () => {
		for (const offset of [-61_000, 61_000, -3_600_000]) {
			const timestamp = seconds(NOW + offset);
			expect(verifier()(timestamp, signChange(SECRET, timestamp, body), body)).toMatchObject({ ok: false, status: 401 });
		}
		const edge = seconds(NOW - 59_000);
		expect(verifier()(edge, signChange(SECRET, edge, body), body)).toMatchObject({ ok: true });
	});

	it('answers 400 to malformed headers and bodies, even correctly signed', () => {
		const timestamp = seconds(NOW);
		expect(verifier()('yesterday', signChange(SECRET, 'yesterday', body), body)).toMatchObject({ ok: false, status: 400 });
		expect(verifier()(timestamp, 'md5=abc', body)).toMatchObject({ ok: false, status: 400 });
		for (const bad of ['not json', '[]', '{"type":"Offering; DROP"}', '{"type":"offering","documentId":"../x"}', '{"type":"offering","action":1}']) {
			expect(verifier()(timestamp, signChange(SECRET, timestamp, bad), bad), bad).toMatchObject({ ok: false, status: 400 });
		}
	});

	it('refuses everything when no secret is configured', () => {
		const verify = createChangeVerifier({ secret: undefined, now: () => NOW });
		const timestamp = seconds(NOW);
		expect(verify(timestamp, signChange('', timestamp, body), body)).toMatchObject({ ok: false, status: 401 });
	});
});
