/**
 * Issue 19, in-process against SQLite and PostgreSQL: claims. Two moderators racing for one review:
 * exactly one wins; the other sees who holds it and cannot decide it without taking it over (with a
 * reason, audited); a claim lapses after the idle time (a test clock, not a wait); "next" hands each
 * moderator a different review, by priority then age; safeguarding holds stay the lead's.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/service/create-app.js';
import { ServiceClient, signInTeam } from './helpers/service-client.js';
import { testTargets, type TestDb } from './helpers/service-db.js';

const API_KEY = 'chp_test_key_claims_0001';
const ADMIN = { email: 'admin@example.org', password: 'correct horse battery staple' };
const targets = await testTargets();

let n = 0;
const uid = (p: string) => `${p}-${++n}-${Date.now().toString(36)}`;

for (const target of targets) {
  describe(`claims on ${target.name}`, { skip: target.skip ?? false }, () => {
    let db: TestDb;
    let app: FastifyInstance;
    let offsetMs = 0;
    let admin: ServiceClient;
    const people: Record<string, ServiceClient & { email: string; id: string }> = {};

    before(async () => {
      db = await target.open();
      app = await createApp({
        databaseUrl: db.databaseUrl, dataDir: db.dataDir, apiKey: API_KEY, adminEmail: ADMIN.email, adminPassword: ADMIN.password,
        webhook: null, consoleDir: false, logger: false, claimIdleMinutes: 5, now: () => new Date(Date.now() + offsetMs),
      });
      admin = new ServiceClient(app, API_KEY);
      assert.equal((await admin.login(ADMIN.email, ADMIN.password)).status, 200);
      Object.assign(people, await signInTeam(app, API_KEY, admin));
    });
    after(async () => {
      await app?.close();
      await db?.drop();
    });

    async function leakageHold() {
      const parent = uid('parent');
      const sent = await admin.send({ conversationId: uid('lk'), senderId: parent, senderRole: 'parent', participants: [{ id: uid('tutor'), role: 'tutor' }], text: 'Could we pay you cash instead and skip the fees?' });
      assert.equal(sent.body.message.status, 'held');
      const q = await people.lee.mod('GET', `/v1/queues/leakage?senderId=${encodeURIComponent(parent)}`);
      return q.body.items[0].reviewId as string;
    }
    const trail = async (subject: string) =>
      ((await people.lee.mod('GET', '/v1/audit?limit=500')).body.entries as { action: string; subject: string; details: Record<string, unknown>; actorEmail: string }[]).filter((e) => e.subject === subject).reverse();

    it('a claim race: exactly one wins; the other sees who holds it and cannot decide without taking it over (audited)', async () => {
      const id = await leakageHold();
      const [a, b] = await Promise.all([people.mo.mod('POST', `/v1/reviews/${id}/claim`, {}), people.max.mod('POST', `/v1/reviews/${id}/claim`, {})]);
      assert.deepEqual([a.status, b.status].sort(), [200, 409], `${a.status} ${b.status}`);
      const [winner, loser] = a.status === 200 ? [people.mo, people.max] : [people.max, people.mo];
      const lost = a.status === 200 ? b : a;
      assert.equal(lost.body.type, 'https://chaperone.dev/problems/claimed');
      assert.match(lost.body.detail, new RegExp(winner.email));

      const seen = await loser.mod('GET', `/v1/reviews/${id}`);
      assert.equal(seen.body.claim.by.email, winner.email);
      assert.equal(seen.body.claim.mine, false);
      assert.equal((await winner.mod('GET', `/v1/reviews/${id}`)).body.claim.mine, true);
      const activity = await loser.mod('GET', '/v1/queues/leakage/activity');
      assert.ok(activity.body.claims.some((c: { reviewId: string; by: { email: string } }) => c.reviewId === id && c.by.email === winner.email));

      const refused = await loser.mod('POST', `/v1/reviews/${id}/decision`, { outcome: 'reject' });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.type, 'https://chaperone.dev/problems/claimed');
      assert.equal((await loser.mod('POST', `/v1/reviews/${id}/claim`, { takeover: true })).status, 400, 'a takeover needs a reason');
      const took = await loser.mod('POST', `/v1/reviews/${id}/claim`, { takeover: true, reason: 'Mo went home' });
      assert.equal(took.status, 200, JSON.stringify(took.body));
      assert.equal(took.body.claim.mine, true);
      assert.equal((await winner.mod('POST', `/v1/reviews/${id}/decision`, { outcome: 'reject' })).status, 409, 'the old holder now has to take it back');
      const done = await loser.mod('POST', `/v1/reviews/${id}/decision`, { outcome: 'reject' });
      assert.equal(done.status, 200);
      assert.equal((await winner.mod('GET', `/v1/reviews/${id}`)).body.claim, null, 'a decided review holds no claim');

      const entries = await trail(id);
      const claimed = entries.filter((e) => e.action === 'review.claimed');
      assert.equal(claimed.length, 1);
      assert.equal(claimed[0].actorEmail, winner.email);
      const takeover = entries.find((e) => e.action === 'review.claim_taken_over')!;
      assert.equal(takeover.actorEmail, loser.email);
      assert.equal(takeover.details.fromEmail, winner.email);
      assert.equal(takeover.details.reason, 'Mo went home');
      const after = await loser.mod('GET', `/v1/queues/leakage/activity?since=${encodeURIComponent(new Date(Date.now() + offsetMs - 60_000).toISOString())}`);
      assert.ok(after.body.decided.some((d: { reviewId: string }) => d.reviewId === id));
    });

    it('a claim lapses after the idle time; renewing keeps it; its holder may let go', async () => {
      const id = await leakageHold();
      assert.equal((await people.mo.mod('POST', `/v1/reviews/${id}/claim`, {})).status, 200);
      offsetMs += 4 * 60_000;
      const renewed = await people.mo.mod('POST', `/v1/reviews/${id}/claim`, {});
      assert.equal(renewed.body.renewed, true);
      offsetMs += 4 * 60_000;
      assert.equal((await people.max.mod('POST', `/v1/reviews/${id}/claim`, {})).status, 409, 'renewed four minutes ago: still held');
      offsetMs += 2 * 60_000;
      assert.equal((await people.max.mod('GET', `/v1/reviews/${id}`)).body.claim, null, 'lapsed');
      const got = await people.max.mod('POST', `/v1/reviews/${id}/claim`, {});
      assert.equal(got.status, 200);
      assert.equal(got.body.renewed, false);
      assert.equal((await people.mo.mod('DELETE', `/v1/reviews/${id}/claim`)).status, 409, 'not Mo’s to let go');
      assert.equal((await people.max.mod('DELETE', `/v1/reviews/${id}/claim`)).body.released, true);
      assert.equal((await people.mo.mod('POST', `/v1/reviews/${id}/decision`, { outcome: 'reject' })).status, 200, 'unclaimed: anyone who may decide it does');
      assert.ok((await trail(id)).some((e) => e.action === 'review.claim_released'));
    });

    it('"next" gives each moderator a different review, by priority then age, and none once all are held', async () => {
      // Clear what earlier tests left open in the leakage queue.
      for (;;) {
        const q = await people.lee.mod('GET', '/v1/queues/leakage');
        if (!q.body.items.length) break;
        for (const it of q.body.items) assert.equal((await people.lee.mod('POST', `/v1/reviews/${it.reviewId}/decision`, { outcome: 'reject' })).status, 200);
      }
      const ids = [await leakageHold(), await leakageHold(), await leakageHold()];
      const order = (await people.lee.mod('GET', '/v1/queues/leakage')).body.items.map((i: { reviewId: string }) => i.reviewId);
      assert.deepEqual([...order].sort(), [...ids].sort());
      const first = await people.mo.mod('POST', '/v1/queues/leakage/next');
      assert.equal(first.body.reviewId, order[0]);
      assert.equal((await people.mo.mod('POST', '/v1/queues/leakage/next')).body.reviewId, order[0], 'asking again keeps your own claim');
      const second = await people.max.mod('POST', '/v1/queues/leakage/next');
      assert.equal(second.body.reviewId, order[1]);
      const third = await people.lee.mod('POST', '/v1/queues/leakage/next');
      assert.equal(third.body.reviewId, order[2]);
      const none = await admin.mod('POST', '/v1/queues/leakage/next');
      assert.equal(none.status, 403, 'an admin decides nothing, so claims nothing');
      assert.equal((await people.max.mod('POST', `/v1/reviews/${order[1]}/decision`, { outcome: 'reject' })).status, 200);
      const fourth = await people.max.mod('POST', '/v1/queues/leakage/next');
      assert.equal(fourth.body.reviewId, null, 'the rest are held by others');
    });

    it('safeguarding: only a lead claims a hold, and a claimed hold is still released only with a reason', async () => {
      const tutor = uid('tutor');
      const sent = await admin.send({ conversationId: uid('sg'), senderId: tutor, senderRole: 'tutor', participants: [{ id: uid('student'), role: 'student' }], studentAge: '13-17', stage: 'booked', text: 'text me on 07700 900471' });
      assert.equal(sent.body.decision.concern, 'safeguarding');
      const id = (await people.lee.mod('GET', `/v1/queues/safeguarding?senderId=${tutor}`)).body.items[0].reviewId as string;
      assert.equal((await people.mo.mod('POST', `/v1/reviews/${id}/claim`, {})).status, 403);
      assert.equal((await people.mo.mod('POST', '/v1/queues/safeguarding/next')).status, 403);
      assert.equal((await people.lee.mod('POST', `/v1/reviews/${id}/claim`, {})).status, 200);
      const noReason = await people.lee.mod('POST', `/v1/reviews/${id}/decision`, { outcome: 'release', confirm: true });
      assert.equal(noReason.status, 400);
      assert.equal(noReason.body.errors[0].path, '/reason');
      assert.equal((await people.lee.mod('POST', `/v1/reviews/${id}/decision`, { outcome: 'reject', reason: 'reported' })).status, 200);
    });

    it('two service instances on one database: a claim taken on one holds on the other', { skip: target.name !== 'postgres' ? 'one SQLite file belongs to one process' : false }, async () => {
      const second = await createApp({ databaseUrl: db.databaseUrl, dataDir: db.dataDir, apiKey: API_KEY, webhook: null, consoleDir: false, logger: false, claimIdleMinutes: 5, now: () => new Date(Date.now() + offsetMs) });
      try {
        const max2 = new ServiceClient(second, API_KEY);
        assert.equal((await max2.login('max@example.org', 'Max Moderator has a long password')).status, 200);
        const id = await leakageHold();
        const [a, b] = await Promise.all([people.mo.mod('POST', `/v1/reviews/${id}/claim`, {}), max2.mod('POST', `/v1/reviews/${id}/claim`, {})]);
        assert.deepEqual([a.status, b.status].sort(), [200, 409], 'exactly one wins across instances');
        const holder = a.status === 200 ? 'mo@example.org' : 'max@example.org';
        assert.equal((await max2.mod('GET', `/v1/reviews/${id}`)).body.claim.by.email, holder);
        assert.equal((await people.lee.mod('GET', `/v1/reviews/${id}`)).body.claim.by.email, holder);
        const loser = a.status === 200 ? max2 : people.mo;
        assert.equal((await loser.mod('POST', `/v1/reviews/${id}/decision`, { outcome: 'reject' })).status, 409);
      } finally {
        await second.close();
      }
    });
  });
}
