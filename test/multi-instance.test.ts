/**
 * Many instances under a fault: three `chaperone consume --port 0` processes (each serving HTTP and
 * reading the stream) on one fresh PostgreSQL database, with their own `nats-server -js` on a temp
 * store and a loopback webhook receiver. A bounded workload goes in over both doors — stream messages
 * (some published twice, some malformed) and HTTP sends spread over the instances, including numbers
 * split over three messages that each land on a different instance — and one instance is SIGKILLed
 * mid-run and restarted. Then the database, the stream and the receiver must agree: one decision per
 * message, split details caught, each webhook event received once, one strike per struck message,
 * bad payloads in chaperone.dead.
 *
 * Skipped with a message when nats-server or PostgreSQL is missing, failed instead when
 * CHAPERONE_REQUIRE_NATS=1 / CHAPERONE_REQUIRE_POSTGRES=1.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { postgresDb, postgresUnavailable, type TestDb } from './helpers/service-db.js';
import { natsUnavailable, startNatsServer, type NatsServer } from './helpers/nats-server.js';
import { http, startServer, type ServerProcess } from './helpers/service-process.js';

const KEY = 'chp_multi_key_abcdef0123456789';
const ADMIN = { email: 'lead@example.org', password: 'multi instance password long' };
const SECRET = 'multi-instance-webhook-secret';
/** Bounded workload. */
const STREAM_MESSAGES = 1200;
const STREAM_DUPLICATES = 100;
const BAD_PAYLOADS = 12;
const HTTP_SENDS = 450;
const SPLITS = 24;

const natsMissing = natsUnavailable();
const pgMissing = await postgresUnavailable();
const skip = (natsMissing && !natsMissing.required ? natsMissing.why : null) ?? (pgMissing && process.env.CHAPERONE_REQUIRE_POSTGRES !== '1' ? pgMissing : null);
if (skip) process.stdout.write(`# SKIP multi-instance: ${skip} (set CHAPERONE_REQUIRE_NATS=1 / CHAPERONE_REQUIRE_POSTGRES=1 to make this a failure)\n`);

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, cond: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await cond()) return;
    await wait(250);
  }
  throw new Error(`timed out waiting for: ${what}`);
}

function streamText(i: number): string {
  if (i % 7 === 0) return `text me on 07700 900${String(i % 1000).padStart(3, '0')} tonight`;
  if (i % 11 === 0) return `add me on whatsapp, it's quicker`;
  return `Lesson ${i}: notes on fractions are ready`;
}

describe('three instances on one PostgreSQL with a NATS JetStream intake, one killed mid-run', { skip: skip ?? false, timeout: 420_000 }, () => {
  let db: TestDb;
  let nats: NatsServer;
  let nc: NatsConnection;
  let receiver: Server;
  const received = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  let killTime = 0;
  const instances: ServerProcess[] = [];
  let env: Record<string, string>;
  const splitResults: { conversationId: string; instances: number[]; lastKinds: string[]; lastStatus: string }[] = [];
  const httpFailuresRetried = { count: 0 };
  let killedAt = 0;
  let stopSeconds: number[] = [];

  before(async () => {
    if (natsMissing) throw new Error(`${natsMissing.why} and CHAPERONE_REQUIRE_NATS=1`);
    if (pgMissing) throw new Error(`${pgMissing} and CHAPERONE_REQUIRE_POSTGRES=1`);
    db = await postgresDb();
    nats = await startNatsServer();
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const id = (JSON.parse(body) as { id: string }).id;
        received.set(id, (received.get(id) ?? 0) + 1);
        if (!firstSeen.has(id)) firstSeen.set(id, Date.now());
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    const port = (receiver.address() as { port: number }).port;
    env = {
      DATABASE_URL: db.databaseUrl!,
      CHAPERONE_DATA_DIR: db.dataDir,
      CHAPERONE_SEAL_KEY: randomBytes(32).toString('base64'),
      CHAPERONE_API_KEY: KEY,
      CHAPERONE_ADMIN_EMAIL: ADMIN.email,
      CHAPERONE_ADMIN_PASSWORD: ADMIN.password,
      CHAPERONE_WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      CHAPERONE_WEBHOOK_SECRET: SECRET,
      NATS_URL: nats.url,
      CHAPERONE_MAX_IN_FLIGHT: '16',
      CHAPERONE_ACK_WAIT_SECONDS: '5',
      LOG_LEVEL: 'error',
    };
    // Three at once: the migrations run under an advisory lock, the stream is created once.
    instances.push(...(await Promise.all([0, 1, 2].map(() => startServer(env, 120_000, 'consume')))));
    nc = await connect({ servers: nats.url });
    const js = jetstream(nc);

    // Stream: every message published once, a hundred twice (same id and body), a dozen malformed.
    const pubs: Promise<unknown>[] = [];
    for (let i = 0; i < STREAM_MESSAGES; i++) {
      const body = JSON.stringify({ id: `sm-${i}`, conversationId: `sc-${i % 150}`, senderId: `tutor-s${i % 40}`, senderRole: 'tutor', participants: [{ id: `parent-s${i % 40}`, role: 'parent' }], text: streamText(i) });
      pubs.push(js.publish('chaperone.messages.in', body));
      if (i < STREAM_DUPLICATES) pubs.push(js.publish('chaperone.messages.in', body));
      if (i % 100 === 0 && i / 100 < BAD_PAYLOADS) {
        const n = i / 100;
        const bad = n % 3 === 0 ? `{not json ${n}` : n % 3 === 1 ? JSON.stringify({ conversationId: `bad-${n}`, senderId: 'x', senderRole: 'tutor', text: 'no id' }) : JSON.stringify({ id: `bad-${n}`, conversationId: `bad-${n}`, senderId: 'x', senderRole: 'dragon', text: 'bad role' });
        pubs.push(js.publish('chaperone.messages.in', bad));
      }
      if (pubs.length >= 200) await Promise.all(pubs.splice(0));
    }
    await Promise.all(pubs);

    // HTTP: sends spread over the instances, retried on the next instance when one is down; splits
    // sent one part per instance. Instance 1 is killed once a third of the stream is decided.
    const api = (inst: number, body: unknown, key: string) => http('POST', instances[inst].url + '/v1/messages', { body, headers: { authorization: `Bearer ${KEY}`, 'idempotency-key': key } });
    async function send(first: number, body: unknown, key: string): Promise<{ inst: number; body: any }> {
      for (let attempt = 0; attempt < 40; attempt++) {
        const inst = (first + attempt) % 3;
        try {
          const r = await api(inst, body, key);
          if (r.status === 200 || r.status === 201) return { inst, body: r.body };
          if (r.status < 500) throw new Error(`HTTP ${r.status}: ${JSON.stringify(r.body)}`);
        } catch (err) {
          if (String(err).includes('HTTP 4')) throw err;
        }
        httpFailuresRetried.count += 1;
        await wait(50);
      }
      throw new Error('no instance answered');
    }
    const httpWork = (async () => {
      const workers = Array.from({ length: 12 }, async (_, w) => {
        for (let i = w; i < HTTP_SENDS; i += 12) {
          await send(i % 3, { conversationId: `hc-${i % 90}`, senderId: `tutor-h${i % 30}`, senderRole: 'tutor', participants: [{ id: `parent-h${i % 30}`, role: 'parent' }], text: i % 5 === 0 ? `email me at tutor${i}@gmail.com` : `Homework ${i} is marked` }, `h-${i}`);
        }
      });
      const splits = Array.from({ length: SPLITS }, async (_, s) => {
        const conversationId = `split-${s}`;
        const parts = ['my number is 07700', '900', String(100 + s)];
        const used: number[] = [];
        let last: any;
        for (let p = 0; p < parts.length; p++) {
          const r = await send((s + p) % 3, { conversationId, senderId: `tutor-x${s}`, senderRole: 'tutor', participants: [{ id: `parent-x${s}`, role: 'parent' }], text: parts[p] }, `split-${s}-${p}`);
          used.push(r.inst);
          last = r.body;
          await wait(20 * s);
        }
        splitResults.push({ conversationId, instances: used, lastKinds: last.decision.kinds, lastStatus: last.message.status });
      });
      await Promise.all([...workers, ...splits]);
    })();

    await until('a third of the stream decided', async () => Number((await db.exec(`SELECT count(*) AS n FROM idempotency_keys WHERE key LIKE 'stream:%'`))[0].n) >= STREAM_MESSAGES / 3, 180_000);
    killedAt = Number((await db.exec(`SELECT count(*) AS n FROM idempotency_keys WHERE key LIKE 'stream:%'`))[0].n);
    killTime = Date.now();
    await instances[1].kill();
    await wait(1000);
    instances[1] = await startServer(env, 120_000, 'consume');
    await httpWork;

    const jsm = await jetstreamManager(nc);
    await until(
      'the stream consumed and acknowledged',
      async () => {
        const info = await jsm.consumers.info('CHAPERONE', 'chaperone');
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      180_000,
    );
    await until('every webhook delivered', async () => Number((await db.exec(`SELECT count(*) AS n FROM webhook_outbox WHERE status <> 'delivered'`))[0].n) === 0, 120_000);
    // Let a late duplicate delivery (if any) arrive before counting.
    await wait(1500);
  });

  after(async () => {
    // SIGTERM must stop an instance even with the NATS server gone; SIGKILL after 20 s so a hang
    // fails the readiness-free check below instead of hanging the suite.
    stopSeconds = await Promise.all(
      instances.map(async (s) => {
        const t0 = Date.now();
        const stopped = await Promise.race([s.stop().then(() => true), wait(20_000).then(() => false)]);
        if (!stopped) await s.kill();
        return stopped ? (Date.now() - t0) / 1000 : Infinity;
      }),
    );
    process.stdout.write(`# instances stopped by SIGTERM in ${stopSeconds.map((x) => x.toFixed(1)).join(', ')} s (NATS down)\n`);
    assert.ok(stopSeconds.every((x) => x < 20), 'every instance stopped on SIGTERM with the NATS server gone');
    await nc?.close().catch(() => undefined);
    await nats?.stop().catch(() => undefined);
    await new Promise((r) => (receiver ? receiver.close(() => r(undefined)) : r(undefined)));
    await db?.drop().catch(() => undefined);
  });

  it('the kill happened mid-run (some of the stream before, some after)', () => {
    process.stdout.write(`# stream: ${STREAM_MESSAGES} messages (+${STREAM_DUPLICATES} duplicates, ${BAD_PAYLOADS} bad), HTTP: ${HTTP_SENDS} sends + ${SPLITS}x3 split parts; instance killed after ${killedAt} stream decisions; ${httpFailuresRetried.count} HTTP retries on another instance\n`);
    assert.ok(killedAt > 0 && killedAt < STREAM_MESSAGES, `killed after ${killedAt} of ${STREAM_MESSAGES} stream messages were decided`);
  });

  it('every acknowledged stream message has exactly one decision, duplicates included', async () => {
    const keys = await db.exec(`SELECT key, message_id FROM idempotency_keys WHERE key LIKE 'stream:sm-%'`);
    assert.equal(keys.length, STREAM_MESSAGES);
    const perMessage = await db.exec(`SELECT count(*) AS n, count(DISTINCT m.id) AS d FROM idempotency_keys k JOIN messages m ON m.id = k.message_id WHERE k.key LIKE 'stream:%'`);
    assert.equal(Number(perMessage[0].n), STREAM_MESSAGES);
    // No message rows beyond those: stream + HTTP sends + split parts, each once.
    const total = Number((await db.exec(`SELECT count(*) AS n FROM messages`))[0].n);
    assert.equal(total, STREAM_MESSAGES + HTTP_SENDS + SPLITS * 3);
    const streamConvMessages = Number((await db.exec(`SELECT count(*) AS n FROM messages WHERE conversation_id LIKE 'sc-%'`))[0].n);
    assert.equal(streamConvMessages, STREAM_MESSAGES);
  });

  it('each decision is published on chaperone.decisions (by id)', async () => {
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info('CHAPERONE', { subjects_filter: 'chaperone.decisions' } as never);
    const n = (info.state as { subjects?: Record<string, number> }).subjects?.['chaperone.decisions'] ?? 0;
    // msgID de-duplication drops re-publications within the window; at least one per message.
    assert.ok(n >= STREAM_MESSAGES, `${n} decisions published for ${STREAM_MESSAGES} messages`);
    const ids = new Set<string>();
    const c = await jetstream(nc).consumers.get('CHAPERONE', { filter_subjects: 'chaperone.decisions' } as never);
    const batch = await c.fetch({ max_messages: n, expires: 5000 });
    for await (const m of batch) ids.add((m.json() as { id: string }).id);
    assert.equal(ids.size, STREAM_MESSAGES);
  });

  it('bad payloads land in chaperone.dead with the error, once each, and are not redelivered', async () => {
    const c = await jetstream(nc).consumers.get('CHAPERONE', { filter_subjects: 'chaperone.dead' } as never);
    const batch = await c.fetch({ max_messages: 100, expires: 3000 });
    const dead: { error: { code: string }; streamSequence: number }[] = [];
    for await (const m of batch) dead.push(m.json());
    assert.equal(new Set(dead.map((d) => d.streamSequence)).size, BAD_PAYLOADS);
    assert.equal(dead.length, BAD_PAYLOADS);
    assert.ok(dead.every((d) => ['malformed-json', 'validation'].includes(d.error.code)));
  });

  it('split details are caught although each part went to a different instance', () => {
    assert.equal(splitResults.length, SPLITS);
    for (const r of splitResults) {
      assert.ok(r.lastKinds.includes('phone'), `${r.conversationId}: ${r.lastKinds}`);
      assert.notEqual(r.lastStatus, 'delivered');
    }
    assert.ok(splitResults.filter((r) => new Set(r.instances).size === 3).length >= SPLITS / 2, 'most splits touched all three instances');
  });

  it('strikes are counted once: one strike per struck message, none doubled', async () => {
    const doubled = await db.exec(`SELECT message_id FROM strikes GROUP BY message_id HAVING count(*) > 1`);
    assert.equal(doubled.length, 0);
    const strikes = Number((await db.exec(`SELECT count(*) AS n FROM strikes WHERE created_by = 'policy'`))[0].n);
    assert.ok(strikes > 0);
    // Every strike points at a stored message, and redelivered or replayed stream messages added none.
    const orphans = await db.exec(`SELECT s.id FROM strikes s LEFT JOIN messages m ON m.id = s.message_id WHERE m.id IS NULL`);
    assert.equal(orphans.length, 0);
    const repeatedSenders = await db.exec(`SELECT user_id, count(*) AS n FROM strikes WHERE user_id LIKE 'tutor-s%' GROUP BY user_id`);
    const expected = new Map<string, number>();
    for (const r of await db.exec(`SELECT m.sender_id, count(*) AS n FROM messages m JOIN strikes s ON s.message_id = m.id WHERE m.sender_id LIKE 'tutor-s%' GROUP BY m.sender_id`)) expected.set(String(r.sender_id), Number(r.n));
    for (const r of repeatedSenders) assert.equal(Number(r.n), expected.get(String(r.user_id)));
    const audited = Number((await db.exec(`SELECT count(*) AS n FROM audit_log WHERE action = 'strike.added'`))[0].n);
    assert.equal(audited, strikes);
  });

  it('each webhook event reaches the receiver once', async () => {
    const outbox = await db.exec(`SELECT id FROM webhook_outbox`);
    assert.ok(outbox.length > 0);
    const missing = outbox.filter((r) => !received.has(String(r.id)));
    assert.deepEqual(missing, []);
    // Delivery is at least once: an instance SIGKILLed after the receiver answered but before it
    // marked the row delivered leaves that one row to be sent again when its lease ends. Dispatchers
    // send one row at a time, so at most the one event in flight at the kill may arrive twice, and
    // only if it first arrived just before the kill. Every other event arrives exactly once.
    const twice = [...received].filter(([, n]) => n > 1);
    assert.ok(twice.length <= 1, `${twice.length} of ${received.size} events received more than once`);
    for (const [id, n] of twice) {
      assert.equal(n, 2);
      assert.ok(Math.abs(firstSeen.get(id)! - killTime) < 2000, `${id} first arrived ${firstSeen.get(id)! - killTime} ms from the kill`);
    }
    process.stdout.write(`# webhook events: ${received.size} distinct, ${twice.length} received twice (in flight at the SIGKILL)\n`);
    assert.equal(received.size, outbox.length);
  });

  it('every instance reports metrics and is ready', async () => {
    for (const s of instances) {
      const ready = await http('GET', s.url + '/health/ready');
      assert.equal(ready.status, 200, JSON.stringify(ready.body));
      const m = await http('GET', s.url + '/metrics');
      assert.match(String(m.body), /chaperone_messages_scanned_total/);
      assert.match(String(m.body), /chaperone_stream_consumer_pending 0/);
    }
  });

  it('with the NATS server gone, /health/ready fails and names the stream', async () => {
    await nats.stop();
    await until('readiness to fail', async () => (await http('GET', instances[0].url + '/health/ready')).status === 503, 15_000);
    const r = await http('GET', instances[0].url + '/health/ready');
    assert.ok(r.body.failing.some((f: { name: string }) => f.name === 'stream'), JSON.stringify(r.body));
    assert.ok(!r.body.failing.some((f: { name: string }) => f.name === 'database'));
  });
});
