/**
 * Issue 19, in-process against SQLite and PostgreSQL: the case history of a review and of a user
 * (every step in order, with who and why; strikes linked to their message with decay and expiry).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/service/create-app.js';
import { ServiceClient, signInTeam } from './helpers/service-client.js';
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
    let offsetMs = 0;
    const people: Record<string, ServiceClient & { email: string; id: string }> = {};

    before(async () => {
      db = await target.open();
      app = await createApp({ databaseUrl: db.databaseUrl, dataDir: db.dataDir, apiKey: API_KEY, adminEmail: ADMIN.email, adminPassword: ADMIN.password, webhook: { url: 'http://127.0.0.1:9/nobody-listens', secret: 'workflow-test-secret' }, consoleDir: false, logger: false, now: () => new Date(Date.now() + offsetMs) });
      admin = new ServiceClient(app, API_KEY);
      assert.equal((await admin.login(ADMIN.email, ADMIN.password)).status, 200);
      Object.assign(people, await signInTeam(app, API_KEY, admin));
    });
    after(async () => {
      await app?.close();
      await db?.drop();
    });

    async function leakageHold(parent = uid('parent'), text = 'Could we pay you cash instead and skip the fees?') {
      const sent = await admin.send({ conversationId: uid('lk'), senderId: parent, senderRole: 'parent', participants: [{ id: uid('tutor'), role: 'tutor' }], text });
      assert.equal(sent.body.message.status, 'held');
      const found = await people.lee.mod('POST', '/v1/search', { userId: parent, limit: 200 });
      const item = found.body.items.find((i: { messageId: string }) => i.messageId === sent.body.message.id);
      assert.ok(item?.review, `${sent.body.message.status} ${JSON.stringify(sent.body.decision.reasons)}`);
      return { reviewId: item.review.id as string, messageId: sent.body.message.id as string, parent };
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

    it('search by a contact detail finds the three messages that carried it, in any spelling, through a keyed hash (no plaintext stored; audited)', async () => {
      const tutor = uid('tutor');
      const carriers: string[] = [];
      for (const [conv, text] of [[uid('c'), 'call me on 07700 900777 tonight'], [uid('c'), 'my mobile is +44 7700 900777'], [uid('c'), 'ring 07700900777 if the link fails']]) {
        const r = await admin.send({ conversationId: conv, senderId: tutor, senderRole: 'tutor', participants: [{ id: uid('parent'), role: 'parent' }], text });
        carriers.push(r.body.message.id);
      }
      await admin.send({ conversationId: uid('c'), senderId: tutor, senderRole: 'tutor', participants: [{ id: uid('parent'), role: 'parent' }], text: 'or my other phone 07700 900888' });
      const found = await people.mo.mod('POST', '/v1/search', { contact: '07700 900 777' });
      assert.equal(found.status, 200, JSON.stringify(found.body));
      assert.deepEqual(found.body.items.map((i: { messageId: string }) => i.messageId).sort(), [...carriers].sort());
      assert.deepEqual(found.body.contactKinds, ['phone']);
      const rows = await db.exec('SELECT hash, kind FROM contact_hashes');
      assert.ok(rows.length >= 4);
      for (const r of rows) assert.match(String(r.hash), /^[0-9a-f]{64}$/);
      assert.ok(!JSON.stringify(rows).includes('900777'));
      assert.equal((await people.mo.mod('POST', '/v1/search', { contact: 'hello there' })).status, 400, 'nothing recognisable');
      const entries = (await people.lee.mod('GET', '/v1/audit?limit=100')).body.entries as { action: string; actorEmail: string; details: unknown }[];
      const searched = entries.find((e) => e.action === 'search.contact' && e.actorEmail === people.mo.email);
      assert.ok(searched && !JSON.stringify(searched.details).includes('900777'), 'audited, without the detail');
      assert.equal((await admin.mod('POST', '/v1/search', { contact: '07700 900777' })).status, 403, 'admins do not search cases');
    });

    it('search filters: user, conversation, kind, rule, action, queue, status and dates combine', async () => {
      const h = await leakageHold();
      const by = (body: Record<string, unknown>) => people.mo.mod('POST', '/v1/search', body).then((r) => r.body.items.map((i: { messageId: string }) => i.messageId) as string[]);
      assert.deepEqual(await by({ userId: h.parent }), [h.messageId]);
      assert.deepEqual(await by({ userId: h.parent, kind: 'payment', rule: 'payment-off-platform', action: 'hold', queue: 'leakage', status: 'open' }), [h.messageId]);
      assert.deepEqual(await by({ userId: h.parent, queue: 'safeguarding' }), []);
      assert.deepEqual(await by({ userId: h.parent, status: 'closed' }), []);
      assert.deepEqual(await by({ userId: h.parent, kind: 'email' }), []);
      assert.deepEqual(await by({ userId: h.parent, to: '2000-01-01T00:00:00Z' }), []);
      const page = await people.mo.mod('POST', '/v1/search', { action: 'hold', limit: 1 });
      assert.equal(page.body.items.length, 1);
      const next = await people.mo.mod('POST', '/v1/search', { action: 'hold', limit: 1, cursor: page.body.nextCursor });
      assert.notEqual(next.body.items[0].messageId, page.body.items[0].messageId);
      assert.equal((await people.mo.mod('POST', '/v1/search', { nonsense: 1 })).status, 400);
    });

    it('a bulk decision on 20 cases: each decided and audited separately; one claimed by someone else is refused on its own', async () => {
      const parent = uid('parent');
      const ids: string[] = [];
      // One parent's twenty holds (the later ones escalate to the safeguarding queue: a lead works them), and one other case Max holds.
      for (let i = 0; i < 20; i++) ids.push((await leakageHold(parent)).reviewId);
      ids.push((await leakageHold()).reviewId);
      const c = await people.max.mod("POST", `/v1/reviews/${ids[20]}/claim`, {});
      assert.equal(c.status, 200, JSON.stringify(c.body));
      const r = await people.lee.mod('POST', '/v1/reviews/bulk-decision', { reviewIds: ids, outcome: 'reject', reason: 'suspended account: payment off the platform' });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.decided, 20);
      assert.equal(r.body.failed, 1);
      const refused = r.body.results.find((x: { reviewId: string }) => x.reviewId === ids[20]);
      assert.equal(refused.status, 409);
      assert.equal(refused.problem.type, 'https://chaperone.dev/problems/claimed');
      const entries = (await people.lee.mod('GET', '/v1/audit?limit=500')).body.entries as { action: string; subject: string; actorEmail: string; details: { reason?: string } }[];
      const decided = entries.filter((e) => e.action === 'review.decided' && ids.includes(e.subject));
      assert.equal(decided.length, 20, 'one audit entry per case');
      assert.ok(decided.every((e) => e.actorEmail === people.lee.email && e.details.reason === 'suspended account: payment off the platform'));
      assert.equal((await admin.mod('POST', '/v1/reviews/bulk-decision', { reviewIds: [ids[20]], outcome: 'reject' })).status, 403);
      // A moderator's bulk decision meets the same rules per case: a safeguarding hold is refused (403) on its own.
      // A template over many cases: each sender written to, each recorded.
      const two = [await leakageHold(), await leakageHold()];
      const messaged = await people.mo.mod('POST', '/v1/reviews/bulk-decision', { reviewIds: two.map((h) => h.reviewId), templateId: 'tpl_contact_request' });
      assert.equal(messaged.body.messaged, 2, JSON.stringify(messaged.body));
      assert.equal((await people.mo.mod('POST', '/v1/reviews/bulk-decision', { reviewIds: [two[0].reviewId] })).status, 400, 'an outcome or a template');
      const more = await leakageHold(parent);
      const queue = (await people.lee.mod('GET', `/v1/reviews/${more.reviewId}`)).body.review.queue;
      const m = await people.mo.mod('POST', '/v1/reviews/bulk-decision', { reviewIds: [more.reviewId], outcome: 'reject' });
      assert.equal(m.body.results[0].status, queue === 'safeguarding' ? 403 : 200);
    });

    it('an appeal: the sender appeals once through the platform; the original decider may not decide it; a second moderator upholds it with a template reply; strikes removed; the reply goes out by webhook', async () => {
      const conv = uid('lk');
      const parent = uid('parent');
      const sent = await admin.send({ conversationId: conv, senderId: parent, senderRole: 'parent', participants: [{ id: uid('tutor'), role: 'tutor' }, { id: parent, role: 'parent', name: 'Pat Parent' }], text: 'Could we pay you cash instead and skip the fees?' });
      const messageId = sent.body.message.id as string;
      const reviewId = (await people.lee.mod('POST', '/v1/search', { userId: parent })).body.items[0].review.id as string;
      assert.equal((await people.mo.mod('POST', `/v1/reviews/${reviewId}/decision`, { outcome: 'reject' })).status, 200);
      assert.equal((await admin.request('POST', `/v1/messages/${messageId}/appeal`, { body: { senderId: 'someone-else', statement: 'not mine' } })).status, 403);
      assert.equal((await people.mo.request('POST', `/v1/messages/${messageId}/appeal`, { body: { senderId: parent, statement: 'let me appeal' }, auth: 'session' })).status, 403, 'the platform appeals, not a moderator');
      const appealed = await admin.request('POST', `/v1/messages/${messageId}/appeal`, { body: { senderId: parent, statement: 'I meant the school trip money, not lessons' } });
      assert.equal(appealed.status, 201, JSON.stringify(appealed.body));
      assert.equal((await admin.request('POST', `/v1/messages/${messageId}/appeal`, { body: { senderId: parent, statement: 'again' } })).status, 409, 'once');
      const fine = await admin.send({ conversationId: uid('c'), senderId: parent, senderRole: 'parent', text: 'See you on Tuesday' });
      assert.equal((await admin.request('POST', `/v1/messages/${fine.body.message.id}/appeal`, { body: { senderId: parent, statement: 'nothing to appeal' } })).status, 409);

      const appealId = appealed.body.appeal.id as string;
      const asMo = (await people.mo.mod('GET', '/v1/appeals')).body.appeals.find((a: { id: string }) => a.id === appealId);
      assert.equal(asMo.mayDecide, false);
      assert.match(asMo.whyNot, /you decided the original/);
      assert.equal(asMo.vars.userName, 'Pat Parent');
      const same = await people.mo.mod('POST', `/v1/appeals/${appealId}/decision`, { outcome: 'upheld', templateId: 'tpl_contact_request' });
      assert.equal(same.status, 409);
      assert.equal(same.body.type, 'https://chaperone.dev/problems/same-moderator');
      assert.equal((await admin.mod('POST', `/v1/appeals/${appealId}/decision`, { outcome: 'upheld', reply: 'ok' })).status, 403);
      const asMax = (await people.max.mod('GET', '/v1/appeals')).body.appeals.find((a: { id: string }) => a.id === appealId);
      assert.equal(asMax.mayDecide, true);

      const strikesBefore = (await people.max.mod('GET', `/v1/users/${parent}`)).body.strikes.filter((s: { messageId: string; removedAt?: string }) => s.messageId === messageId && !s.removedAt);
      assert.ok(strikesBefore.length >= 1, 'the hold brought a strike');
      const decided = await people.max.mod('POST', `/v1/appeals/${appealId}/decision`, { outcome: 'upheld', templateId: 'tpl_contact_request' });
      assert.equal(decided.status, 200, JSON.stringify(decided.body));
      assert.match(decided.body.appeal.reply, /^Hi Pat Parent,/);
      assert.match(decided.body.appeal.reply, /payment-off-platform/);
      assert.doesNotMatch(decided.body.appeal.reply, /\{\w+\}/, 'every variable filled');
      assert.equal(decided.body.strikesRemoved, strikesBefore.length);
      const strikesAfter = (await people.max.mod('GET', `/v1/users/${parent}`)).body.strikes.filter((s: { messageId: string; removedAt?: string }) => s.messageId === messageId && !s.removedAt);
      assert.equal(strikesAfter.length, 0, 'strikes from an upheld appeal are removed');
      assert.equal((await people.lee.mod('POST', `/v1/appeals/${appealId}/decision`, { outcome: 'rejected', reply: 'no' })).status, 409, 'decided once');

      const outbox = await db.exec("SELECT payload FROM webhook_outbox WHERE event = 'appeal.decided'");
      const event = outbox.map((r) => JSON.parse(String(r.payload))).find((p) => JSON.stringify(p).includes(appealId));
      assert.ok(event, 'the decision and reply are queued for the platform');
      assert.match(JSON.stringify(event), /Hi Pat Parent/);
      const types = (await people.mo.mod('GET', `/v1/reviews/${reviewId}/timeline`)).body.events.map((e: { type: string }) => e.type);
      for (const t of ['decided', 'appealed', 'appeal_decided', 'strike_removed']) assert.ok(types.includes(t), `${t} in ${types.join(', ')}`);
    });

    it('templates: the seed’s two replies are defaults; admins add, change and remove; others read only', async () => {
      const list = await people.mo.mod('GET', '/v1/templates');
      const ids = list.body.templates.map((t: { id: string }) => t.id);
      assert.ok(ids.includes('tpl_contact_request') && ids.includes('tpl_tech_support'));
      assert.match(list.body.templates.find((t: { id: string }) => t.id === 'tpl_tech_support').body, /Tech Support/);
      assert.match(list.body.policyLink, /^https:/, "the deployment's policy link, for the console to fill in");
      assert.equal((await people.lee.mod('POST', '/v1/templates', { name: 'x', purpose: 'note', body: 'y' })).status, 403);
      const made = await admin.mod('POST', '/v1/templates', { name: 'Warning', purpose: 'reply', shortcut: '3', body: 'Hi {userName}, please read {policyLink}.' });
      assert.equal(made.status, 201);
      const changed = await admin.mod('PATCH', `/v1/templates/${made.body.template.id}`, { body: 'Hello {userName}.' });
      assert.equal(changed.body.template.body, 'Hello {userName}.');
      assert.equal((await admin.mod('POST', '/v1/templates', { name: 'bad', purpose: 'reply', shortcut: 'x', body: 'y' })).status, 400, 'a shortcut is one digit');
      assert.equal((await admin.mod('DELETE', `/v1/templates/${made.body.template.id}`)).status, 200);
      assert.equal((await admin.mod('DELETE', `/v1/templates/${made.body.template.id}`)).status, 404);
    });

    it('statements of reasons (DSA fields) for each restricting decision, as JSON and CSV with matching rows; weekly figures; SLA overdue', async () => {
      const since = new Date(Date.now() + offsetMs - 1000).toISOString();
      const rejected = await leakageHold();
      const released = await leakageHold();
      assert.equal((await people.mo.mod('POST', `/v1/reviews/${rejected.reviewId}/decision`, { outcome: 'reject', reason: 'cash' })).status, 200);
      assert.equal((await people.mo.mod('POST', `/v1/reviews/${released.reviewId}/decision`, { outcome: 'release', confirm: true })).status, 200);
      const json = await people.lee.mod('GET', `/v1/reports/statements?from=${encodeURIComponent(since)}`);
      assert.equal(json.status, 200, JSON.stringify(json.body));
      const mine = json.body.statements.filter((s: { review_id: string }) => [rejected.reviewId, released.reviewId].includes(s.review_id));
      assert.equal(mine.length, 1, 'a release restricted nothing: no statement');
      const st = mine[0];
      assert.deepEqual(st.decision_visibility, ['DECISION_VISIBILITY_CONTENT_REMOVED']);
      assert.equal(st.decision_ground, 'DECISION_GROUND_INCOMPATIBLE_CONTENT');
      assert.equal(st.automated_detection, 'Yes');
      assert.equal(st.automated_decision, 'AUTOMATED_DECISION_NOT_AUTOMATED');
      assert.deepEqual(st.territorial_scope, ['GB']);
      assert.match(st.decision_facts, /moderator decided "reject" \(cash\)/);
      const csv = await people.lee.request('GET', `/v1/reports/statements?format=csv&from=${encodeURIComponent(since)}`, { auth: 'session' });
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      const lines = String(csv.body).trim().split('\r\n');
      assert.equal(lines[0].split(',')[0], 'uuid');
      assert.equal(lines.length - 1, json.body.statements.length, 'one CSV row per statement');
      assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), json.body.statements.map((s: { uuid: string }) => s.uuid));
      assert.equal((await people.lee.mod('GET', '/v1/reports/statements?format=xml')).status, 400);

      const weekly = await people.mo.mod('GET', '/v1/reports/weekly?weeks=2');
      assert.equal(weekly.body.weeks.length, 2);
      const now = weekly.body.weeks[1];
      assert.ok(now.messages > 0 && now.byAction.hold > 0 && now.byKind.payment > 0);
      assert.ok(now.timeToDecision.leakage.decided >= 2 && now.timeToDecision.leakage.p50Minutes !== null);
      assert.ok(now.appealsDecided >= 1 && now.upheldRate !== null);
      assert.ok(now.repeatOffenders >= 1, 'the parent of twenty holds');
      const wcsv = await people.mo.request('GET', '/v1/reports/weekly?weeks=2&format=csv', { auth: 'session' });
      assert.match(String(wcsv.body).split('\r\n')[0], /^week,messages,.*upheld_rate,repeat_offenders$/);

      const open = await leakageHold();
      const before = (await people.mo.mod('GET', '/v1/reports/sla')).body.queues.find((q: { queue: string }) => q.queue === 'leakage');
      assert.equal(before.targetHours, 24);
      assert.ok(!before.overdueItems.some((i: { reviewId: string }) => i.reviewId === open.reviewId));
      offsetMs += 25 * 3600_000;
      const after = (await people.mo.mod('GET', '/v1/reports/sla')).body.queues.find((q: { queue: string }) => q.queue === 'leakage');
      assert.ok(after.overdueItems.some((i: { reviewId: string }) => i.reviewId === open.reviewId), 'a day and an hour later it is overdue');
      assert.equal((await admin.request('GET', '/v1/reports/sla')).status, 403, 'not the platform');
    });

    it('a message to the user from a template: a note to the user in the case history, delivered by the user.message webhook', async () => {
      const h = await leakageHold();
      const sent = await people.mo.mod('POST', `/v1/reviews/${h.reviewId}/message-to-user`, { templateId: 'tpl_tech_support' });
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      assert.match(sent.body.note.note, /Tech Support/);
      assert.doesNotMatch(sent.body.note.note, /\{\w+\}/);
      assert.equal((await people.mo.mod('POST', `/v1/reviews/${h.reviewId}/message-to-user`, {})).status, 400);
      assert.equal((await admin.mod('POST', `/v1/reviews/${h.reviewId}/message-to-user`, { text: 'hello' })).status, 403);
      const t = await people.mo.mod('GET', `/v1/reviews/${h.reviewId}/timeline`);
      const toUser = t.body.events.find((e: { type: string; details: { visibility?: string } }) => e.type === 'noted' && e.details.visibility === 'user');
      assert.ok(toUser, 'in the case history as written to the user');
      const rows = await db.exec("SELECT payload FROM webhook_outbox WHERE event = 'user.message'");
      assert.ok(rows.some((r) => String(r.payload).includes(h.reviewId) && String(r.payload).includes('Tech Support')));
      assert.equal((await people.mo.mod('GET', '/v1/reports/weekly?foo=1')).status, 400, 'unknown query parameters are refused');
      assert.equal((await people.mo.mod('GET', '/v1/queues/leakage/activity?since=x&q=1')).status, 400);
    });
  });
}
