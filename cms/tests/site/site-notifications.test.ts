import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useCms } from '../helpers/suite';

/**
 * The CMS tells the site about every change of public content (src/site-notifications): a signed
 * POST after the write has committed, retried when the site stumbles, never failing the write.
 * A small HTTP server stands in for the site's endpoint and checks each signature the way the site
 * does (HMAC-SHA256 over `{timestamp}.{body}` with the shared secret).
 */
const SECRET = 'site-changes-test-secret';
const OFFERING = 'api::offering.offering';

type Received = { change: { type: string; documentId?: string; action: string }; timestamp: number; signatureValid: boolean; publicSummary: string | null };
const received: Received[] = [];
/** How the stand-in answers: the next `failures` requests get a 503, then 202. */
let failures = 0;
let attempts = 0;
let server: Server;
let baseUrl = '';

const publicSummary = async (documentId: string | undefined) => {
  const response = await fetch(new URL(`/api/offerings/${documentId}`, baseUrl));
  return response.status === 200 ? ((await response.json()).data.summary as string) : null;
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      attempts += 1;
      if (failures > 0) {
        failures -= 1;
        res.writeHead(503).end();
        return;
      }
      const timestamp = String(req.headers['x-cms-timestamp']);
      const expected = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
      const change = JSON.parse(body);
      // what a visitor would see at the moment the site hears about the change
      const summary = change.type === 'offering' && baseUrl ? await publicSummary(change.documentId) : null;
      received.push({ change, timestamp: Number(timestamp), signatureValid: req.headers['x-cms-signature'] === expected, publicSummary: summary });
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // read by the CMS at boot (useCms' beforeAll runs after this one)
  process.env.SITE_CHANGES_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_intern/inhalte-geaendert`;
  process.env.SITE_CHANGES_SECRET = SECRET;
});

const cms = useCms();

beforeAll(() => {
  baseUrl = cms.baseUrl;
});

afterAll(async () => {
  delete process.env.SITE_CHANGES_URL;
  delete process.env.SITE_CHANGES_SECRET;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received.length = 0;
  failures = 0;
  attempts = 0;
});

/** Waits until the stand-in has received what `done` looks for (notifications are asynchronous). */
async function until(done: () => boolean, what: string) {
  for (let i = 0; i < 100 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(done(), what).toBe(true);
}

const offeringId = async (slug: string) => (await cms.strapi.db.query(OFFERING).findOne({ where: { slug } })).documentId as string;

describe('change notifications to the site', () => {
  it('the office approves a member’s change: the site hears it signed, after the commit, with the new version already public', async () => {
    const documentId = await offeringId('integrationskurs-haldensleben');
    const summary = `Neu ab Montag ${Date.now()}`;
    const saved = await cms.client.rest('PUT', `/api/offerings/${documentId}`, { token: cms.tokens.kvhs, body: { data: { summary } } });
    expect(saved.status).toBe(200);
    await until(() => received.some((r) => r.change.documentId === documentId && r.change.action === 'update'), 'the member’s draft change');

    const queue = await cms.client.rest('GET', '/api/moderation/queue', { token: cms.tokens.koordination });
    const item = queue.body.data.find((entry: { documentId: string }) => entry.documentId === documentId);
    received.length = 0;
    const approved = await cms.client.rest('POST', `/api/moderation/offering/${documentId}/approve`, { token: cms.tokens.koordination, body: { version: item.version } });
    expect(approved.status).toBe(200);
    await until(() => received.some((r) => r.change.action === 'approve') && received.some((r) => r.change.action === 'publish'), 'approve and publish');

    for (const notification of received) {
      expect(notification.change).toMatchObject({ type: 'offering', documentId });
      expect(notification.signatureValid).toBe(true);
      expect(Math.abs(notification.timestamp - Date.now() / 1000)).toBeLessThan(60);
      // sent after the transaction committed: the site already reads the approved version
      expect(notification.publicSummary).toBe(summary);
    }
  });

  it('withdraw and restore, which change rows directly, are announced too', async () => {
    const documentId = await offeringId('integrationskurs-haldensleben');
    expect((await cms.client.rest('POST', `/api/moderation/offering/${documentId}/withdraw`, { token: cms.tokens.koordination, body: {} })).status).toBe(200);
    await until(() => received.some((r) => r.change.action === 'withdraw'), 'withdraw');
    expect(received.find((r) => r.change.action === 'withdraw')?.publicSummary).toBeNull();
    expect((await cms.client.rest('POST', `/api/moderation/offering/${documentId}/restore`, { token: cms.tokens.koordination, body: {} })).status).toBe(200);
    await until(() => received.some((r) => r.change.action === 'restore'), 'restore');
    expect(received.every((r) => r.signatureValid && r.change.documentId === documentId)).toBe(true);
  });

  it('tries again when the site stumbles, and the write succeeds either way', async () => {
    failures = 2;
    const documentId = await offeringId('integrationskurs-haldensleben');
    const saved = await cms.client.rest('PUT', `/api/offerings/${documentId}`, { token: cms.tokens.kvhs, body: { data: { summary: 'Zweiter Versuch' } } });
    expect(saved.status).toBe(200);
    await until(() => received.some((r) => r.change.action === 'update'), 'the third attempt');
    expect(attempts).toBe(3);

    failures = 100; // the site is down for good
    const again = await cms.client.rest('PUT', `/api/offerings/${documentId}`, { token: cms.tokens.kvhs, body: { data: { summary: 'Site nicht erreichbar' } } });
    expect(again.status).toBe(200);
    const draft = await cms.strapi.db.query(OFFERING).findOne({ where: { documentId, publishedAt: null } });
    expect(draft.summary).toBe('Site nicht erreichbar');
  });

  it('says nothing about content the site does not show (a public report)', async () => {
    const report = await cms.client.rest('POST', '/api/reports/submit', { body: { kind: 'contact', message: 'Eine Frage zum Kurs', email: 'frage@example.org', website: '' } });
    expect(report.status).toBe(201);
    // a later public change is announced, and nothing came before it
    const documentId = await offeringId('integrationskurs-haldensleben');
    await cms.client.rest('POST', `/api/moderation/offering/${documentId}/confirm`, { token: cms.tokens.kvhs, body: {} });
    await until(() => received.some((r) => r.change.action === 'confirm'), 'confirm');
    expect(received.map((r) => r.change.type)).not.toContain('report');
    expect(received.map((r) => r.change.type)).toContain('offering');
  });
});
