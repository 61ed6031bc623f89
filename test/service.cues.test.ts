/**
 * Issue 20, in-process against SQLite and PostgreSQL: safeguarding cues flag a conversation for a
 * lead without holding or blocking anything, and without telling the sender. The flag is opened once
 * per crossing of the policy's threshold; later cue messages join it and re-sort it by the risk; the
 * review returns the cue timeline (which message, which cue in plain words, why, how sure); only a
 * lead closes a flag, with a reason; the audit log and webhooks never name the cues.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/service/create-app.js';
import { policyPort } from '../src/service/default-policy.js';
import { DEFAULT_POLICY_PATH, parsePolicy } from '../src/policy/index.js';
import { readFileSync } from 'node:fs';
import { ServiceClient } from './helpers/service-client.js';
import { testTargets, type TestDb } from './helpers/service-db.js';

const API_KEY = 'chp_test_key_cues_000001';
const ADMIN = { email: 'admin@example.org', password: 'correct horse battery staple' };
const targets = await testTargets();
let n = 0;
const uid = (p: string) => `${p}-${++n}-${Date.now().toString(36)}`;

const SECRECY = "no need to tell your mum about our chats, it's our little secret";
const PRIVACY = 'is anyone else reading this chat? are your parents around?';

async function start(db: TestDb, policyText?: string) {
  return createApp({
    databaseUrl: db.databaseUrl, dataDir: db.dataDir, apiKey: API_KEY, adminEmail: ADMIN.email, adminPassword: ADMIN.password,
    webhook: null, consoleDir: false, logger: false,
    ...(policyText ? { policy: policyPort(parsePolicy(policyText)) } : {}),
  });
}

async function people(app: FastifyInstance) {
  const admin = new ServiceClient(app, API_KEY);
  assert.equal((await admin.login(ADMIN.email, ADMIN.password)).status, 200);
  const make = async (role: string, name: string) => {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`;
    const password = `${name} has a long password`;
    assert.equal((await admin.mod('POST', '/v1/moderators', { email, password, role, name })).status, 201);
    const c = new ServiceClient(app, API_KEY);
    assert.equal((await c.login(email, password)).status, 200);
    return c;
  };
  return { admin, moderator: await make('moderator', 'Mo Moderator'), lead: await make('safeguarding_lead', 'Lee Lead') };
}

function conversation(studentAge = 'under13') {
  const conv = uid('conv');
  const tutor = uid('tutor');
  const student = uid('student');
  let minute = 0;
  const base = { conversationId: conv, senderId: tutor, senderRole: 'tutor', participants: [{ id: tutor, role: 'tutor', name: 'Tom Tutor' }, { id: student, role: 'student', name: 'Sam Student' }], studentAge, stage: 'booked' };
  const at = () => `2026-03-0${1 + Math.floor(minute / 60)}T10:${String(minute++ % 60).padStart(2, '0')}:00Z`;
  return { conv, tutor, student, msg: (text: string) => ({ ...base, text, sentAt: at() }) };
}

async function flagsOf(c: ServiceClient, tutor: string) {
  const q = await c.request('GET', `/v1/queues/safeguarding?senderId=${encodeURIComponent(tutor)}`, { auth: 'session' });
  assert.equal(q.status, 200);
  return (q.body.items as { reviewId: string; trigger: string; conversationRisk: number; priority: number; priorityParts: { label: string; points: number }[] }[]).filter((i) => i.trigger === 'cues');
}

for (const target of targets) {
  describe(`safeguarding cues on ${target.name}`, { skip: target.skip ?? false }, () => {
    let db: TestDb;
    let app: FastifyInstance;
    let who: Awaited<ReturnType<typeof people>>;
    before(async () => {
      db = await target.open();
      app = await start(db);
      who = await people(app);
    });
    after(async () => {
      await app?.close();
      await db?.drop();
    });

    it('a cue is delivered as written, and the sender is told nothing about it', async () => {
      const c = conversation();
      const sent = await who.lead.send(c.msg(SECRECY));
      assert.equal(sent.status, 201);
      assert.equal(sent.body.message.status, 'delivered');
      assert.equal(sent.body.message.deliveredText, SECRECY);
      const { deliveredText: _t, ...rest } = sent.body.message;
      const said = JSON.stringify({ message: rest, decision: sent.body.decision }).toLowerCase();
      assert.equal(sent.body.decision.nudge, null);
      assert.ok(!/secrecy|safeguarding|cue|flag/.test(said), said);
    });

    it('crossing the threshold opens one flag in the safeguarding queue; later cues join it; the review shows the cue timeline', async () => {
      const c = conversation();
      await who.lead.send(c.msg('Great work on fractions today!'));
      const first = await who.lead.send(c.msg(SECRECY));
      let flags = await flagsOf(who.lead, c.tutor);
      assert.equal(flags.length, 1, 'flagged at the crossing');
      const flag = flags[0];
      assert.ok(flag.conversationRisk >= 0.5);
      assert.ok(flag.priorityParts.some((p) => p.label === 'safeguarding cues in the conversation'));
      const priorityBefore = flag.priority;

      await who.lead.send(c.msg('Page 12 for homework please'));
      const second = await who.lead.send(c.msg(PRIVACY));
      assert.equal(second.body.message.status, 'delivered');
      flags = await flagsOf(who.lead, c.tutor);
      assert.equal(flags.length, 1, 'one flag per crossing, not one per message');
      assert.equal(flags[0].reviewId, flag.reviewId);
      assert.ok(flags[0].priority > priorityBefore, 'the flag is re-sorted by the higher risk');

      const review = await who.lead.mod('GET', `/v1/reviews/${flag.reviewId}`);
      assert.equal(review.status, 200);
      assert.equal(review.body.review.trigger, 'cues');
      assert.equal(review.body.review.queue, 'safeguarding');
      assert.equal(review.body.message.id, first.body.message.id, 'the flag points at the message that crossed');
      const timeline = review.body.cueTimeline as { messageId: string; senderName: string; text: string; cues: { cue: string; words: string; why: string[]; score: number }[] }[];
      assert.deepEqual(timeline.map((t) => t.messageId), [first.body.message.id, second.body.message.id]);
      assert.equal(timeline[0].cues[0].cue, 'secrecy');
      assert.match(timeline[0].cues[0].words, /secrecy/);
      assert.equal(timeline[0].senderName, 'Tom Tutor');
      assert.equal(timeline[0].text, SECRECY);
      assert.ok(timeline[0].cues[0].why.length > 0 && timeline[0].cues[0].score > 0.5);
      assert.equal(timeline[1].cues[0].cue, 'checking_privacy');
      assert.deepEqual({ release: review.body.actions.release, reject: review.body.actions.reject, close: review.body.actions.close }, { release: false, reject: false, close: true });

      // Nothing is held: there is nothing to release or reject; a moderator cannot close; a lead closes with a reason.
      assert.equal((await who.lead.mod('POST', `/v1/reviews/${flag.reviewId}/decision`, { outcome: 'reject' })).status, 409);
      assert.equal((await who.moderator.mod('POST', `/v1/reviews/${flag.reviewId}/decision`, { outcome: 'close', reason: 'fine' })).status, 403);
      assert.equal((await who.lead.mod('POST', `/v1/reviews/${flag.reviewId}/decision`, { outcome: 'close' })).status, 400);
      const closed = await who.lead.mod('POST', `/v1/reviews/${flag.reviewId}/decision`, { outcome: 'close', reason: 'spoke to the tutor and the parent; referred to the DSL log' });
      assert.equal(closed.status, 200, JSON.stringify(closed.body));
      const student = await who.lead.request('GET', `/v1/conversations/${c.conv}/messages?as=${c.student}`);
      assert.ok(student.body.messages.some((m: { text: string }) => m.text === SECRECY), 'the message stays delivered');

      // Still above the threshold: a later cue does not open a new flag on every message.
      await who.lead.send(c.msg(SECRECY));
      assert.equal((await flagsOf(who.lead, c.tutor)).length, 0);

      // The audit log never names the cues.
      const log = await who.admin.mod('GET', '/v1/audit?limit=500');
      const entries = (log.body.entries as { action: string; subject: string; details: unknown }[]).filter((e) => e.subject === flag.reviewId || JSON.stringify(e.details).includes(c.conv));
      assert.ok(entries.some((e) => e.action === 'review.opened') && entries.some((e) => e.action === 'review.cues_attached'));
      assert.ok(!/secrecy|checking_privacy|secret/.test(JSON.stringify(entries)));
    });

    it('a hold in a conversation with cues is sorted by the conversation risk', async () => {
      const c = conversation('13-17');
      await who.lead.send(c.msg(SECRECY));
      const held = await who.lead.send(c.msg('text me on 07700 900461'));
      assert.equal(held.body.message.status, 'held');
      const q = await who.lead.request('GET', `/v1/queues/safeguarding?senderId=${encodeURIComponent(c.tutor)}`, { auth: 'session' });
      const hold = q.body.items.find((i: { trigger: string }) => i.trigger === 'hold');
      assert.ok(hold.priorityParts.some((p: { label: string; points: number }) => p.label === 'safeguarding cues in the conversation' && p.points > 0));
    });

    it('an adult learner’s conversation with one cue stays below the threshold (no flag)', async () => {
      const c = conversation('adult');
      await who.lead.send(c.msg(SECRECY));
      assert.equal((await flagsOf(who.lead, c.tutor)).length, 0);
    });

    it('the threshold comes from the policy file', async () => {
      const strict = readFileSync(DEFAULT_POLICY_PATH, 'utf8').replace('routeThreshold: 0.5', 'routeThreshold: 0.7');
      const app2 = await start(db, strict);
      try {
        const c2 = new ServiceClient(app2, API_KEY);
        assert.equal((await c2.login('lee.lead@example.org', 'Lee Lead has a long password')).status, 200);
        const c = conversation();
        await c2.send(c.msg(SECRECY));
        assert.equal((await flagsOf(c2, c.tutor)).length, 0, 'one secrecy cue (≈0.56) is below 0.7');
        await c2.send(c.msg(PRIVACY));
        assert.equal((await flagsOf(c2, c.tutor)).length, 1);
      } finally {
        await app2.close();
      }
    });
  });
}
