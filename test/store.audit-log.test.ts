/**
 * The audit log's chain, directly on the store (SQLite and PostgreSQL): canonical JSON, appends in
 * one transaction, and verification that names the first broken entry for each kind of tampering
 * (changed field, changed link, removed entry).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendAudit, flushAuditQueue, GENESIS_HASH, hashAuditEntry, listAudit, verifyAudit } from '../src/store/audit-log.js';
import { canonicalJson } from '../src/store/canonical-json.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { liftAuditGuards, testTargets, type TestDb } from './helpers/service-db.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and ignores undefined fields', () => {
    assert.equal(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }], u: undefined }), canonicalJson({ a: [2, { c: 4, d: 3 }], b: 1 }));
    assert.equal(canonicalJson({ b: 1, a: 2 }), '{"a":2,"b":1}');
    assert.notEqual(canonicalJson({ a: '1' }), canonicalJson({ a: 1 }));
  });
});

for (const target of await testTargets()) {
  describe(`audit log on ${target.name}`, { skip: target.skip ?? false }, () => {
    let db: TestDb;
    let store: Store;
    before(async () => {
      db = await target.open();
      store = await openStore({ databaseUrl: db.databaseUrl, dataDir: db.dataDir });
      for (let i = 0; i < 6; i++) {
        await store.transaction((tx) => appendAudit(tx, store.dialect, [{ actor: 'test', action: 'thing.done', subject: `s${i}`, details: { i, nested: { b: 1, a: 2 } } }], new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()));
      }
    });
    after(async () => {
      await store?.close();
      await db?.drop();
    });

    it('chains each entry to the one before, from the genesis hash', async () => {
      // PostgreSQL queues entries with their transaction and chains them in batches.
      await flushAuditQueue(store);
      const { entries } = await listAudit(store.db, 100);
      const ordered = [...entries].reverse();
      assert.equal(ordered.length, 6);
      assert.equal(ordered[0].prevHash, GENESIS_HASH);
      ordered.forEach((e, i) => {
        assert.equal(e.seq, i + 1);
        if (i > 0) assert.equal(e.prevHash, ordered[i - 1].hash);
        assert.equal(e.hash, hashAuditEntry(e.prevHash, e));
      });
      assert.deepEqual(await verifyAudit(store.db), { ok: true, checked: 6, firstBroken: null });
    });

    it('rolls back with the transaction: a failed transaction leaves no entry', async () => {
      await assert.rejects(
        store.transaction(async (tx) => {
          await appendAudit(tx, store.dialect, [{ actor: 'test', action: 'never', subject: 'x', details: {} }], new Date().toISOString());
          throw new Error('boom');
        }),
        /boom/,
      );
      await flushAuditQueue(store);
      assert.equal((await verifyAudit(store.db)).checked, 6);
    });

    it('names the first changed entry, a broken link, and a removed entry', async () => {
      await liftAuditGuards(db);
      await db.exec('UPDATE audit_log SET subject = $1 WHERE seq = 4', ['changed']);
      assert.deepEqual((await verifyAudit(store.db)).firstBroken?.seq, 4);
      await db.exec('UPDATE audit_log SET subject = $1 WHERE seq = 4', ['s3']);
      assert.equal((await verifyAudit(store.db)).ok, true, 'restoring the value restores the chain');

      await db.exec('UPDATE audit_log SET prev_hash = $1 WHERE seq = 2', [GENESIS_HASH]);
      const link = await verifyAudit(store.db);
      assert.equal(link.firstBroken?.seq, 2);
      assert.match(link.firstBroken!.reason, /prevHash/);

      await db.exec('DELETE FROM audit_log WHERE seq = 1');
      const removed = await verifyAudit(store.db);
      assert.equal(removed.ok, false);
      assert.equal(removed.firstBroken?.seq, 1);
      assert.match(removed.firstBroken!.reason, /missing/);
    });
  });
}
