/**
 * /metrics and /health/ready in-process: a send is counted by action and kind, with a scan time and
 * a request time; readiness is 200 while the database answers and 503 naming it when it does not, or
 * when a registered check (the stream) fails; parsing stream payloads sends the unusable ones to the
 * dead-letter path with a code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sqliteDb } from '../../test/helpers/service-db.js';
import { createApp } from './create-app.js';
import { parseStreamPayload } from './stream-intake.js';

const KEY = 'chp_metrics_key_abcdef0123456789';

test('/metrics counts decisions by action and kind; /health/ready follows the database and the stream', async () => {
  const db = sqliteDb();
  const app = await createApp({ dataDir: db.dataDir, databaseUrl: '', apiKey: KEY, adminEmail: 'a@example.org', adminPassword: 'a long password here', webhook: null, consoleDir: false, logger: false });
  try {
    const send = await app.inject({ method: 'POST', url: '/v1/messages', headers: { authorization: `Bearer ${KEY}` }, payload: { conversationId: 'm1', senderId: 't1', senderRole: 'tutor', participants: [{ id: 'p1', role: 'parent' }], text: 'call me on 07700 900123' } });
    assert.equal(send.statusCode, 201);
    const action = send.json().decision.action as string;
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    assert.match(text, /chaperone_messages_scanned_total\{source="http"\} 1/);
    assert.match(text, new RegExp(`chaperone_decisions_total\\{action="${action}",kind="phone"\\} 1`));
    assert.match(text, /chaperone_scan_duration_seconds_count 1/);
    assert.match(text, /chaperone_http_request_duration_seconds_count\{method="POST",route="\/v1\/messages",status="201"\} 1/);
    assert.match(text, /chaperone_review_queue_depth\{queue="leakage"\} \d/);
    assert.match(text, /chaperone_webhook_outbox_lag_seconds 0/);
    assert.doesNotMatch(text, /07700/);

    assert.equal((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode, 200);
    let streamUp = true;
    app.chaperone.metrics.addReadyCheck({ name: 'stream', check: async () => { if (!streamUp) throw new Error('the NATS connection is closed'); } });
    assert.equal((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode, 200);
    streamUp = false;
    const down = await app.inject({ method: 'GET', url: '/health/ready' });
    assert.equal(down.statusCode, 503);
    assert.deepEqual(down.json().failing.map((f: { name: string }) => f.name), ['stream']);
    streamUp = true;
    await app.chaperone.store.db.destroy();
    const noDb = await app.inject({ method: 'GET', url: '/health/ready' });
    assert.equal(noDb.statusCode, 503);
    assert.deepEqual(noDb.json().failing.map((f: { name: string }) => f.name), ['database']);
  } finally {
    await app.close().catch(() => undefined);
    await db.drop();
  }
});

test('stream payloads: the unusable ones are refused with a code (they go to the dead-letter subject)', () => {
  const enc = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));
  const ok = { id: 'x1', conversationId: 'c', senderId: 's', senderRole: 'tutor', text: 'hi' };
  assert.deepEqual(parseStreamPayload(enc(ok), 100), { id: 'x1', input: { conversationId: 'c', senderId: 's', senderRole: 'tutor', text: 'hi' } });
  const code = (v: unknown, max = 100) => {
    try {
      parseStreamPayload(enc(v), max);
      return 'accepted';
    } catch (err) {
      return (err as { code: string }).code;
    }
  };
  assert.equal(code('{nope'), 'malformed-json');
  assert.equal(code({ ...ok, id: undefined }), 'validation');
  assert.equal(code({ ...ok, senderRole: 'dragon' }), 'validation');
  assert.equal(code({ ...ok, extra: 1 }), 'validation');
  assert.equal(code({ ...ok, sentAt: 'yesterday' }), 'validation');
  assert.equal(code({ ...ok, text: 'x'.repeat(101) }), 'text-too-large');
  assert.equal(code([1, 2]), 'validation');
});
