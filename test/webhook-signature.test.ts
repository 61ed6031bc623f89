/**
 * Webhooks are signed in the Standard Webhooks format (issue 15): a receiver verifies them with the
 * `standardwebhooks` library alone — for a `whsec_` secret and for a secret set before the migration
 * (raw bytes) — while the original `chaperone-signature` header is still sent during the migration
 * ('both', the default) and dropped with 'standard'. One real delivery over loopback, from a held
 * message to a receiver that verifies with the library.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { createApp } from '../src/service/create-app.js';
import { verifyWebhookSignature, webhookHeaders, webhookSignatureModeFromEnv } from '../src/service/webhooks.js';
import { ServiceClient } from './helpers/service-client.js';
import { sqliteDb } from './helpers/service-db.js';

const row = { id: 'evt_123', event: 'message.held', payload: JSON.stringify({ id: 'evt_123', type: 'message.held', data: { messageId: 'm1' } }) };
const now = Math.floor(Date.now() / 1000);

describe('webhook signatures', () => {
  it('a whsec_ secret verifies with the Standard Webhooks library, and a changed body does not', () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const h = webhookHeaders({ secret, signature: 'standard' }, row, now);
    assert.equal(h['webhook-id'], 'evt_123');
    assert.equal(h['webhook-timestamp'], String(now));
    assert.match(h['webhook-signature'], /^v1,[A-Za-z0-9+/]+=*$/);
    assert.equal(h['chaperone-signature'], undefined, "'standard' drops the original header");
    assert.deepEqual(new Webhook(secret).verify(row.payload, h), JSON.parse(row.payload));
    assert.throws(() => new Webhook(secret).verify(row.payload.replace('m1', 'm2'), h));
    assert.throws(() => new Webhook(`whsec_${randomBytes(32).toString('base64')}`).verify(row.payload, h));
  });

  it('a secret from before the migration verifies as raw bytes; both headers are sent by default', () => {
    const secret = 'an old plain webhook secret';
    const h = webhookHeaders({ secret }, row, now);
    assert.ok(h['webhook-signature'] && h['chaperone-signature'], 'both by default');
    assert.deepEqual(new Webhook(Buffer.from(secret, 'utf8'), { format: 'raw' }).verify(row.payload, h), JSON.parse(row.payload));
    assert.equal(verifyWebhookSignature(secret, row.payload, h['chaperone-signature'], now), true);
    const legacy = webhookHeaders({ secret, signature: 'legacy' }, row, now);
    assert.equal(legacy['webhook-signature'], undefined);
  });

  it('reads the mode from CHAPERONE_WEBHOOK_SIGNATURE and refuses a wrong one', () => {
    assert.equal(webhookSignatureModeFromEnv(undefined), 'both');
    assert.equal(webhookSignatureModeFromEnv('standard'), 'standard');
    assert.throws(() => webhookSignatureModeFromEnv('hmac'), /both, standard or legacy/);
  });

  it('a held message reaches a loopback receiver that verifies it with the library', async () => {
    const secret = `whsec_${randomBytes(24).toString('base64')}`;
    const received: { headers: IncomingMessage['headers']; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const db = sqliteDb();
    const app = await createApp({ dataDir: db.dataDir, apiKey: 'chp_wh_key_0123456789', webhook: { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`, secret, intervalMs: 3_600_000 }, consoleDir: false, logger: false });
    after(async () => {
      await app.close();
      server.close();
      await db.drop();
    });
    const client = new ServiceClient(app, 'chp_wh_key_0123456789');
    const sent = await client.send({ conversationId: 'c1', senderId: 't1', senderRole: 'tutor', participants: [{ id: 's1', role: 'student' }], studentAge: 'under13', text: 'text me on 07700 900123' });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    assert.equal(sent.body.message.status, 'held');
    assert.ok((await app.chaperone.dispatcher!.runOnce()) >= 1);
    const got = received.find((r) => r.headers['chaperone-event'] === 'message.held');
    assert.ok(got, 'delivered');
    const event = new Webhook(secret).verify(got.body, got.headers as Record<string, string>) as { id: string; data: { messageId: string } };
    assert.equal(event.data.messageId, sent.body.message.id);
    assert.equal(got.headers['webhook-id'], event.id, 'webhook-id is the event id (receivers de-duplicate by it)');
    assert.ok(!got.body.includes('07700'), 'no contact detail in the payload');
  });
});
