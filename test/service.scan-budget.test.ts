/**
 * A scan that cannot answer never lets a message through unscanned (issue 15): with an injected
 * scanner that never answers, a send is held for a safeguarding lead with the reason, the recipient
 * sees nothing and the sender is told; a scanner that fails the same; a prompt scanner changes nothing
 * (the budget does not hold ordinary messages). Then the real worker pool: a message scanned on a
 * worker gets the same decision as on the main thread, and a 64 KiB message against a budget far
 * below its scanning cost is held, not delivered. Behaviour only: the injected scanners decide the
 * outcome, not the clock.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scanInConversation } from '../src/engine/conversation.js';
import { createApp, type AppOptions } from '../src/service/create-app.js';
import { ScanUnavailableError, type ConversationScanner } from '../src/service/conversation-scanner.js';
import { ServiceClient } from './helpers/service-client.js';
import { sqliteDb } from './helpers/service-db.js';

const KEY = 'chp_budget_key_0123456789';
const LEAD = { email: 'lead@example.org', password: 'a safeguarding lead password' };

async function start(extra: Partial<AppOptions>) {
  const db = sqliteDb();
  const app = await createApp({ dataDir: db.dataDir, apiKey: KEY, adminEmail: 'admin@example.org', adminPassword: 'an admin password long', webhook: null, consoleDir: false, logger: false, ...extra });
  after(async () => {
    await app.close();
    await db.drop();
  });
  return { app, client: new ServiceClient(app, KEY) };
}

const body = (conversationId: string, text: string) => ({ conversationId, senderId: 'tutor-1', senderRole: 'tutor', participants: [{ id: 'parent-1', role: 'parent' }], text });

describe('a per-message scan budget that fails closed', () => {
  it('holds a message whose scan never answers, for a lead, with the reason; the recipient sees nothing', async () => {
    const never: ConversationScanner = { scan: () => new Promise(() => undefined), close: async () => undefined };
    const { app, client } = await start({ scanner: never, scanBudgetMs: 50 });
    const r = await client.send(body('c-never', 'see you on thursday at four'));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.message.status, 'held');
    assert.equal(r.body.message.deliveredText, null);
    assert.equal(r.body.decision.action, 'hold');
    assert.equal(r.body.decision.concern, 'safeguarding');
    assert.ok(r.body.decision.reasons.some((x: { rule: string }) => x.rule === 'scan-timeout'));
    assert.match(r.body.decision.nudge.text, /waiting for a moderator/);
    const seen = await client.request('GET', '/v1/conversations/c-never/messages?as=parent-1');
    assert.equal(seen.status, 200);
    assert.ok(!JSON.stringify(seen.body).includes('thursday'), 'nothing delivered to the recipient');
    // It waits in the safeguarding queue like any hold.
    const admin = new ServiceClient(app, KEY);
    await admin.login('admin@example.org', 'an admin password long');
    assert.equal((await admin.mod('POST', '/v1/moderators', { email: LEAD.email, password: LEAD.password, role: 'safeguarding_lead' })).status, 201);
    const lead = new ServiceClient(app, KEY);
    await lead.login(LEAD.email, LEAD.password);
    const queue = await lead.mod('GET', '/v1/queues/safeguarding');
    assert.equal(queue.status, 200, JSON.stringify(queue.body));
    assert.ok(JSON.stringify(queue.body).includes(r.body.message.id));
  });

  it('holds a message whose scanner fails, and answers 503 to a stateless scan', async () => {
    const failing: ConversationScanner = { scan: async () => Promise.reject(new ScanUnavailableError('scan-failed', 'the scanning worker stopped')), close: async () => undefined };
    const { client } = await start({ scanner: failing });
    const r = await client.send(body('c-fail', 'hello there'));
    assert.equal(r.body.message.status, 'held');
    assert.ok(r.body.decision.reasons.some((x: { rule: string }) => x.rule === 'scan-failed'));
    const s = await client.request('POST', '/v1/scan', { body: { text: 'hello there' } });
    assert.equal(s.status, 503);
    assert.equal(s.body.type, 'https://chaperone.dev/problems/scan-unavailable');
  });

  it('changes nothing when the scanner answers (a prompt scan is never held by the budget)', async () => {
    let calls = 0;
    const prompt: ConversationScanner = { scan: async (s, m, o) => (calls++, scanInConversation(s, m, o)), close: async () => undefined };
    const { client } = await start({ scanner: prompt, scanBudgetMs: 60_000 });
    const plain = await client.send(body('c-ok', 'see you on thursday at four'));
    assert.equal(plain.body.message.status, 'delivered');
    const phone = await client.send(body('c-ok', 'call me on 07700 900123'));
    assert.equal(phone.body.decision.action, 'redact');
    assert.equal(calls, 2);
  });

  it('scans on worker threads with the same decisions as the main thread', async () => {
    const pooled = await start({ scanWorkers: 1, scanBudgetMs: 60_000 });
    const local = await start({ scanWorkers: 0 });
    for (const text of ['call me on 07700 900123', 'my email is jane dot doe at gmail dot com', 'see you on thursday']) {
      const a = await pooled.client.send(body('c-same', text));
      const b = await local.client.send(body('c-same', text));
      assert.equal(a.status, 201);
      assert.deepEqual({ status: a.body.message.status, deliveredText: a.body.message.deliveredText, action: a.body.decision.action, kinds: a.body.decision.kinds }, { status: b.body.message.status, deliveredText: b.body.message.deliveredText, action: b.body.decision.action, kinds: b.body.decision.kinds }, text);
    }
    // Memory across messages works through the worker too: a number split over two messages.
    await pooled.client.send(body('c-split', 'my number is 07700'));
    const second = await pooled.client.send(body('c-split', '900123'));
    assert.ok(second.body.decision.kinds.includes('phone'), JSON.stringify(second.body.decision));
  });

  it('holds a 64 KiB message on a worker whose budget is far below its cost (the worker is stopped, not waited for)', async () => {
    // 1 ms against a scan that takes tens of milliseconds of CPU on any machine.
    const { client } = await start({ scanWorkers: 1, scanBudgetMs: 1 });
    const r = await client.send(body('c-big', '0 1 '.repeat(16 * 1024)));
    assert.equal(r.status, 201);
    assert.equal(r.body.message.status, 'held');
    assert.ok(r.body.decision.reasons.some((x: { rule: string }) => x.rule === 'scan-timeout'));
  });
});
