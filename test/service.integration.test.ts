/**
 * The service's integration suite, run in-process (`app.inject()`) against SQLite and PostgreSQL
 * alike: the message lifecycle, queues, moderator decisions, idempotency, strikes, problem details,
 * access control, sealed originals, webhooks, the audit chain (and tampering), and logs that never
 * carry message text. Detection and policy are the real ones; assertions are about what the
 * service does with their decisions, not about detector quality.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { createApp, type AppOptions } from '../src/service/create-app.js';
import { policyPort } from '../src/service/default-policy.js';
import type { PolicyPort } from '../src/service/policy-port.js';
import { verifyWebhookSignature } from '../src/service/webhooks.js';
import { expireIdempotencyKeys } from '../src/service/idempotency-sweeper.js';
import { ServiceClient } from './helpers/service-client.js';
import { liftAuditGuards, restoreAuditGuards, testTargets, type TestDb } from './helpers/service-db.js';

const API_KEY = 'chp_test_key_0123456789';
const ADMIN = { email: 'admin@example.org', password: 'correct horse battery staple' };
/** The safeguarding lead the suite works the queues as (an admin manages accounts and keys only). */
const LEAD = { email: 'lead@example.org', password: 'a safeguarding lead password' };

/** Every text the suite sends, to check that none reaches the logs. */
const SENT_TEXTS: string[] = [];

/** A JSON log line without the logger's own numeric fields. */
function withoutLoggerNumbers(line: string): string {
  try {
    const { time: _time, responseTime: _responseTime, pid: _pid, ...rest } = JSON.parse(line) as Record<string, unknown>;
    return JSON.stringify(rest);
  } catch {
    return line;
  }
}

function logCapture(): { stream: Writable; lines: string[] } {
  const lines: string[] = [];
  return { lines, stream: new Writable({ write(chunk, _enc, cb) { lines.push(String(chunk)); cb(); } }) };
}

async function start(db: TestDb, extra: Partial<AppOptions> = {}, logs = logCapture()) {
  const app = await createApp({
    databaseUrl: db.databaseUrl,
    dataDir: db.dataDir,
    apiKey: API_KEY,
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
    webhook: null,
    consoleDir: false,
    logger: { level: 'trace', stream: logs.stream } as any,
    ...extra,
  });
  return { app, client: new ServiceClient(app, API_KEY), logs };
}

let convCounter = 0;
/** A fresh conversation id, and a send helper that records the text. */
function conversation(prefix: string) {
  const id = `${prefix}-${++convCounter}-${Date.now().toString(36)}`;
  return {
    id,
    body(senderId: string, senderRole: string, text: string, extra: Record<string, unknown> = {}) {
      SENT_TEXTS.push(text);
      return { conversationId: id, senderId, senderRole, text, ...extra };
    },
  };
}

const targets = await testTargets();

for (const target of targets) {
  describe(`service on ${target.name}`, { skip: target.skip ?? false }, () => {
    let db: TestDb;
    let app: FastifyInstance;
    let client: ServiceClient;
    let admin: ServiceClient;
    let logs: ReturnType<typeof logCapture>;

    before(async () => {
      db = await target.open();
      ({ app, client, logs } = await start(db));
      admin = new ServiceClient(app, API_KEY);
      assert.equal((await admin.login(ADMIN.email, ADMIN.password)).status, 200);
      assert.equal((await admin.mod('POST', '/v1/moderators', { ...LEAD, role: 'safeguarding_lead', name: 'Lee Lead' })).status, 201);
      assert.equal((await client.login(LEAD.email, LEAD.password)).status, 200);
    });
    after(async () => {
      await app?.close();
      await db?.drop();
    });

    it('delivers a tutor’s phone number to the parent redacted, nudges the tutor, and echoes no contact detail', async () => {
      const c = conversation('redact');
      const r = await client.send(c.body('tutor-1', 'tutor', 'Great lesson! Call me on 07700 900123 to book more', { participants: [{ id: 'parent-1', role: 'parent' }] }));
      assert.equal(r.status, 201);
      assert.equal(r.body.message.status, 'delivered_redacted');
      assert.ok(r.body.message.deliveredText && !r.body.message.deliveredText.includes('900123'));
      assert.ok(r.body.decision.nudge?.text, 'the sender is told what happened');
      assert.ok(r.body.decision.kinds.includes('phone'));
      for (const f of r.body.decision.findings) {
        assert.equal(f.text, undefined);
        assert.equal(f.value, undefined);
      }
      assert.ok(!JSON.stringify(r.body).includes('900123'));

      const view = await client.request('GET', `/v1/conversations/${c.id}/messages?as=parent-1`);
      assert.equal(view.status, 200);
      assert.equal(view.body.messages.length, 1);
      assert.equal(view.body.messages[0].text, r.body.message.deliveredText);
    });

    it('answers another video tool proposed because of tech trouble with the route to Tech Support', async () => {
      const c = conversation('tech');
      const r = await client.send(c.body('parent-9', 'parent', 'The video keeps freezing on here, can we just do the lesson on Zoom instead?', { participants: [{ id: 'tutor-9', role: 'tutor' }] }));
      assert.equal(r.status, 201);
      assert.ok(r.body.decision.kinds.includes('platform'));
      assert.notEqual(r.body.decision.action, 'allow');
      // The sender is pointed at Tech Support (the seed's route), not just told off.
      assert.match(r.body.decision.nudge?.text ?? '', /tech support/i);
      assert.match(r.body.decision.recipientSuggestion?.text ?? '', /tech support/i);
    });

    it('delivers a clean message as written and stores nothing sealed for it', async () => {
      const c = conversation('clean');
      const text = 'See you on Tuesday for quadratics.';
      const r = await client.send(c.body('tutor-2', 'tutor', text, { participants: [{ id: 'parent-2', role: 'parent' }] }));
      assert.equal(r.status, 201);
      assert.equal(r.body.message.status, 'delivered');
      assert.equal(r.body.message.deliveredText, text);
      assert.equal(r.body.decision.nudge, null);
      const rows = await db.exec('SELECT sealed_ct FROM messages WHERE id = $1', [r.body.message.id]);
      assert.equal(rows[0].sealed_ct, null);
    });

    it('holds a tutor’s number to a young student: placeholder for the student, item in the safeguarding queue', async () => {
      const c = conversation('hold');
      const r = await client.send(c.body('tutor-3', 'tutor', 'text me on 07700 900456 after school', { participants: [{ id: 'student-3', role: 'student' }], studentAge: 'under13' }));
      assert.equal(r.status, 201);
      assert.equal(r.body.message.status, 'held');
      assert.equal(r.body.message.deliveredText, null);
      const view = await client.request('GET', `/v1/conversations/${c.id}/messages?as=student-3`);
      assert.equal(view.body.messages[0].status, 'held');
      assert.ok(!view.body.messages[0].text.includes('900456'));
      const queue = await client.mod('GET', '/v1/queues/safeguarding');
      assert.equal(queue.status, 200);
      const item = queue.body.items.find((i: any) => i.messageId === r.body.message.id);
      assert.ok(item, 'the held message is in the safeguarding queue');
      assert.ok(!item.preview.includes('900456'), 'the preview is redacted');
      const queues = await client.mod('GET', '/v1/queues');
      const sg = queues.body.queues.find((q: any) => q.name === 'safeguarding');
      assert.ok(sg.open >= 1 && sg.oldestAt);
    });

    it('orders a queue by severity (highest first) then age (oldest first), paged by cursor', async () => {
      const sends = [
        ['tutor-4', 'what is your phone number? I can text you the homework'],
        ['tutor-5', 'my number is 07700 900789, text me'],
        ['tutor-6', 'add me on snapchat, my snap is maths_tutor_99'],
        ['tutor-7', 'ring me on 07700 900321 tonight'],
      ];
      for (const [sender, text] of sends) {
        const c = conversation('order');
        await client.send(c.body(sender, 'tutor', text, { participants: [{ id: `student-of-${sender}`, role: 'student' }], studentAge: '13-17' }));
      }
      const all: any[] = [];
      let cursor: string | null = null;
      let total = -1;
      do {
        const page: any = await client.mod('GET', `/v1/queues/safeguarding?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        assert.equal(page.status, 200);
        assert.ok(page.body.items.length <= 2);
        total = page.body.total;
        all.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      assert.equal(all.length, total);
      assert.ok(all.length >= 2, 'several held messages to order');
      assert.equal(new Set(all.map((i) => i.reviewId)).size, all.length, 'no item twice across pages');
      for (let i = 1; i < all.length; i++) {
        const [a, b] = [all[i - 1], all[i]];
        assert.ok(a.severity > b.severity || (a.severity === b.severity && a.createdAt <= b.createdAt), `item ${i} out of order`);
      }
      const filtered = await client.mod('GET', '/v1/queues/safeguarding?kind=phone&role=tutor');
      assert.ok(filtered.body.items.every((i: any) => i.kinds.includes('phone') && i.senderRole === 'tutor'));
    });

    it('lets a moderator release, release redacted or reject a held message, once', async () => {
      const outcomes: Record<string, { status: string; seesNumber: boolean }> = {
        release: { status: 'delivered', seesNumber: true },
        release_redacted: { status: 'delivered_redacted', seesNumber: false },
        reject: { status: 'blocked', seesNumber: false },
      };
      for (const [outcome, expected] of Object.entries(outcomes)) {
        const c = conversation(`decide-${outcome}`);
        const sent = await client.send(c.body('tutor-8', 'tutor', 'my mobile is 07700 900654', { participants: [{ id: 'student-8', role: 'student' }], studentAge: 'under13' }));
        assert.equal(sent.body.message.status, 'held');
        const queue = await client.mod('GET', '/v1/queues/safeguarding?limit=200');
        const item = queue.body.items.find((i: any) => i.messageId === sent.body.message.id);
        const review = await client.mod('GET', `/v1/reviews/${item.reviewId}`);
        assert.equal(review.status, 200);
        assert.equal(review.body.review.status, 'open');
        assert.equal(review.body.message.id, sent.body.message.id);
        assert.ok(review.body.findings.length > 0 && review.body.findings.every((f: any) => f.text === undefined));
        assert.ok(review.body.conversation.some((m: any) => m.id === sent.body.message.id));

        const decided = await client.mod('POST', `/v1/reviews/${item.reviewId}/decision`, { outcome, note: 'checked', reason: 'checked with the family', confirm: true });
        assert.equal(decided.status, 200);
        assert.equal(decided.body.review.status, 'closed');
        assert.equal(decided.body.review.outcome, outcome);
        assert.equal(decided.body.message.status, expected.status);
        const view = await client.request('GET', `/v1/conversations/${c.id}/messages?as=student-8`);
        assert.equal(view.body.messages[0].status, expected.status);
        assert.equal(view.body.messages[0].text.includes('900654'), expected.seesNumber);

        const again = await client.mod('POST', `/v1/reviews/${item.reviewId}/decision`, { outcome: 'release' });
        assert.equal(again.status, 409);
        assert.equal(again.headers['content-type'], 'application/problem+json; charset=utf-8');
      }
      const closed = await client.mod('GET', '/v1/queues/safeguarding?status=closed');
      assert.ok(closed.body.total >= 3);
      const note = await client.mod('POST', `/v1/reviews/${closed.body.items[0].reviewId}/notes`, { note: 'follow up with the tutor' });
      assert.equal(note.status, 201);
      const review = await client.mod('GET', `/v1/reviews/${closed.body.items[0].reviewId}`);
      assert.ok(review.body.review.notes.some((n: any) => n.note === 'follow up with the tutor' && n.author && n.createdAt), 'the note is returned with its review');
    });

    it('stores one message for a retried send with the same Idempotency-Key, and refuses the key for another body', async () => {
      const c = conversation('idem');
      const body = c.body('tutor-9', 'tutor', 'email me at jane.tutor@gmail.com', { participants: [{ id: 'parent-9', role: 'parent' }] });
      const first = await client.send(body, { 'idempotency-key': 'retry-1' });
      const second = await client.send(body, { 'idempotency-key': 'retry-1' });
      assert.equal(first.status, 201);
      assert.equal(second.status, 200);
      assert.deepEqual(second.body, first.body);
      const rows = await db.exec('SELECT count(*) AS n FROM messages WHERE conversation_id = $1', [c.id]);
      assert.equal(Number(rows[0].n), 1);
      const other = await client.send({ ...body, text: 'something else entirely' }, { 'idempotency-key': 'retry-1' });
      assert.equal(other.status, 422);
      assert.equal(other.body.errors[0].path, 'Idempotency-Key');
      const rows2 = await db.exec('SELECT count(*) AS n FROM messages WHERE conversation_id = $1', [c.id]);
      assert.equal(Number(rows2[0].n), 1);
    });

    it('pages a participant read: the latest messages first, in order, and a cursor back to the older ones', async () => {
      const c = conversation('paging');
      const texts = ['one', 'two', 'three', 'four', 'five'].map((w) => `Question ${w} is done.`);
      for (const t of texts) assert.equal((await client.send(c.body('tutor-20', 'tutor', t, { participants: [{ id: 'parent-20', role: 'parent' }] }))).status, 201);
      const read = (q: string) => client.request('GET', `/v1/conversations/${c.id}/messages?as=parent-20${q}`);
      const all = await read('');
      assert.deepEqual(all.body.messages.map((m: { text: string }) => m.text), texts);
      assert.equal(all.body.nextCursor, null, 'one page holds them all');
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const page = await read(`&limit=2${cursor ? `&before=${cursor}` : ''}`);
        assert.equal(page.status, 200);
        pages.push(page.body.messages.map((m: { text: string }) => m.text));
        cursor = page.body.nextCursor;
      } while (cursor);
      assert.deepEqual(pages, [texts.slice(3), texts.slice(1, 3), texts.slice(0, 1)]);
      assert.equal((await read('&limit=0')).status, 400);
      assert.equal((await read('&before=abc')).status, 400);
    });

    it('expires idempotency records: the sweep keeps recent ones, and after expiry the key makes a new send', async () => {
      const c = conversation('idem-expiry');
      const body = c.body('tutor-9', 'tutor', 'See you on Thursday at 5.', { participants: [{ id: 'parent-9', role: 'parent' }] });
      assert.equal((await client.send(body, { 'idempotency-key': 'expiring-1' })).status, 201);
      const count = async (): Promise<number> => Number((await db.exec("SELECT count(*) AS n FROM idempotency_keys WHERE key LIKE '%:expiring-1'", []))[0].n);
      assert.equal(await app.chaperone.idempotency.sweep(), 0, 'a fresh record is not swept');
      assert.equal(await count(), 1);
      assert.equal((await client.send(body, { 'idempotency-key': 'expiring-1' })).status, 200, 'still a retry');
      // A day later (the records' clock is the send time), they are gone.
      const removed = await expireIdempotencyKeys(app.chaperone.store, new Date(Date.now() + 25 * 3600 * 1000).toISOString());
      assert.ok(removed >= 1);
      assert.equal(await count(), 0);
      assert.equal((await client.send(body, { 'idempotency-key': 'expiring-1' })).status, 201, 'a new send');
      const rows = await db.exec('SELECT count(*) AS n FROM messages WHERE conversation_id = $1', [c.id]);
      assert.equal(Number(rows[0].n), 2);
    });

    it('keeps strikes: the policy adds them, a moderator adds and removes them, standing follows', async () => {
      const c = conversation('strikes');
      const sent = await client.send(c.body('tutor-10', 'tutor', 'whatsapp me on 07700 900111', { participants: [{ id: 'parent-10', role: 'parent' }] }));
      assert.equal(sent.status, 201);
      const before = await client.mod('GET', '/v1/users/tutor-10');
      assert.equal(before.status, 200);
      assert.equal(before.body.user.role, 'tutor');
      assert.ok(before.body.history.some((h: any) => h.messageId === sent.body.message.id));
      const policyStrikes = before.body.strikes.length;

      const added = await client.mod('POST', '/v1/users/tutor-10/strikes', { weight: 4, reason: 'repeated requests' });
      assert.equal(added.status, 201);
      const withStrike = await client.mod('GET', '/v1/users/tutor-10');
      assert.equal(withStrike.body.strikes.length, policyStrikes + 1);
      assert.ok(withStrike.body.standing.points >= before.body.standing.points + 4 - 1e-9);
      const s = withStrike.body.strikes.find((x: any) => x.id === added.body.strike.id);
      assert.ok(s.decayedWeight > 0 && s.decayedWeight <= 4);

      const removed = await client.mod('DELETE', `/v1/users/tutor-10/strikes/${added.body.strike.id}`, { reason: 'added by mistake' });
      assert.equal(removed.status, 200);
      const afterRemoval = await client.mod('GET', '/v1/users/tutor-10');
      assert.ok(Math.abs(afterRemoval.body.standing.points - before.body.standing.points) < 0.05);
      assert.ok(afterRemoval.body.strikes.find((x: any) => x.id === added.body.strike.id).removedAt, 'removal is recorded, not erased');
      assert.equal((await client.mod('DELETE', `/v1/users/tutor-10/strikes/${added.body.strike.id}`, { reason: 'added by mistake' })).status, 409);
      assert.equal((await client.mod('GET', '/v1/users/nobody-at-all')).status, 404);
    });

    it('answers bad input with problem details and changes nothing', async () => {
      const count = async () => Number((await db.exec('SELECT count(*) AS n FROM messages'))[0].n);
      const n0 = await count();
      const badJson = await client.request('POST', '/v1/messages', { raw: '{"conversationId": "x", "text": "call 0770' });
      assert.equal(badJson.status, 400);
      assert.equal(badJson.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(badJson.body.status, 400);
      assert.ok(badJson.body.type && badJson.body.title && badJson.body.detail);

      const missing = await client.send({ conversationId: 'x', senderId: 'u', text: 'hello' });
      assert.equal(missing.status, 400);
      assert.deepEqual(missing.body.errors.map((e: any) => e.path), ['/senderRole']);
      const wrongEnum = await client.send({ conversationId: 'x', senderId: 'u', senderRole: 'teacher', text: 'hello' });
      assert.equal(wrongEnum.status, 400);
      assert.equal(wrongEnum.body.errors[0].path, '/senderRole');

      const bigText = await client.send({ conversationId: 'x', senderId: 'u', senderRole: 'tutor', text: 'a'.repeat(70 * 1024) });
      assert.equal(bigText.status, 413);
      assert.equal(bigText.body.errors[0].path, '/text');
      const bigBody = await client.request('POST', '/v1/messages', { raw: JSON.stringify({ conversationId: 'x', senderId: 'u', senderRole: 'tutor', text: 'b'.repeat(300 * 1024) }) });
      assert.equal(bigBody.status, 413);
      assert.equal(bigBody.headers['content-type'], 'application/problem+json; charset=utf-8');

      assert.equal((await client.mod('GET', '/v1/reviews/rev_doesnotexist')).status, 404);
      assert.equal((await client.mod('GET', '/v1/conversations/nope')).status, 404);
      assert.equal((await client.request('GET', '/v1/conversations/nope/messages?as=u')).status, 404);
      assert.equal((await client.mod('POST', '/v1/messages/msg_nope/original', { reason: 'checking a report' })).status, 404);
      const route = await client.request('GET', '/v1/no-such-route');
      assert.equal(route.status, 404);
      assert.equal(route.body.status, 404);
      const badCursor = await client.mod('GET', '/v1/queues/leakage?cursor=garbage');
      assert.equal(badCursor.status, 400);
      assert.equal(badCursor.body.errors[0].path, '/cursor');
      assert.equal(await count(), n0);
    });

    it('makes a bare recipientId a participant, whose role is filled in when a later message gives it', async () => {
      const c = conversation('recipient');
      const first = await client.send(c.body('tutor-15', 'tutor', 'Welcome! Looking forward to our lessons.', { recipientId: 'student-15' }));
      assert.equal(first.status, 201);
      const view = await client.request('GET', `/v1/conversations/${c.id}/messages?as=student-15`);
      assert.equal(view.status, 200, 'the named recipient can read the conversation');
      await client.send(c.body('tutor-15', 'tutor', 'See you on Monday.', { participants: [{ id: 'student-15', role: 'student' }] }));
      assert.equal((await client.mod('GET', '/v1/users/student-15')).body.user.role, 'student');
    });

    it('enforces access: API keys and scopes, participants only, moderators only', async () => {
      const c = conversation('access');
      await client.send(c.body('tutor-11', 'tutor', 'Homework is on page 12.', { participants: [{ id: 'parent-11', role: 'parent' }] }));
      const noKey = await client.request('POST', '/v1/messages', { body: c.body('tutor-11', 'tutor', 'hi'), auth: 'none' });
      assert.equal(noKey.status, 401);
      const badKey = await client.request('GET', `/v1/conversations/${c.id}/messages?as=parent-11`, { auth: 'none', headers: { authorization: 'Bearer wrong' } });
      assert.equal(badKey.status, 401);
      assert.equal((await client.request('GET', `/v1/conversations/${c.id}/messages?as=someone-else`)).status, 403);

      // A key with only the scan scope can scan but not send or read.
      const created = await admin.mod('POST', '/v1/api-keys', { name: 'scanner', scopes: ['scan'] });
      assert.equal(created.status, 201);
      const scanner = new ServiceClient(app, created.body.key);
      assert.equal((await scanner.send(c.body('tutor-11', 'tutor', 'hi'))).status, 403);
      assert.equal((await scanner.request('GET', `/v1/conversations/${c.id}/messages?as=parent-11`)).status, 403);
      assert.equal((await scanner.request('POST', '/v1/scan', { body: { text: 'hello' } })).status, 200);

      // Platform keys cannot use moderator routes; anonymous callers neither.
      assert.equal((await client.request('GET', '/v1/queues')).status, 403);
      assert.equal((await client.request('GET', '/v1/queues', { auth: 'none' })).status, 401);
      assert.equal((await client.request('POST', '/v1/messages/x/original', { body: { reason: 'curious' } })).status, 403);
      assert.equal((await client.request('GET', '/v1/audit', { auth: 'none' })).status, 401);

      // Roles: a moderator cannot create accounts; wrong passwords are refused.
      const mod = await admin.mod('POST', '/v1/moderators', { email: 'mod@example.org', password: 'another long password', role: 'moderator' });
      assert.equal(mod.status, 201);
      const modClient = new ServiceClient(app, API_KEY);
      assert.equal((await modClient.login('mod@example.org', 'wrong password')).status, 401);
      assert.equal((await modClient.login('mod@example.org', 'another long password')).status, 200);
      assert.equal((await modClient.mod('GET', '/v1/auth/me')).body.user.role, 'moderator');
      assert.equal((await modClient.mod('POST', '/v1/api-keys', { name: 'x', scopes: ['scan'] })).status, 403);
      assert.equal((await modClient.mod('GET', '/v1/queues')).status, 200);
      assert.equal((await modClient.mod('POST', '/v1/auth/logout')).status, 204);
      assert.equal((await modClient.mod('GET', '/v1/auth/me')).status, 401);
    });

    it('admins list and revoke API keys: a revoked key authenticates nothing, and both acts are audited', async () => {
      const created = await admin.mod('POST', '/v1/api-keys', { name: 'to revoke', scopes: ['scan'] });
      assert.equal(created.status, 201);
      const holder = new ServiceClient(app, created.body.key);
      assert.equal((await holder.request('POST', '/v1/scan', { body: { text: 'hello' } })).status, 200, 'works before');

      const listed = await admin.mod('GET', '/v1/api-keys');
      assert.equal(listed.status, 200);
      const entry = listed.body.keys.find((k: { id: string }) => k.id === created.body.id);
      assert.deepEqual({ name: entry.name, scopes: entry.scopes, revokedAt: entry.revokedAt }, { name: 'to revoke', scopes: ['scan'], revokedAt: null });
      assert.equal(JSON.stringify(listed.body).includes(created.body.key), false, 'the key itself is never listed');

      const revoked = await admin.mod('DELETE', `/v1/api-keys/${created.body.id}`);
      assert.equal(revoked.status, 200);
      assert.ok(revoked.body.key.revokedAt);
      assert.equal((await holder.request('POST', '/v1/scan', { body: { text: 'hello' } })).status, 401, 'refused at once');
      assert.equal((await admin.mod('DELETE', `/v1/api-keys/${created.body.id}`)).body.key.revokedAt, revoked.body.key.revokedAt, 'revoking again keeps the first time');
      assert.equal((await admin.mod('DELETE', '/v1/api-keys/key_nope')).status, 404);
      assert.equal((await client.request('POST', '/v1/scan', { body: { text: 'hello' } })).status, 200, 'other keys still work');
      assert.equal((await client.request('GET', '/v1/api-keys')).status, 403, 'a platform key cannot list keys');

      const audit = await client.mod('GET', '/v1/audit?limit=50');
      const actions = audit.body.entries.filter((e: { subject: string }) => e.subject === created.body.id).map((e: { action: string }) => e.action);
      assert.ok(actions.includes('api_key.created') && actions.includes('api_key.revoked'), JSON.stringify(actions));
    });

    it('throttles sign-in: after five wrong passwords the email is refused for a while, even with the right one', async () => {
      const email = `throttled-${target.name}@example.org`;
      assert.equal((await admin.mod('POST', '/v1/moderators', { email, password: 'the right long password', role: 'moderator' })).status, 201);
      const guesser = new ServiceClient(app, API_KEY);
      for (let i = 0; i < 5; i++) assert.equal((await guesser.login(email, `guess number ${i}`)).status, 401);
      const refused = await guesser.login(email, 'the right long password');
      assert.equal(refused.status, 429);
      assert.equal(refused.body.type, 'https://chaperone.dev/problems/too-many-attempts');
      assert.ok(Number(refused.headers['retry-after']) > 0, 'says when to try again');
      // Another moderator is not affected.
      const other = `not-throttled-${target.name}@example.org`;
      assert.equal((await admin.mod('POST', '/v1/moderators', { email: other, password: 'another right password', role: 'moderator' })).status, 201);
      assert.equal((await guesser.login(other, 'another right password')).status, 200);
      const audit = await client.mod('GET', '/v1/audit?limit=50');
      assert.ok(audit.body.entries.some((e: { action: string; subject: string }) => e.action === 'auth.login_throttled' && e.subject === email));
    });

    it('seals originals: no plain text in the database, moderators open them, each opening audited', async () => {
      const c = conversation('seal');
      const sent = await client.send(c.body('tutor-12', 'tutor', 'my personal number is 07700 900987 text me', { participants: [{ id: 'student-12', role: 'student' }], studentAge: 'under13' }));
      assert.equal(sent.body.message.status, 'held');
      const row = (await db.exec('SELECT * FROM messages WHERE id = $1', [sent.body.message.id]))[0];
      assert.ok(row.sealed_ct && row.sealed_iv && row.sealed_tag);
      for (const value of Object.values(row)) assert.ok(!String(value).includes('900987'), 'no column holds the number');
      const conv = (await db.exec('SELECT * FROM conversations WHERE id = $1', [c.id]))[0];
      for (const value of Object.values(conv)) assert.ok(!String(value).includes('900987'), 'conversation memory is sealed too');
      if (db.dbFile) {
        // The whole file (and its write-ahead log) as bytes: the number appears nowhere.
        for (const f of [db.dbFile, `${db.dbFile}-wal`]) {
          if (!existsSync(f)) continue;
          const bytes = readFileSync(f);
          assert.equal(bytes.indexOf('900987'), -1, `${f} holds the number in plain text`);
        }
      }
      // Counted through the API: on PostgreSQL entries reach audit_log through a queue the reader flushes.
      const openings = async () => (await client.mod('GET', '/v1/audit?limit=500')).body.entries.filter((e: any) => e.action === 'message.original_opened' && e.subject === sent.body.message.id).length;
      const auditBefore = await openings();
      const opened = await client.request('POST', `/v1/messages/${sent.body.message.id}/original`, { body: { reason: 'checking the report' }, auth: 'session' });
      assert.equal(opened.status, 200);
      assert.equal(opened.body.text, 'my personal number is 07700 900987 text me');
      const f = opened.body.findings.find((x: any) => x.kind === 'phone');
      assert.ok(f && opened.body.text.slice(f.start, f.end).includes('900987'), 'spans index the original');
      const auditAfter = await openings();
      assert.equal(auditAfter, auditBefore + 1);
      assert.equal((await client.request('POST', `/v1/messages/${sent.body.message.id}/original`, { body: { reason: 'curious' } })).status, 403);
    });

    it('scans statelessly (findings with text for the caller) and stores nothing', async () => {
      const before = Number((await db.exec('SELECT count(*) AS n FROM messages'))[0].n);
      const r = await client.request('POST', '/v1/scan', { body: { text: 'call me on 07700 900222', context: { senderRole: 'tutor', recipientRole: 'parent' }, conversation: [{ text: 'hi there', senderRole: 'parent' }] } });
      assert.equal(r.status, 200);
      assert.ok(r.body.kinds.includes('phone'));
      const f = r.body.findings.find((x: any) => x.kind === 'phone');
      assert.equal(f.text, 'call me on 07700 900222'.slice(f.start, f.end));
      assert.ok(r.body.decision.action);
      assert.ok(!r.body.redacted.includes('900222'));
      const modScan = await client.request('POST', '/v1/scan', { body: { text: 'hello' }, auth: 'session' });
      assert.equal(modScan.status, 200);
      assert.equal(Number((await db.exec('SELECT count(*) AS n FROM messages'))[0].n), before);
    });

    it('reports daily statistics and queue ages', async () => {
      const r = await client.mod('GET', '/v1/stats/daily?days=7');
      assert.equal(r.status, 200);
      assert.equal(r.body.days.length, 7);
      const today = r.body.days[r.body.days.length - 1];
      assert.equal(today.day, new Date().toISOString().slice(0, 10));
      assert.ok((today.byKind.phone ?? 0) >= 1);
      assert.ok(Object.values(today.byAction).reduce((a: number, b: any) => a + b, 0) >= 1);
      const sg = r.body.queueAges.find((q: any) => q.queue === 'safeguarding');
      assert.ok(sg.open >= 1 && sg.oldestAgeSeconds >= sg.medianAgeSeconds);
    });

    it('keeps conversation memory across a restart (sealed in the store)', async () => {
      const c = conversation('memory');
      await client.send(c.body('parent-13', 'parent', 'Is Thursday OK?', { participants: [{ id: 'tutor-13', role: 'tutor' }] }));
      const before = (await db.exec('SELECT state_ct, message_count FROM conversations WHERE id = $1', [c.id]))[0];
      assert.ok(before.state_ct, 'memory is stored');
      await app.close();
      ({ app, client, logs } = await start(db, {}, logs));
      await client.login(ADMIN.email, ADMIN.password);
      const r = await client.send(c.body('tutor-13', 'tutor', 'Yes, Thursday works.'));
      assert.equal(r.status, 201);
      const view = await client.request('GET', `/v1/conversations/${c.id}/messages?as=parent-13`);
      assert.deepEqual(view.body.messages.map((m: any) => m.senderId), ['parent-13', 'tutor-13']);
    });

    it('serialises two instances sharing one conversation: every send stored once, in order, chain intact', async () => {
      const second = await start(db);
      try {
        const c = conversation('two-instances');
        const clients = [client, second.client];
        const results = await Promise.all(
          Array.from({ length: 24 }, (_, i) => clients[i % 2].send(c.body(i % 2 ? 'tutor-14' : 'parent-14', i % 2 ? 'tutor' : 'parent', `Message number ${i} about the homework`, { participants: [{ id: 'tutor-14', role: 'tutor' }, { id: 'parent-14', role: 'parent' }] }))),
        );
        assert.deepEqual(results.map((r) => r.status), Array(24).fill(201));
        const rows = await db.exec('SELECT seq FROM messages WHERE conversation_id = $1 ORDER BY seq', [c.id]);
        assert.deepEqual(rows.map((r) => Number(r.seq)), Array.from({ length: 24 }, (_, i) => i + 1));
        const conv = (await db.exec('SELECT message_count FROM conversations WHERE id = $1', [c.id]))[0];
        assert.equal(Number(conv.message_count), 24);
        assert.equal((await client.mod('GET', '/v1/audit/verify')).body.ok, true);
      } finally {
        await second.app.close();
      }
    });

    it('verifies the audit chain, and reports the row that was changed behind the app’s back', async () => {
      const ok = await client.mod('GET', '/v1/audit/verify');
      assert.equal(ok.status, 200);
      assert.equal(ok.body.ok, true);
      assert.ok(ok.body.checked > 10);
      const page = await client.mod('GET', '/v1/audit?limit=5');
      assert.equal(page.body.entries.length, 5);
      assert.equal(page.body.entries[0].prevHash, page.body.entries[1].hash);
      const next = await client.mod('GET', `/v1/audit?limit=5&cursor=${page.body.nextCursor}`);
      assert.equal(next.body.entries[0].seq, page.body.entries[4].seq - 1);

      const target = Math.floor(ok.body.checked / 2);
      // The database refuses on both (migration 0007 added SQLite's triggers); an intruder lifts that.
      await assert.rejects(db.exec('UPDATE audit_log SET actor = $1 WHERE seq = $2', ['intruder', target]), /append-only/);
      await assert.rejects(db.exec('DELETE FROM audit_log WHERE seq = $1', [target]), /append-only/);
      await liftAuditGuards(db);
      await db.exec('UPDATE audit_log SET actor = $1 WHERE seq = $2', ['intruder', target]);
      const broken = await client.mod('GET', '/v1/audit/verify');
      assert.equal(broken.body.ok, false);
      assert.equal(broken.body.firstBroken.seq, target);
      assert.ok(broken.body.firstBroken.reason);
      await restoreAuditGuards(db);
    });

    it('publishes every route of the contract in its OpenAPI document', async () => {
      const doc = await client.request('GET', '/openapi.json', { auth: 'none' });
      assert.equal(doc.status, 200);
      const paths = Object.keys(doc.body.paths);
      for (const p of ['/v1/messages', '/v1/conversations/{id}/messages', '/v1/scan', '/v1/queues', '/v1/queues/{name}', '/v1/reviews/{id}', '/v1/reviews/{id}/decision', '/v1/reviews/{id}/notes', '/v1/messages/{id}/original', '/v1/conversations/{id}', '/v1/users/{id}', '/v1/users/{id}/strikes', '/v1/users/{id}/strikes/{strikeId}', '/v1/audit', '/v1/audit/verify', '/v1/stats/daily', '/v1/auth/login', '/v1/auth/logout', '/v1/auth/me', '/v1/auth/password', '/v1/moderators', '/v1/moderators/{id}', '/v1/policy', '/v1/api-keys', '/v1/api-keys/{id}', '/healthz']) {
        assert.ok(paths.includes(p), `${p} is documented`);
      }
      assert.ok(doc.body.paths['/v1/messages'].post.requestBody, 'request schemas are published');
      assert.equal((await client.request('GET', '/docs', { auth: 'none' })).status, 200);
    });

    it('never writes message text or contact details to the logs', () => {
      // Numbers the logger adds (epoch milliseconds, response times, process id) can hold six digits of
      // a test number by chance ("time":1764453900987): they are dropped before searching.
      const all = logs.lines.map(withoutLoggerNumbers).join('\n');
      assert.ok(logs.lines.length > 20, 'the logs were captured');
      // Short texts ('hi') occur by chance in random request ids; every longer text must be absent.
      for (const text of SENT_TEXTS.filter((t) => t.length >= 12)) assert.ok(!all.includes(text), `a message text reached the logs: ${logs.lines.find((l) => l.includes(text))?.slice(0, 300)}`);
      for (const detail of ['900123', '900456', '900987', 'jane.tutor@gmail.com', 'maths_tutor_99', 'call 0770']) assert.ok(!all.includes(detail), `${detail} reached the logs`);
    });
  });

  describe(`webhooks on ${target.name}`, { skip: target.skip ?? false }, () => {
    let db: TestDb;
    let app: FastifyInstance;
    let client: ServiceClient;
    let server: Server;
    const received: { body: string; signature: string; event: string }[] = [];
    let failuresLeft = 2;
    const secret = 'whsec_test';

    before(async () => {
      db = await target.open();
      server = createServer((req: IncomingMessage, res) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          // The receiver is "down" for its first answers: the outbox must retry.
          if (failuresLeft > 0) {
            failuresLeft -= 1;
            res.writeHead(503).end();
            return;
          }
          received.push({ body, signature: String(req.headers['chaperone-signature']), event: String(req.headers['chaperone-event']) });
          res.writeHead(204).end();
        });
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const port = (server.address() as { port: number }).port;
      // A policy that blocks instead of holding when the stage is 'ended', to exercise both events.
      const real = policyPort();
      const policy: PolicyPort = { ...real, decide: (f, ctx) => { const d = real.decide(f, ctx); return ctx.stage === 'ended' && d.action === 'hold' ? { ...d, action: 'block' } : d; } };
      ({ app, client } = await start(db, { policy, webhook: { url: `http://127.0.0.1:${port}/hook`, secret, baseDelayMs: 20, intervalMs: 25, maxAttempts: 10 } }));
    });
    after(async () => {
      await app?.close();
      await new Promise((r) => server?.close(r));
      await db?.drop();
    });

    it('delivers signed hold and block events from the outbox, retrying while the receiver is down', async () => {
      const held = await client.send(conversation('hook').body('tutor-20', 'tutor', 'text me on 07700 900333', { participants: [{ id: 'student-20', role: 'student' }], studentAge: 'under13' }));
      const blocked = await client.send(conversation('hook').body('tutor-21', 'tutor', 'text me on 07700 900334', { participants: [{ id: 'student-21', role: 'student' }], studentAge: 'under13', stage: 'ended' }));
      assert.equal(held.body.message.status, 'held');
      assert.equal(blocked.body.message.status, 'blocked');
      const deadline = Date.now() + 10_000;
      const messageEvents = () => received.map((r) => JSON.parse(r.body)).filter((e) => e.type.startsWith('message.'));
      while (messageEvents().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      const events = messageEvents();
      assert.deepEqual(events.map((e) => e.type).sort(), ['message.blocked', 'message.held'], 'both events arrived after the receiver came back');
      assert.deepEqual(events.map((e) => e.data.messageId).sort(), [held.body.message.id, blocked.body.message.id].sort());
      // A strike that moves a sender up the escalation ladder is an event too (user.escalated).
      for (const e of received.map((r) => JSON.parse(r.body))) assert.ok(['message.held', 'message.blocked', 'user.escalated'].includes(e.type));
      for (const r of received) {
        assert.match(r.signature, /^t=\d+,v1=[0-9a-f]{64}$/);
        assert.ok(verifyWebhookSignature(secret, r.body, r.signature), 'signature verifies');
        assert.ok(!verifyWebhookSignature('other-secret', r.body, r.signature));
        assert.ok(!r.body.includes('900333') && !r.body.includes('900334'), 'no contact detail in the payload');
      }
      while (Date.now() < deadline && (await db.exec("SELECT id FROM webhook_outbox WHERE status <> 'delivered'")).length) await new Promise((r) => setTimeout(r, 25));
      const rows = await db.exec('SELECT status, attempts FROM webhook_outbox');
      assert.ok(rows.every((r) => r.status === 'delivered'));
      assert.ok(rows.reduce((a, r) => a + Number(r.attempts), 0) >= 4, 'failed attempts were retried');
    });
  });
}
