/**
 * The audit trail cannot be shortened or rewritten quietly (issue 15), on SQLite and PostgreSQL.
 * Each case builds a history through the real service (messages sent, signed checkpoints written to
 * the file outside the database), then tampers with the database as an intruder with full rights
 * would — the append-only triggers lifted first, after showing that they refuse — and checks that
 * verification names the kind of tampering and the first entry affected:
 *
 * delete the last entry · delete the last five · empty the table (TRUNCATE on PostgreSQL) · change an
 * entry and re-hash the chain after it · restore an older backup (and write on after it) · delete
 * entries newer than the latest checkpoint · append a checkpoint signed with another key.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/service/create-app.js';
import { checkAgainstCheckpoints, countMessages, readCheckpoints, signCheckpoint, appendCheckpoint, type AuditCheckReport } from '../src/service/audit-checkpoints.js';
import { exportAuditPublicKey, generateAuditSeed, parseAuditSigningKey } from '../src/service/audit-signing-key.js';
import { GENESIS_HASH, hashAuditEntry, flushAuditQueue } from '../src/store/audit-log.js';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/run-cli.js';
import { ServiceClient } from './helpers/service-client.js';
import { liftAuditGuards, testTargets, type TestDb } from './helpers/service-db.js';

const API_KEY = 'chp_tamper_key_0123456789';
const SEED = generateAuditSeed();

/** Every case tried, with its outcome, for the summary line (RELIABILITY.md quotes it). */
const detected: string[] = [];

interface Harness {
  db: TestDb;
  app: FastifyInstance;
  client: ServiceClient;
  /** Send `n` ordinary messages, writing a checkpoint after each when `checkpointEach`. */
  send(n: number, checkpointEach?: boolean): Promise<void>;
  verify(): Promise<AuditCheckReport>;
  head(): Promise<number>;
  close(): Promise<void>;
}

let sent = 0;
async function harness(open: () => Promise<TestDb>): Promise<Harness> {
  const db = await open();
  // An hour between timed checkpoints: the test writes them when it wants them.
  const app = await createApp({ databaseUrl: db.databaseUrl, dataDir: db.dataDir, apiKey: API_KEY, adminEmail: 'admin@example.org', adminPassword: 'a long admin password', webhook: null, consoleDir: false, logger: false, auditSigningKey: SEED, auditCheckpointSeconds: 3600 });
  const client = new ServiceClient(app, API_KEY);
  const h: Harness = {
    db,
    app,
    client,
    async send(n, checkpointEach = false) {
      for (let i = 0; i < n; i++) {
        const r = await client.send({ conversationId: `c-${sent % 3}`, senderId: 'parent-1', senderRole: 'parent', participants: [{ id: 'tutor-1', role: 'tutor' }], text: `see you on thursday for lesson ${++sent}` });
        assert.equal(r.status, 201, JSON.stringify(r.body));
        if (checkpointEach) await app.chaperone.audit.checkpointer.checkpoint();
      }
    },
    async verify() {
      const messageCount = await countMessages(app.chaperone.store.db);
      await flushAuditQueue(app.chaperone.store);
      return checkAgainstCheckpoints(app.chaperone.store.db, await readCheckpoints(app.chaperone.audit.file), app.chaperone.audit.verifyKey, { messageCount });
    },
    async head() {
      await flushAuditQueue(app.chaperone.store);
      const rows = await db.exec('SELECT max(seq) AS n FROM audit_log');
      return Number(rows[0].n ?? 0);
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
  return h;
}

/** Recompute every hash from `fromSeq` on, as an intruder covering an edit would. */
async function rehashFrom(db: TestDb, fromSeq: number): Promise<void> {
  const rows = await db.exec('SELECT seq, at, actor, action, subject, details, hash FROM audit_log ORDER BY seq');
  let prev = GENESIS_HASH;
  for (const r of rows) {
    const seq = Number(r.seq);
    if (seq >= fromSeq) {
      const hash = hashAuditEntry(prev, { seq, at: String(r.at), actor: String(r.actor), action: String(r.action), subject: String(r.subject), details: JSON.parse(String(r.details)) });
      await db.exec('UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE seq = $3', [prev, hash, seq]);
      prev = hash;
    } else prev = String(r.hash);
  }
}

function expectTamper(report: AuditCheckReport, tamper: AuditCheckReport['tamper'], firstSeq: number, label: string): void {
  assert.equal(report.ok, false, `${label}: verification must fail, got ${JSON.stringify(report)}`);
  assert.equal(report.tamper, tamper, `${label}: ${JSON.stringify(report)}`);
  assert.equal(report.firstBroken?.seq, firstSeq, `${label}: first entry affected; ${report.firstBroken?.reason}`);
  detected.push(label);
}

for (const target of await testTargets()) {
  describe(`audit tampering on ${target.name}`, { skip: target.skip ?? false }, () => {
    let h: Harness | null = null;
    const fresh = async () => {
      await h?.close();
      h = await harness(target.open);
      return h;
    };
    after(async () => {
      await h?.close();
      h = null;
    });

    it('an untouched log verifies against its checkpoints', async () => {
      const t = await fresh();
      await t.send(4, true);
      const r = await t.verify();
      assert.equal(r.ok, true, JSON.stringify(r));
      assert.equal(r.checkpoint?.seq, await t.head());
      assert.ok(r.checkpoints >= 4);
    });

    it('the database refuses DELETE, UPDATE and (PostgreSQL) TRUNCATE, even in replica mode', async () => {
      const t = h!;
      await assert.rejects(t.db.exec('DELETE FROM audit_log WHERE seq = 1'), /append-only/);
      await assert.rejects(t.db.exec("UPDATE audit_log SET actor = 'x' WHERE seq = 1"), /append-only/);
      if (t.db.name === 'postgres') {
        await assert.rejects(t.db.exec('TRUNCATE audit_log'), /append-only/);
        // The probe's bypass: replica mode silences ordinary triggers, not ENABLE ALWAYS ones.
        await assert.rejects(t.db.exec("SET session_replication_role = replica; DELETE FROM audit_log WHERE seq = 1"), /append-only/);
      }
      assert.equal((await t.verify()).ok, true);
    });

    it('detects deleting the last entry', async () => {
      const t = await fresh();
      await t.send(5, true);
      const last = await t.head();
      await liftAuditGuards(t.db);
      await t.db.exec('DELETE FROM audit_log WHERE seq = $1', [last]);
      expectTamper(await t.verify(), 'truncated', last, `${target.name}: delete last`);
    });

    it('detects deleting the last five entries', async () => {
      const t = await fresh();
      await t.send(8, true);
      const last = await t.head();
      await liftAuditGuards(t.db);
      await t.db.exec('DELETE FROM audit_log WHERE seq > $1', [last - 5]);
      expectTamper(await t.verify(), 'truncated', last - 4, `${target.name}: delete last 5`);
    });

    it('detects emptying the table (TRUNCATE on PostgreSQL)', async () => {
      const t = await fresh();
      await t.send(3, true);
      await liftAuditGuards(t.db);
      await t.db.exec(t.db.name === 'postgres' ? 'TRUNCATE audit_log' : 'DELETE FROM audit_log');
      expectTamper(await t.verify(), 'emptied', 1, `${target.name}: truncate`);
      // Even with the checkpoint file gone too, stored messages without entries give it away.
      const r = await checkAgainstCheckpoints(t.app.chaperone.store.db, null, t.app.chaperone.audit.verifyKey, { messageCount: await countMessages(t.app.chaperone.store.db) });
      expectTamper(r, 'emptied', 1, `${target.name}: truncate, checkpoint file removed`);
    });

    it('detects an entry changed and the chain re-hashed after it, naming that entry', async () => {
      const t = await fresh();
      await t.send(6, true);
      const last = await t.head();
      const victim = last - 3;
      await liftAuditGuards(t.db);
      await t.db.exec('UPDATE audit_log SET details = $1 WHERE seq = $2', [JSON.stringify({ rewritten: true }), victim]);
      await rehashFrom(t.db, victim);
      // The chain alone now holds: only the checkpoints see it.
      const r = await t.verify();
      expectTamper(r, 'rewritten', victim, `${target.name}: edit and re-hash`);
    });

    it('detects a restore of an older backup, and writing on after it', async () => {
      const t = await fresh();
      await t.send(3, true);
      const backupHead = await t.head();
      const backupMessages = await countMessages(t.app.chaperone.store.db);
      await t.send(3, true);
      // What restoring the older copy leaves: the rows it did not have are gone (messages included).
      await liftAuditGuards(t.db);
      await t.db.exec('DELETE FROM audit_log WHERE seq > $1', [backupHead]);
      await t.db.exec(`DELETE FROM messages WHERE id NOT IN (SELECT id FROM messages ORDER BY created_at, id LIMIT ${backupMessages})`);
      expectTamper(await t.verify(), 'truncated', backupHead + 1, `${target.name}: restore old backup`);
      // The service writes on from the restored head: same seqs, other hashes.
      await t.send(4);
      expectTamper(await t.verify(), 'rewritten', backupHead + 1, `${target.name}: restore old backup, then new writes`);
    });

    it('detects entries deleted after the latest checkpoint through the stored messages', async () => {
      const t = await fresh();
      await t.send(3, true);
      await t.send(2);
      const last = await t.head();
      await liftAuditGuards(t.db);
      await t.db.exec('DELETE FROM audit_log WHERE seq = $1', [last]);
      const r = await t.verify();
      expectTamper(r, 'messages-unaudited', last, `${target.name}: delete after the last checkpoint`);
    });

    it('refuses a checkpoint not signed by the configured key', async () => {
      const t = await fresh();
      await t.send(2, true);
      const other = parseAuditSigningKey(generateAuditSeed());
      await appendCheckpoint(t.app.chaperone.audit.file, signCheckpoint(other, { seq: 1, hash: 'f'.repeat(64) }, new Date().toISOString()));
      const r = await t.verify();
      assert.equal(r.ok, false);
      assert.equal(r.tamper, 'bad-checkpoint');
      detected.push(`${target.name}: forged checkpoint`);
    });

    it('`chaperone audit verify` reports it with exit status 1 and the first entry affected', async () => {
      const t = await fresh();
      await t.send(4, true);
      const cli = () =>
        spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src', 'cli', 'main.ts'), 'audit', 'verify', ...(t.db.databaseUrl ? ['--database-url', t.db.databaseUrl] : []), '--data-dir', t.db.dataDir], {
          cwd: REPO_ROOT,
          encoding: 'utf8',
          timeout: 120_000,
          // The verifier holds the public key only.
          env: { ...process.env, DATABASE_URL: '', CHAPERONE_AUDIT_SIGNING_KEY: '', CHAPERONE_AUDIT_PUBLIC_KEY: exportAuditPublicKey(parseAuditSigningKey(SEED)) },
        });
      const ok = cli();
      assert.equal(ok.status, 0, ok.stderr);
      const last = await t.head();
      await liftAuditGuards(t.db);
      await t.db.exec('DELETE FROM audit_log WHERE seq > $1', [last - 2]);
      const bad = cli();
      assert.equal(bad.status, 1, bad.stderr);
      const out = JSON.parse(bad.stdout) as AuditCheckReport;
      assert.equal(out.tamper, 'truncated');
      assert.equal(out.firstBroken?.seq, last - 1);
      assert.match(bad.stderr, new RegExp(`truncated at entry ${last - 1}`));
    });
  });
}

after(() => {
  process.stdout.write(`# tamper cases detected: ${detected.length} (${detected.join('; ')})\n`);
});
