/**
 * Issue 19, in-process against SQLite and PostgreSQL: the case history of a review and of a user
 * (every step in order, with who and why; strikes linked to their message with decay and expiry).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/service/create-app.js';
import { ServiceClient } from './helpers/service-client.js';
import { testTargets, type TestDb } from './helpers/service-db.js';

const API_KEY = 'chp_test_key_workflow_01';
const ADMIN = { email: 'admin@example.org', password: 'correct horse battery staple' };
const targets = await testTargets();
const DAY = 86_400_000;

let n = 0;
const uid = (p: string) => `${p}-${++n}-${Date.now().toString(36)}`;

for (const target of targets) {
  describe(`the team's workflow on ${target.name}`, { skip: target.skip ?? false }, () => {
    let db: TestDb;
    let app: FastifyInstance;
    let admin: ServiceClient;
    const people: Record<string, ServiceClient & { email: string; id: string }> = {};

    before(async () => {
      db = await target.open();
      app = await createApp({ databaseUrl: db.databaseUrl, dataDir: db.dataDir, apiKey: API_KEY, adminEmail: ADMIN.email, adminPassword: ADMIN.password, webhook: null, consoleDir: false, logger: false });
      admin = new ServiceClient(app, API_KEY);
      assert.equal((await admin.login(ADMIN.email, ADMIN.password)).status, 200);
      for (const [key, role, name] of [['mo', 'moderator', 'Mo Moderator'], ['max', 'moderator', 'Max Moderator'], ['lee', 'safeguarding_lead', 'Lee Lead']] as const) {
        const email = `${key}@example.org`;
        const password = `${name} has a long password`;
        const r = await admin.mod('POST', '/v1/moderators', { email, password, role, name });
        assert.equal(r.status, 201);
        const c = new ServiceClient(app, API_KEY);
        assert.equal((await c.login(email, password)).status, 200);
        people[key] = Object.assign(c, { email, id: r.body.user.id as string });
      }
    });
    after(async () => {
      await app?.close();
      await db?.drop();
    });

    async function leakageHold(parent = uid('parent'), text = 'Could we pay you cash instead and skip the fees?') {
      const sent = await admin.send({ conversationId: uid('lk'), senderId: parent, senderRole: 'parent', participants: [{ id: uid('tutor'), role: 'tutor' }], text });
      assert.equal(sent.body.message.status, 'held');
      const q = await people.lee.mod('GET', `/v1/queues/leakage?senderId=${encodeURIComponent(parent)}`);
      const item = q.body.items.find((i: { messageId: string }) => i.messageId === sent.body.message.id);
      return { reviewId: item.reviewId as string, messageId: sent.body.message.id as string, parent };
    }

    it('a review’s case history: scanned, policy (rule ids), held, claimed, original opened (reason), noted, strike (expiry), decided — in order, with who', async () => {
      const h = await leakageHold();
      assert.equal((await people.lee.mod('POST', `/v1/reviews/${h.reviewId}/claim`, {})).status, 200);
      assert.equal((await people.lee.mod('POST', `/v1/messages/${h.messageId}/original`, { reason: 'checking the wording' })).status, 200);
      assert.equal((await people.lee.mod('POST', `/v1/reviews/${h.reviewId}/notes`, { note: 'second time this month' })).status, 201);
      const strike = await people.lee.mod('POST', `/v1/users/${h.parent}/strikes`, { weight: 2, reason: 'cash outside the platform', messageId: h.messageId });
      assert.equal(strike.status, 201, JSON.stringify(strike.body));
      assert.equal((await people.lee.mod('POST', `/v1/users/${h.parent}/strikes`, { weight: 2, reason: 'x', messageId: 'someone-elses' })).status, 400);
      assert.equal((await people.lee.mod('POST', `/v1/reviews/${h.reviewId}/decision`, { outcome: 'reject', reason: 'payment off the platform' })).status, 200);

      const t = await people.mo.mod('GET', `/v1/reviews/${h.reviewId}/timeline`);
      assert.equal(t.status, 200, JSON.stringify(t.body));
      // The policy's own strike for the hold is there too; the moderators' steps follow in order.
      assert.ok(t.body.events.some((e: { type: string; actor: unknown }) => e.type === 'strike_added' && e.actor === 'policy'));
      const types = t.body.events.filter((e: { type: string; actor: unknown }) => !(e.type === 'strike_added' && e.actor === 'policy')).map((e: { type: string }) => e.type);
      const expected = ['scanned', 'policy_decided', 'held', 'claimed', 'original_opened', 'noted', 'strike_added', 'decided'];
      assert.deepEqual(types.filter((x: string) => expected.includes(x)), expected, types.join(', '));
      const ev = (type: string) => t.body.events.find((e: { type: string; actor: unknown }) => e.type === type && !(type === 'strike_added' && e.actor === 'policy'));
      assert.ok(ev('policy_decided').details.rules.includes('payment-off-platform'), JSON.stringify(ev('policy_decided')));
      assert.equal(ev('original_opened').actor.email, people.lee.email);
      assert.match(ev('original_opened').summary, /checking the wording/);
      assert.equal(ev('noted').details.visibility, 'internal');
      assert.match(ev('decided').summary, /Lee Lead rejected it: “payment off the platform”/);
      const expiry = Date.parse(ev('strike_added').details.expiresAt) - Date.parse(ev('strike_added').at);
      assert.ok(Math.abs(expiry - 90 * DAY) < DAY, `a strike fades out over the policy's 90 days (${expiry / DAY})`);
      assert.equal((await admin.mod('GET', `/v1/reviews/${h.reviewId}/timeline`)).status, 200, 'admins read for oversight');
      assert.equal((await admin.request('GET', `/v1/reviews/${h.reviewId}/timeline`)).status, 403, 'not the platform');
    });

    it('a user’s case history spans their cases; strikes are linked to their messages, with decay and expiry dates', async () => {
      const parent = uid('parent');
      const a = await leakageHold(parent);
      const b = await leakageHold(parent, 'Pay me by PayPal instead, it is cheaper for both of us');
      await people.lee.mod('POST', `/v1/users/${parent}/strikes`, { weight: 1, reason: 'paypal', messageId: b.messageId });
      await people.mo.mod('POST', `/v1/reviews/${a.reviewId}/decision`, { outcome: 'reject' });
      const t = await people.mo.mod('GET', `/v1/users/${parent}/timeline`);
      assert.equal(t.status, 200);
      const reviews = new Set(t.body.events.map((e: { reviewId: string | null }) => e.reviewId));
      assert.ok(reviews.has(a.reviewId) && reviews.has(b.reviewId), 'both cases');
      const s = t.body.strikes.find((x: { reason: string }) => x.reason === 'paypal');
      assert.equal(s.messageId, b.messageId);
      assert.equal(s.reviewId, b.reviewId);
      assert.equal(s.active, true);
      assert.ok(Date.parse(s.halfAt) > Date.parse(s.createdAt) && Date.parse(s.halfAt) < Date.parse(s.expiresAt));
      assert.equal((await people.mo.mod('GET', '/v1/users/nobody-at-all/timeline')).status, 404);
    });
  });
}
